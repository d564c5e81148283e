// why: JavaScript and YAML read 2020-02-30 as 1 March without a word, so a typing slip would
// publish the wrong date. These helpers tell a real calendar date from an impossible one, for the
// schema (dates written as text, as the CMS writes them) and for the build's check of the files
// as written (YAML has already turned an unquoted date into a Date before the schema sees it).

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** Days in a month of a year (month 1 to 12), leap years included. */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Why a date (YYYY-MM-DD, optionally with a time) is not on the calendar or the clock; undefined
 * when it is a real one, or not written in that form at all (the format is checked elsewhere).
 * @example impossibleDateReason('2020-02-30') // 'February 2020 has 29 days'
 * @example impossibleDateReason('2027-03-28T18:30') // undefined
 */
export function impossibleDateReason(text: string): string | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (month! < 1 || month! > 12) return `there is no month ${match[2]} (months run from 01 to 12)`;
  const days = daysIn(year!, month!);
  if (day! < 1 || day! > days) return `${monthName.format(new Date(Date.UTC(year!, month! - 1, 1)))} ${year} has ${days} days`;
  if (hour > 23 || minute > 59 || second > 59) return `${match[4]}:${match[5]} is not a time of day (the clock runs from 00:00 to 23:59)`;
  return undefined;
}

/**
 * The message for an impossible date in a field, naming the field and the date as written.
 * @example impossibleDateMessage('published', '2020-02-30', 'February 2020 has 29 days')
 * // 'published is 2020-02-30, which is not a real date: February 2020 has 29 days. Correct the date.'
 */
export const impossibleDateMessage = (field: string, text: string, reason: string): string =>
  `${field} is ${text.trim()}, which is not a real date: ${reason}. Correct the date.`;
