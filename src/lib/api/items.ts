// Pure builders: content entries (as the collections give them) to the API's item shapes.
import { isoDate } from '../dates';
import { markdownText } from '../plain-text';
import { ukClock, ukDateTimeAttribute } from '../uk-time';
import { absoluteUrl } from '../url';
import type { DocumentData } from '../../schema/document';
import type { EventData } from '../../schema/event';
import type { EvidenceData } from '../../schema/evidence';
import type { FaqData } from '../../schema/faq';
import type { DocumentItem, EventItem, EvidenceItem, FaqItem, NewsItem } from './schemas';

/** An entry as a collection gives it: its id (the file name) and its data. */
interface Entry<D> {
  id: string;
  data: D;
  body?: string;
}

/**
 * An instant in UK time with its offset and seconds (RFC 3339).
 * @example ukInstant(new Date('2027-03-28T17:00:00Z')) // "2027-03-28T18:00:00+01:00"
 */
export function ukInstant(instant: Date): string {
  const seconds = String(ukClock(instant).second).padStart(2, '0');
  return ukDateTimeAttribute(instant).replace(/(T\d{2}:\d{2})/, `$1:${seconds}`);
}

/** The news fields the API shows (a hero image URL is worked out by the caller, which has Astro's image service). */
interface NewsFields {
  title: string;
  summary: string;
  published: Date;
  updated?: Date | undefined;
  area?: string | undefined;
}

/**
 * A news article for /api/news.json.
 * @example newsApiItem({ id: 'a', data }, areaNames, { url, alt }).published // "2022-12-06"
 */
export function newsApiItem(entry: Entry<NewsFields>, areaNames: Map<string, string>, image: NewsItem['image']): NewsItem {
  const { title, summary, published, updated, area } = entry.data;
  return {
    id: entry.id,
    url: absoluteUrl(`/news/${entry.id}/`),
    title,
    summary,
    published: isoDate(published),
    updated: updated ? isoDate(updated) : null,
    area: area ? { id: area, name: areaNames.get(area) ?? area } : null,
    image,
  };
}

/**
 * A question for /api/faqs.json, its answer as plain text.
 * @example faqApiItem({ id: 'is-it-legal', data, body: 'Yes.' }, groupTitles).answer // "Yes."
 */
export function faqApiItem(entry: Entry<FaqData>, groupTitles: Map<string, string>): FaqItem {
  return {
    id: entry.id,
    url: absoluteUrl(`/faqs/#${entry.id}`),
    question: entry.data.question,
    answer: markdownText(entry.body ?? '', 'md'),
    group: { id: entry.data.group, title: groupTitles.get(entry.data.group) ?? entry.data.group },
    order: entry.data.order,
  };
}

/**
 * An event for /api/events.json: times in UK time with their offset.
 * @example eventApiItem({ id: 'talk', data }, areaNames, 'upcoming').start // "2027-03-28T18:00:00+01:00"
 */
export function eventApiItem(entry: Entry<EventData>, areaNames: Map<string, string>, status: EventItem['status']): EventItem {
  const d = entry.data;
  return {
    id: entry.id,
    url: absoluteUrl(`/events/${entry.id}/`),
    title: d.title,
    summary: d.summary,
    start: ukInstant(d.start),
    end: ukInstant(d.end),
    status,
    venue: d.venue,
    address: d.address,
    postcode: d.postcode,
    area: { id: d.area, name: areaNames.get(d.area) ?? d.area },
    bookingUrl: d.bookingUrl ?? null,
    accessibility: d.accessibility,
    example: d.example,
    calendarUrl: absoluteUrl(`/events/${entry.id}.ics`),
  };
}

/**
 * A document for /api/documents.json, with the facts about its file.
 * @example documentApiItem({ id: 'leaflet', data }, { href, name, mime, bytes, label }).file.bytes // 34120
 */
export function documentApiItem(entry: Entry<DocumentData>, file: { href: string; name: string; mime: string; bytes: number; label: string }): DocumentItem {
  return {
    id: entry.id,
    url: absoluteUrl(`/documents/${entry.id}/`),
    title: entry.data.title,
    description: entry.data.description,
    published: isoDate(entry.data.published),
    file: { url: absoluteUrl(file.href), name: file.name, mediaType: file.mime, bytes: file.bytes, label: file.label },
  };
}

/**
 * A set of evidence figures for /api/evidence.json.
 * @example evidenceApiItem({ id: 'middlesbrough-2022-12-closure', data }).url // ".../evidence/#middlesbrough-2022-12-closure"
 */
export function evidenceApiItem(entry: Entry<EvidenceData>): EvidenceItem {
  const d = entry.data;
  return {
    id: entry.id,
    url: absoluteUrl(`/evidence/#${entry.id}`),
    title: d.title,
    kind: d.kind,
    date: isoDate(d.date),
    dateLabel: d.dateLabel ?? null,
    cohort: d.cohort,
    caveat: d.caveat ?? null,
    source: { name: d.source.name, date: isoDate(d.source.date), datePrecision: d.source.datePrecision, url: d.source.url ?? null },
    figures: d.figures.map(({ value, label, key }) => ({ value, label, key })),
  };
}
