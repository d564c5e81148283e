// why: every date is formatted in UTC so a build on a machine in another timezone shows the same day.
const ukDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const ukMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A date as GOV.UK writes it.
 * @example formatDate(new Date('2020-02-24')) // "24 February 2020"
 */
export const formatDate = (date: Date): string => ukDate.format(date);

/**
 * The machine-readable YYYY-MM-DD form for `<time datetime>`.
 * @example isoDate(new Date('2020-02-24T00:00:00Z')) // "2020-02-24"
 */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

const SEASONS = ['Winter', 'Winter', 'Spring', 'Spring', 'Spring', 'Summer', 'Summer', 'Summer', 'Autumn', 'Autumn', 'Autumn', 'Winter'];

/**
 * A date shown only as precisely as it is known.
 * @example formatApproxDate(new Date('2020-10-01'), 'season') // "Autumn 2020"
 */
export function formatApproxDate(date: Date, precision: 'day' | 'month' | 'year' | 'season'): string {
  if (precision === 'year') return String(date.getUTCFullYear());
  if (precision === 'month') return ukMonth.format(date);
  if (precision === 'season') return `${SEASONS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return formatDate(date);
}

/**
 * Newest first, for sorting lists by a date field.
 * @example items.sort(newestFirst((item) => item.published))
 */
export const newestFirst =
  <T>(dateOf: (item: T) => Date) =>
  (a: T, b: T): number =>
    dateOf(b).getTime() - dateOf(a).getTime();
