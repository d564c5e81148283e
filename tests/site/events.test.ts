/**
 * Events over the built site: /events/ lists upcoming events soonest first and past events latest
 * first, each event has a page and an .ics file that parses, and calendar.ics holds only the
 * upcoming ones. What is expected is worked out from content/events with the site's own schema.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { basePath, fileForPath, loadPage, stripBase } from '../helpers/built-pages';
import { readEvents } from '../helpers/content-events';
import { parseIcs } from '../helpers/parse-ics';
import { RECENT_PAST_EVENTS, splitEvents } from '../../src/lib/event-list';
import { ukDateTimeAttribute } from '../../src/lib/uk-time';

const content = fileURLToPath(new URL('../../content/', import.meta.url));
// why: drafts are never built; tests/integration/events-build.test.ts proves it with a draft fixture.
const published = readEvents(content).filter((e) => !e.data.draft);

/** The text of a built file, failing clearly when the build did not make it. */
function built(path: string): string {
  const file = fileForPath(path);
  if (!file) throw new Error(`${path} was not built`);
  return readFileSync(file, 'utf8');
}

// why: "upcoming" was decided when the site was built; every calendar file is stamped with that
// moment (DTSTAMP), so the test splits the events at the same moment, however long ago it ran.
const buildTime = new Date(parseIcs(built(`/events/${published[0]!.id}.ics`)).events[0]!.dtstamp);
const { upcoming, past } = splitEvents(published, buildTime);

/** Event slugs linked from a list on /events/, in order. */
function listed($: CheerioAPI, heading: string): string[] {
  return $(`section[aria-labelledby="${heading}"] [data-area-list] > li h3 a`)
    .toArray()
    .map((a) => stripBase(new URL(a.attribs.href!, 'https://site.invalid').pathname) ?? `outside the base path: ${a.attribs.href}`)
    .map((path) => path.replace(/^\/events\/|\/$/g, ''));
}

describe('the events page', () => {
  const $ = loadPage('/events/');

  it('has starter content on both sides of the build date', () => {
    expect(published.length).toBeGreaterThanOrEqual(3);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
  });

  it('lists upcoming events soonest first', () => {
    expect(listed($, 'upcoming-heading')).toEqual(upcoming.map((e) => e.id));
  });

  it(`lists the ${RECENT_PAST_EVENTS} latest past events, most recent first`, () => {
    expect(listed($, 'past-heading')).toEqual(past.slice(0, RECENT_PAST_EVENTS).map((e) => e.id));
  });

  it('tags each list and each event with its area for the postcode feature', () => {
    const areaOf = new Map(published.map((e) => [e.id, e.data.area]));
    expect($('main [data-area-list]')).toHaveLength(2);
    const items = $('main [data-area-list] > li').toArray();
    expect(items).toHaveLength(listed($, 'upcoming-heading').length + listed($, 'past-heading').length);
    for (const li of items) {
      const slug = /\/events\/([^/]+)\/$/.exec($(li).find('h3 a').attr('href') ?? '')?.[1];
      expect(li.attribs['data-area'], `data-area of ${slug}`).toBe(areaOf.get(slug!));
    }
  });

  it('shows each date and time the UK way, with the exact time for machines', () => {
    for (const event of upcoming) {
      const item = $(`main li:has(a[href$="/events/${event.id}/"])`);
      const [from, to] = item.find('time').toArray();
      expect(from!.attribs.datetime).toBe(ukDateTimeAttribute(event.data.start));
      expect(to!.attribs.datetime).toBe(ukDateTimeAttribute(event.data.end));
      expect($(from).text()).toMatch(/^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ \d{4}, (\d{1,2}(:\d\d)?(am|pm)|midday|midnight)$/);
    }
  });

  it('offers the subscribable calendar with a webcal: link and the address to paste', () => {
    const webcal = $('main a[href^="webcal:"]').attr('href');
    expect(webcal).toMatch(new RegExp(`^webcal://[^/]+${basePath}events/calendar\\.ics$`));
    expect($('main .app-calendar-address').text()).toBe(webcal!.replace(/^webcal:/, 'https:'));
    expect($(`main a[href="${basePath}events/calendar.ics"]`)).toHaveLength(1);
  });
});

describe('calendar.ics', () => {
  const calendar = parseIcs(built('/events/calendar.ics'));

  it('holds every upcoming event and no past or draft one, soonest first', () => {
    expect(calendar.events.map((e) => e.uid.split('@')[0])).toEqual(upcoming.map((e) => e.id));
  });

  it('is a named calendar', () => {
    expect(calendar.name).toMatch(/: events$/);
  });
});

describe.each(published.map((e) => [e.id, e] as const))('event %s', (slug, event) => {
  const $ = loadPage(`/events/${slug}/`);
  const isUpcoming = upcoming.includes(event);

  it('has its page: title, when, where, area, accessibility and booking', () => {
    expect($('main h1').text()).toBe(event.data.title);
    expect($('main .app-event dt').toArray().map((dt) => $(dt).text())).toEqual(['When', 'Where', 'Area', 'Accessibility', 'Booking']);
    expect($('main .app-event time').first().attr('datetime')).toBe(ukDateTimeAttribute(event.data.start));
    expect($('main .app-event dd').eq(1).text()).toBe(`${event.data.venue}${event.data.address}${event.data.postcode}`);
    expect($('main .app-event dd').eq(3).text()).toBe(event.data.accessibility);
    const booking = $('main .app-event dd').eq(4);
    if (event.data.bookingUrl) expect(booking.find('a').attr('href')).toBe(event.data.bookingUrl);
    else expect(booking.text()).toBe('No booking needed.');
  });

  it(event.data.example ? 'says it is an example' : 'does not say it is an example', () => {
    expect($('main .app-inset').text().includes('It is not a real event.')).toBe(event.data.example);
  });

  it(isUpcoming ? 'links its calendar file' : 'says it has finished', () => {
    const link = $('main a[download]').filter((_, a) => a.attribs.href === `${basePath}events/${slug}.ics`);
    expect(link).toHaveLength(isUpcoming ? 1 : 0);
    expect($('main').text().includes('This event has finished.')).toBe(!isUpcoming);
  });

  it('has a calendar file with its UK times in UTC, its name, place, page and a stable UID', () => {
    const [entry, ...others] = parseIcs(built(`/events/${slug}.ics`)).events;
    expect(others).toEqual([]);
    expect(entry!.start.toISOString()).toBe(event.data.start.toISOString());
    expect(entry!.end.toISOString()).toBe(event.data.end.toISOString());
    expect(entry!.dtstart).toMatch(/Z$/);
    expect(entry!.summary).toBe(event.data.title);
    expect(entry!.location).toBe(`${event.data.venue}, ${event.data.address}, ${event.data.postcode}`);
    expect(entry!.url).toMatch(new RegExp(`^https?://[^/]+${basePath}events/${slug}/$`));
    expect(entry!.uid).toMatch(new RegExp(`^${slug}@[^/]+$`));
  });
});
