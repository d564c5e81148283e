import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getPublished } from '../../lib/content';
import { calendarFile } from '../../lib/calendar';
import { calendarEvent, calendarResponse, calendarSite } from '../../lib/events';

// why: "Add to calendar" on each event page: one event as an .ics file, past events included so a
// saved link keeps working.
export const getStaticPaths = (async () =>
  (await getPublished('events')).map((event) => ({ params: { slug: event.id }, props: { event } }))) satisfies GetStaticPaths;

/** /events/<slug>.ics: the one event, in UTC. */
export const GET: APIRoute<{ event: CollectionEntry<'events'> }> = async ({ props, site }) =>
  calendarResponse(calendarFile([calendarEvent(props.event)], await calendarSite(site)));
