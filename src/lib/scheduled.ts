import { isoDate } from './dates';

// why: "today" is the day in the UK, where the editors are: between midnight and 1am in British
// Summer Time the UTC date is still yesterday, and an entry dated today must go out today.
const ukDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in the UK, as YYYY-MM-DD.
 * @example ukToday(new Date('2026-06-30T23:30:00Z')) // "2026-07-01" (already 00:30 in London)
 */
export function ukToday(now: Date = new Date()): string {
  const part = (type: string) => ukDay.formatToParts(now).find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * True when an entry's published date has come: it is today (UK) or earlier.
 * @example isDue(new Date('2099-01-01'), '2026-11-23') // false: scheduled, not on the site yet
 * @example isDue(new Date('2026-11-23'), '2026-11-23') // true: dated today, published today
 */
export const isDue = (published: Date, today: string): boolean => isoDate(published) <= today;
