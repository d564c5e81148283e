// why: a static site decides "upcoming" or "past" when it is built; the daily rebuild moves events
// that have finished into "Past events". An event is past once its END has passed, so one that is
// under way when the site is built still shows as upcoming (people may still arrive).

/** What the split needs to know about an event: when it starts and ends (real instants). */
export interface Timed {
  data: { start: Date; end: Date };
}

/**
 * True once the event has ended.
 * @example isPast({ data: { start: new Date('2027-02-10T18:00Z'), end: new Date('2027-02-10T19:30Z') } }, new Date('2027-02-10T19:30Z')) // true
 */
export const isPast = (event: Timed, now: Date): boolean => event.data.end.getTime() <= now.getTime();

/**
 * Events not yet over, soonest first, and events that are over, most recent first.
 * Events starting together are ordered by their end, then kept in the order given.
 * @example splitEvents(events, new Date()) // { upcoming: [next, later], past: [lastWeek, lastYear] }
 */
export function splitEvents<T extends Timed>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const soonest = (a: T, b: T) => a.data.start.getTime() - b.data.start.getTime() || a.data.end.getTime() - b.data.end.getTime();
  const upcoming = events.filter((e) => !isPast(e, now)).sort(soonest);
  const past = events.filter((e) => isPast(e, now)).sort((a, b) => soonest(b, a));
  return { upcoming, past };
}

/** How many past events the events page lists before linking to the full list of past events. */
export const RECENT_PAST_EVENTS = 5;

/** Past events per page of /events/past/. */
export const PAST_EVENTS_PAGE_SIZE = 20;
