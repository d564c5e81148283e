// why: events are written in UK wall-clock time ("2027-03-28T18:00", as the CMS saves them), but a
// calendar file, a comparison with "now" or a build on a UTC server need the real instant. The UK
// offset (GMT +0, BST +1) is read from the platform's time-zone data through Intl, never from a
// hand-written table of clock changes, so it stays right whatever Parliament decides.

/** A UK wall-clock date and time with no offset: YYYY-MM-DDTHH:mm, optional :ss (fractions ignored), T or a space. */
export const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

const london = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock reading in London at an instant, as numbers. */
export interface UkClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * What a clock in London shows at an instant.
 * @example ukClock(new Date('2027-07-10T17:05:00Z')) // { year: 2027, month: 7, day: 10, hour: 18, minute: 5, second: 0 }
 */
export function ukClock(instant: Date): UkClock {
  const part = Object.fromEntries(london.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return { year: part.year!, month: part.month!, day: part.day!, hour: part.hour!, minute: part.minute!, second: part.second! };
}

/**
 * Minutes the UK is ahead of UTC at an instant: 0 in GMT, 60 in British Summer Time.
 * @example ukOffsetMinutes(new Date('2027-03-28T01:00:00Z')) // 60 (BST has just started)
 */
export function ukOffsetMinutes(instant: Date): number {
  const c = ukClock(instant);
  const asIfUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((asIfUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const HOUR = 3_600_000;

/**
 * The instant a UK wall-clock time names; undefined when the text is not such a time or not a real date.
 * Around the clock changes it behaves like Temporal's "compatible" choice: a time that happens twice
 * (01:30 on the last Sunday of October) is the first one, in BST; a time the clocks skip (01:30 on the
 * last Sunday of March) is read with the offset before the change, so it lands an hour later, at 02:30 BST.
 * @example ukWallTimeToUtc('2027-03-28T18:00')?.toISOString() // '2027-03-28T17:00:00.000Z' (BST)
 * @example ukWallTimeToUtc('2027-03-27T18:00')?.toISOString() // '2027-03-27T18:00:00.000Z' (GMT)
 */
export function ukWallTimeToUtc(wall: string): Date | undefined {
  const match = WALL_TIME.exec(wall.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second = 0] = match.slice(1).map((n) => (n === undefined ? undefined : Number(n))) as number[];
  const asIfUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second);
  const check = new Date(asIfUtc);
  // why: Date.UTC rolls 30 February over into March; a date that does not exist is refused instead.
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day || hour! > 23 || minute! > 59 || second > 59) return undefined;
  // why: the offsets a day either side are the only two that can apply on this day; each candidate
  // is kept only if London really has that offset at the instant it gives.
  const before = ukOffsetMinutes(new Date(asIfUtc - 24 * HOUR));
  const after = ukOffsetMinutes(new Date(asIfUtc + 24 * HOUR));
  const candidates = [...new Set([before, after])]
    .map((offset) => asIfUtc - offset * 60_000)
    .filter((time) => ukOffsetMinutes(new Date(time)) * 60_000 === asIfUtc - time);
  if (candidates.length === 0) return new Date(asIfUtc - before * 60_000);
  return new Date(Math.min(...candidates));
}

/**
 * An instant as a valid HTML date-and-time string in UK time, with its offset, for `<time datetime>`.
 * @example ukDateTimeAttribute(new Date('2027-03-28T17:00:00Z')) // '2027-03-28T18:00+01:00'
 */
export function ukDateTimeAttribute(instant: Date): string {
  const c = ukClock(instant);
  const offset = ukOffsetMinutes(instant);
  const two = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${c.year}-${two(c.month)}-${two(c.day)}T${two(c.hour)}:${two(c.minute)}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
