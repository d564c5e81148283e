import { formatDate } from '../../src/lib/dates';

// why: an event's start and end are UK local times. The CMS stores them as written
// (YYYY-MM-DDTHH:mm, no offset); a value with an offset is turned into UK time. Either way the
// wall-clock time is held in a Date's UTC fields, so it prints the same on any computer.
// TODO(events issue): move to src/lib/dates.ts when the event pages need the same words.

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const london = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});

/**
 * The UK wall-clock time of an event field, held in UTC fields; undefined when it is not a date and time yet.
 * @example ukWallClock('2027-02-10T18:00').toISOString() // '2027-02-10T18:00:00.000Z'
 * @example ukWallClock('2027-07-10T17:00:00Z').toISOString() // '2027-07-10T18:00:00.000Z' (British Summer Time)
 */
export function ukWallClock(value: unknown): Date | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  const local = WALL_CLOCK.exec(text);
  if (local) {
    const [, y, mo, d, hh, mm] = local.map(Number) as [number, number, number, number, number, number];
    return new Date(Date.UTC(y, mo - 1, d, hh, mm));
  }
  const instant = value instanceof Date ? value : text ? new Date(text) : undefined;
  if (!instant || Number.isNaN(instant.getTime())) return undefined;
  const p = Object.fromEntries(london.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return new Date(Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!));
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
 * The machine-readable form for <time datetime>: the local date and time, no offset.
 * @example wallClockAttribute(ukWallClock('2027-02-10T18:00')) // '2027-02-10T18:00'
 */
export const wallClockAttribute = (time: Date): string => time.toISOString().slice(0, 16);
