import { describe, expect, it } from 'vitest';
import { eventTimeParts, formatEventTimes, formatTime, ukWallClock } from '../../src/lib/event-times';
import { ukWallTimeToUtc } from '../../src/lib/uk-time';

/** How an event page words an event stored as UK wall-clock times, going through the real instants as the site does. */
const words = (start: string, end: string) => formatEventTimes(ukWallClock(ukWallTimeToUtc(start)), ukWallClock(ukWallTimeToUtc(end)));

describe('event times in words, the GOV.UK way', () => {
  it('writes the day once when the event starts and ends on it', () => {
    expect(words('2027-02-10T18:00', '2027-02-10T19:30')).toBe('Wednesday 10 February 2027, 6pm to 7:30pm');
  });

  it('shows UK time in British Summer Time, not UTC', () => {
    expect(words('2027-03-28T18:00', '2027-03-28T19:00')).toBe('Sunday 28 March 2027, 6pm to 7pm');
    expect(words('2027-10-31T18:00', '2027-10-31T19:00')).toBe('Sunday 31 October 2027, 6pm to 7pm');
  });

  it('repeats the day when the event ends on another one', () => {
    expect(words('2027-07-10T12:00', '2027-07-11T00:00')).toBe('Saturday 10 July 2027, midday to Sunday 11 July 2027, midnight');
  });

  it('writes minutes only when there are some, with am and pm', () => {
    expect(formatTime(new Date('2027-02-10T09:05:00Z'))).toBe('9:05am');
    expect(formatTime(new Date('2027-02-10T00:30:00Z'))).toBe('12:30am');
    expect(formatTime(new Date('2027-02-10T13:00:00Z'))).toBe('1pm');
  });

  it('leaves the end out while it is not filled in (the CMS preview)', () => {
    expect(eventTimeParts(ukWallClock('2027-02-10T18:00'), undefined)).toEqual(['Wednesday 10 February 2027, 6pm']);
    expect(eventTimeParts(undefined, undefined)).toEqual(['']);
  });
});
