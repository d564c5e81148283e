import { afterEach, describe, expect, it } from 'vitest';
import { ukClock, ukDateTimeAttribute, ukOffsetMinutes, ukWallTimeToUtc } from '../../src/lib/uk-time';

// Clock changes used below (GOV.UK "When do the clocks change?"):
//   BST starts 28 March 2027 at 01:00 UTC (01:00 GMT -> 02:00 BST);
//   BST ends 31 October 2027 at 01:00 UTC (02:00 BST -> 01:00 GMT).
const utc = (wall: string) => ukWallTimeToUtc(wall)?.toISOString();

describe('ukWallTimeToUtc: UK wall-clock time to the real instant', () => {
  it('is GMT (UTC+0) the day before British Summer Time starts, and BST (UTC+1) on the day', () => {
    expect(utc('2027-03-27T18:00')).toBe('2027-03-27T18:00:00.000Z');
    expect(utc('2027-03-28T18:00')).toBe('2027-03-28T17:00:00.000Z');
  });

  it('changes exactly at 01:00 GMT on 28 March 2027', () => {
    expect(utc('2027-03-28T00:59')).toBe('2027-03-28T00:59:00.000Z');
    expect(utc('2027-03-28T02:00')).toBe('2027-03-28T01:00:00.000Z');
  });

  it('is BST the day British Summer Time ends until 02:00 BST, then GMT', () => {
    expect(utc('2027-10-30T18:00')).toBe('2027-10-30T17:00:00.000Z');
    expect(utc('2027-10-31T00:30')).toBe('2027-10-30T23:30:00.000Z');
    expect(utc('2027-10-31T18:00')).toBe('2027-10-31T18:00:00.000Z');
    expect(utc('2027-11-01T09:00')).toBe('2027-11-01T09:00:00.000Z');
  });

  it('reads a time that happens twice (01:30 on 31 October 2027) as the first one, in BST', () => {
    expect(utc('2027-10-31T01:30')).toBe('2027-10-31T00:30:00.000Z');
  });

  it('moves a time the clocks skip (01:30 on 28 March 2027) an hour on, to 02:30 BST', () => {
    expect(utc('2027-03-28T01:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(ukClock(ukWallTimeToUtc('2027-03-28T01:30')!)).toMatchObject({ hour: 2, minute: 30 });
  });

  it('accepts seconds and a space instead of T, as people type them', () => {
    expect(utc('2027-07-10 09:15:30')).toBe('2027-07-10T08:15:30.000Z');
    expect(utc(' 2027-01-05T09:00 ')).toBe('2027-01-05T09:00:00.000Z');
  });

  it('refuses what is not a real UK wall-clock time', () => {
    for (const bad of ['2027-02-30T18:00', '2027-13-01T18:00', '2027-02-10T24:00', '2027-02-10T18:60', '2027-02-10', '10/02/2027 18:00', '2027-02-10T18:00Z', 'next Tuesday', '']) {
      expect(ukWallTimeToUtc(bad), bad).toBeUndefined();
    }
  });

  describe('does not depend on the time zone of the computer that builds the site', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it.each(['UTC', 'America/New_York', 'Pacific/Auckland'])('in %s', (zone) => {
      process.env.TZ = zone;
      expect(utc('2027-03-28T18:00')).toBe('2027-03-28T17:00:00.000Z');
      expect(utc('2027-03-27T18:00')).toBe('2027-03-27T18:00:00.000Z');
      expect(utc('2027-10-30T18:00')).toBe('2027-10-30T17:00:00.000Z');
      expect(utc('2027-10-31T18:00')).toBe('2027-10-31T18:00:00.000Z');
    });
  });
});

describe('the UK offset and clock at an instant', () => {
  it('is 0 minutes in GMT and 60 in BST, changing at 01:00 UTC', () => {
    expect(ukOffsetMinutes(new Date('2027-03-28T00:59:59Z'))).toBe(0);
    expect(ukOffsetMinutes(new Date('2027-03-28T01:00:00Z'))).toBe(60);
    expect(ukOffsetMinutes(new Date('2027-10-31T00:59:59Z'))).toBe(60);
    expect(ukOffsetMinutes(new Date('2027-10-31T01:00:00Z'))).toBe(0);
  });

  it('gives the wall-clock reading in London', () => {
    expect(ukClock(new Date('2027-07-10T23:30:00Z'))).toEqual({ year: 2027, month: 7, day: 11, hour: 0, minute: 30, second: 0 });
  });

  it('writes a <time datetime> value with the UK offset', () => {
    expect(ukDateTimeAttribute(new Date('2027-03-28T17:00:00Z'))).toBe('2027-03-28T18:00+01:00');
    expect(ukDateTimeAttribute(new Date('2027-03-27T18:00:00Z'))).toBe('2027-03-27T18:00+00:00');
  });
});
