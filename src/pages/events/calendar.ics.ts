import type { APIRoute } from 'astro';
import { calendarFile } from '../../lib/calendar';
import { calendarEvent, calendarResponse, calendarSite, getEvents } from '../../lib/events';

/** /events/calendar.ics: every upcoming event, a calendar people can subscribe to (the daily rebuild keeps it current). */
export const GET: APIRoute = async ({ site }) => {
  const { upcoming } = await getEvents();
  const where = await calendarSite(site);
  return calendarResponse(calendarFile(upcoming.map(calendarEvent), where, `${where.siteName}: events`));
};
