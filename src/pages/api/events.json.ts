import type { APIRoute } from 'astro';
import { getAreaNames, getEvents } from '../../lib/events';
import { eventApiItem } from '../../lib/api/items';
import { apiResponse } from '../../lib/api/response';
import { eventItem } from '../../lib/api/schemas';

/** /api/events.json: upcoming events soonest first, then past events most recent first. */
export const GET: APIRoute = async () => {
  const { upcoming, past } = await getEvents();
  const areaNames = await getAreaNames();
  const items = [...upcoming.map((e) => eventApiItem(e, areaNames, 'upcoming')), ...past.map((e) => eventApiItem(e, areaNames, 'past'))];
  return apiResponse('/api/events.json', eventItem, items);
};
