import type { CollectionEntry } from 'astro:content';
import { getPublished, getSettings } from './content';
import { splitEvents } from './event-list';
import type { CalendarEvent, CalendarSite } from './calendar';
import { absoluteUrl } from './url';

// why: one "now" for the whole build, so an event cannot be upcoming on one page and past on
// another, and every calendar file of a build has the same DTSTAMP; the dev server asks afresh.
const buildTime = new Date();

/** The time "upcoming" and "past" are decided at: the build's start (the dev server: the request). */
export const eventsNow = (): Date => (import.meta.env.DEV ? new Date() : buildTime);

/** Every published event (no drafts), and the same events split into upcoming (soonest first) and past (latest first). */
export async function getEvents() {
  const all = await getPublished('events');
  return { all, ...splitEvents(all, eventsNow()) };
}

/** Area ids to their names, from the site settings. */
export async function getAreaNames(): Promise<Map<string, string>> {
  return new Map((await getSettings()).areas.map((area) => [area.id, area.name]));
}

/** The parts of an event a calendar file needs. */
export const calendarEvent = ({ id, data }: CollectionEntry<'events'>): CalendarEvent => ({
  slug: id,
  title: data.title,
  summary: data.summary,
  start: data.start,
  end: data.end,
  venue: data.venue,
  address: data.address,
  postcode: data.postcode,
});

/** The site's public root (origin and base path), name and build time, for calendar files. */
export async function calendarSite(site: URL | undefined): Promise<CalendarSite> {
  const root = new URL(absoluteUrl('/', site));
  return { root, siteName: (await getSettings()).siteName, now: eventsNow() };
}

/** The answer of a calendar endpoint: the file, served as text/calendar. */
export const calendarResponse = (body: string): Response =>
  new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
