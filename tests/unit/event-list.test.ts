import { describe, expect, it } from 'vitest';
import { isPast, splitEvents } from '../../src/lib/event-list';

/** A stand-in event: its name, and start and end as instants. */
const at = (id: string, start: string, end: string) => ({ id, data: { start: new Date(start), end: new Date(end) } });
const ids = (events: { id: string }[]) => events.map((e) => e.id);

const now = new Date('2027-02-10T19:00:00Z');
const events = [
  at('next-year', '2028-01-05T10:00Z', '2028-01-05T12:00Z'),
  at('last-year', '2026-01-05T10:00Z', '2026-01-05T12:00Z'),
  at('under-way', '2027-02-10T18:00Z', '2027-02-10T19:30Z'),
  at('ended-an-hour-ago', '2027-02-10T16:00Z', '2027-02-10T18:00Z'),
  at('next-week', '2027-02-17T10:00Z', '2027-02-17T11:00Z'),
  at('next-week-longer', '2027-02-17T10:00Z', '2027-02-17T16:00Z'),
  at('last-month', '2027-01-10T10:00Z', '2027-01-10T12:00Z'),
];

describe('splitting events into upcoming and past at a given time', () => {
  it('lists upcoming events soonest first; at the same start, the shorter first', () => {
    expect(ids(splitEvents(events, now).upcoming)).toEqual(['under-way', 'next-week', 'next-week-longer', 'next-year']);
  });

  it('lists past events most recent first', () => {
    expect(ids(splitEvents(events, now).past)).toEqual(['ended-an-hour-ago', 'last-month', 'last-year']);
  });

  it('keeps an event that has started but not ended in upcoming, and moves it at its end', () => {
    const underWay = events.find((e) => e.id === 'under-way')!;
    expect(isPast(underWay, now)).toBe(false);
    expect(isPast(underWay, new Date('2027-02-10T19:29:59Z'))).toBe(false);
    expect(isPast(underWay, new Date('2027-02-10T19:30:00Z'))).toBe(true);
  });

  it('puts every event in exactly one list and leaves the input alone', () => {
    const before = ids(events);
    const { upcoming, past } = splitEvents(events, now);
    expect([...ids(upcoming), ...ids(past)].sort()).toEqual([...before].sort());
    expect(ids(events)).toEqual(before);
  });

  it('gives two empty lists for no events', () => {
    expect(splitEvents([], now)).toEqual({ upcoming: [], past: [] });
  });
});
