import { createElement as h, type ReactElement } from 'react';
import { formatDate } from '../../src/lib/dates';
import { dateOf, type EntryData } from './entry-data';

// why: a comms officer must see at a glance that what they preview is not (yet) what the public
// sees: drafts are never built, and an article dated in the future waits for that day's rebuild.

/** The day it is now in the UK, as YYYY-MM-DD (a publication date is a UK calendar day). */
const ukToday = (now: Date): string => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
};

/**
 * The notices shown above a preview: draft, scheduled (published date after today), example only.
 * @example publicationNotices({ draft: true, published: '2999-01-01' }) // ['Draft — not on the public site', 'Scheduled: appears on 1 January 2999']
 */
export function publicationNotices(data: EntryData, now: Date = new Date()): string[] {
  const notices: string[] = [];
  if (data.draft === true) notices.push('Draft — not on the public site');
  const published = dateOf(data, 'published');
  if (published && published.toISOString().slice(0, 10) > ukToday(now)) notices.push(`Scheduled: appears on ${formatDate(published)}`);
  if (data.example === true) notices.push('Example only — marked as starter content, not a real event');
  return notices;
}

/** The notices as boxes at the top of the preview; nothing when there are none. */
export function noticeList(notices: readonly string[]): ReactElement | null {
  if (notices.length === 0) return null;
  return h('div', { className: 'app-preview-notices' }, ...notices.map((text) => h('p', { key: text, className: 'app-preview-notice' }, text)));
}

/** A warning shown in the preview only, under the thing it is about (e.g. missing alt text). */
export const previewWarning = (message: string): ReactElement =>
  h('p', { className: 'app-preview-warning' }, h('strong', null, 'Check before publishing: '), message);
