import { formatDate } from './dates';
import { ukClock, WALL_TIME } from './uk-time';

// why: an event's times are shown as a UK reader reads them, whatever computer builds or previews
// the page. The wall-clock time is held in a Date's UTC fields ("wall clock"), so formatting in UTC
// prints it unchanged. The site passes real instants (the schema has already read them as UK time);
// the CMS preview passes the text being typed. Used by src/pages/events/ and admin/previews/event.ts.

const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

/**
 * The UK wall-clock time of an event's start or end, held in UTC fields; undefined when it is not a date and time yet.
 * A text without an offset is already UK time; an instant (a Date, or text with an offset) is turned into UK time.
 * @example ukWallClock('2027-02-10T18:00')?.toISOString() // '2027-02-10T18:00:00.000Z'
 * @example ukWallClock(new Date('2027-07-10T17:00:00Z'))?.toISOString() // '2027-07-10T18:00:00.000Z' (British Summer Time)
 */
export function ukWallClock(value: unknown): Date | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  const local = WALL_TIME.exec(text);
  if (local) {
    const [y, mo, d, hh, mm] = local.slice(1, 6).map(Number) as [number, number, number, number, number];
    return new Date(Date.UTC(y, mo - 1, d, hh, mm));
  }
  const instant = value instanceof Date ? value : text ? new Date(text) : undefined;
  if (!instant || Number.isNaN(instant.getTime())) return undefined;
  const c = ukClock(instant);
  return new Date(Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute));
}

/**
 * A time as GOV.UK writes it.
 * @example formatTime(new Date('2027-02-10T18:30:00Z')) // '6:30pm'
 * @example formatTime(new Date('2027-02-10T12:00:00Z')) // 'midday'
 */
export function formatTime(time: Date): string {
  const hours = time.getUTCHours();
  const minutes = time.getUTCMinutes();
  if (minutes === 0 && hours === 12) return 'midday';
  if (minutes === 0 && hours === 0) return 'midnight';
  const clock = `${hours % 12 || 12}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
  return `${clock}${hours < 12 ? 'am' : 'pm'}`;
}

/**
 * A day as GOV.UK writes it, with the weekday.
 * @example formatDay(new Date('2027-02-10T18:00:00Z')) // 'Wednesday 10 February 2027'
 */
export const formatDay = (day: Date): string => `${weekday.format(day)} ${formatDate(day)}`;

/**
 * When an event starts and ends, in words: the end's day is repeated only when it differs.
 * @example eventTimeParts(ukWallClock('2027-02-10T18:00'), ukWallClock('2027-02-10T19:30')) // ['Wednesday 10 February 2027, 6pm', '7:30pm']
 */
export function eventTimeParts(start: Date | undefined, end: Date | undefined): [string, string?] {
  if (!start) return [''];
  const from = `${formatDay(start)}, ${formatTime(start)}`;
  if (!end) return [from];
  const sameDay = start.toISOString().slice(0, 10) === end.toISOString().slice(0, 10);
  return [from, `${sameDay ? '' : `${formatDay(end)}, `}${formatTime(end)}`];
}

/**
 * When an event happens, as one phrase.
 * @example formatEventTimes(ukWallClock('2027-02-10T18:00'), ukWallClock('2027-02-11T09:00')) // 'Wednesday 10 February 2027, 6pm to Thursday 11 February 2027, 9am'
 */
export const formatEventTimes = (start: Date | undefined, end: Date | undefined): string => eventTimeParts(start, end).join(' to ');

/**
 * The machine-readable form for <time datetime> in the CMS preview: the local date and time, no offset.
 * @example wallClockAttribute(ukWallClock('2027-02-10T18:00')!) // '2027-02-10T18:00'
 */
export const wallClockAttribute = (time: Date): string => time.toISOString().slice(0, 16);
