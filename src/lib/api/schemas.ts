import { z } from 'astro/zod';

// why: the open-data API's shapes are declared once, here. The endpoints check what they write
// against them (a build that would publish a different shape fails), tests/site/api.test.ts checks
// the built files, and the README's field table describes them. Fields are never removed or
// renamed within a version; new optional fields may be added (README, "Stability").

/** The API's major version: it changes only when a field is removed, renamed or changes meaning. */
export const API_VERSION = 1;

/** A calendar date, YYYY-MM-DD. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A date and time with its offset (RFC 3339), e.g. 2027-03-28T18:00:00+01:00 or 2026-11-23T15:04:05.000Z. */
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
/** A full http(s) address. */
const link = z.url({ protocol: /^https?$/ });
/** An area from the site settings. */
const area = z.object({ id: z.string(), name: z.string() });

/** One news article. */
export const newsItem = z.object({
  id: z.string(),
  url: link,
  title: z.string(),
  summary: z.string(),
  published: day,
  updated: day.nullable(),
  area: area.nullable(),
  image: z.object({ url: link, alt: z.string() }).nullable(),
});

/** One question and its answer (plain text). */
export const faqItem = z.object({
  id: z.string(),
  url: link,
  question: z.string(),
  answer: z.string(),
  group: z.object({ id: z.string(), title: z.string() }),
  order: z.number().int(),
});

/** One event; `status` was decided when the site was built. */
export const eventItem = z.object({
  id: z.string(),
  url: link,
  title: z.string(),
  summary: z.string(),
  start: instant,
  end: instant,
  status: z.enum(['upcoming', 'past']),
  venue: z.string(),
  address: z.string(),
  postcode: z.string(),
  area,
  bookingUrl: link.nullable(),
  accessibility: z.string(),
  example: z.boolean(),
  calendarUrl: link,
});

/** One document and its file. */
export const documentItem = z.object({
  id: z.string(),
  url: link,
  title: z.string(),
  description: z.string(),
  published: day,
  file: z.object({ url: link, name: z.string(), mediaType: z.string(), bytes: z.number().int().nonnegative(), label: z.string() }),
});

/** One set of evidence figures with its source. */
export const evidenceItem = z.object({
  id: z.string(),
  url: link,
  title: z.string(),
  kind: z.enum(['middlesbrough', 'international']),
  date: day,
  dateLabel: z.string().nullable(),
  cohort: z.string(),
  caveat: z.string().nullable(),
  source: z.object({ name: z.string(), date: day, datePrecision: z.enum(['day', 'month', 'year']), url: link.nullable() }),
  figures: z.array(z.object({ value: z.string(), label: z.string(), key: z.boolean() })).min(1),
});

/** One entry of /api/index.json: a file of the API or a feed. */
export const indexItem = z.object({
  id: z.string(),
  url: link,
  mediaType: z.string(),
  description: z.string(),
});

/** The envelope every API file has: version, when it was built, its own address, and the items. */
export const envelope = <T extends z.ZodType>(item: T) =>
  z.object({ version: z.literal(API_VERSION), generated: instant, self: link, count: z.number().int().nonnegative(), items: z.array(item) });

/** The types the schemas describe. */
export type NewsItem = z.infer<typeof newsItem>;
export type FaqItem = z.infer<typeof faqItem>;
export type EventItem = z.infer<typeof eventItem>;
export type DocumentItem = z.infer<typeof documentItem>;
export type EvidenceItem = z.infer<typeof evidenceItem>;
export type IndexItem = z.infer<typeof indexItem>;
