import { describe, expect, it } from 'vitest';
import { formatApproxDate, formatDate, isoDate, newestFirst } from '../../src/lib/dates';

describe('dates', () => {
  it('formats as GOV.UK does, the same day in any timezone', () => {
    expect(formatDate(new Date('2020-02-24T00:00:00Z'))).toBe('24 February 2020');
    expect(formatDate(new Date('2022-12-06T23:30:00Z'))).toBe('6 December 2022');
    expect(isoDate(new Date('2020-02-24T00:00:00Z'))).toBe('2020-02-24');
  });

  it('shows a date only as precisely as it is known', () => {
    const date = new Date('2020-10-01T00:00:00Z');
    expect(formatApproxDate(date, 'day')).toBe('1 October 2020');
    expect(formatApproxDate(date, 'month')).toBe('October 2020');
    expect(formatApproxDate(date, 'year')).toBe('2020');
    expect(formatApproxDate(date, 'season')).toBe('Autumn 2020');
    expect(formatApproxDate(new Date('2021-01-15T00:00:00Z'), 'season')).toBe('Winter 2021');
  });

  it('sorts newest first', () => {
    const items = [{ d: new Date('2019-10-01') }, { d: new Date('2022-12-06') }, { d: new Date('2020-02-24') }];
    expect(items.sort(newestFirst((i) => i.d)).map((i) => isoDate(i.d))).toEqual(['2022-12-06', '2020-02-24', '2019-10-01']);
  });
});
