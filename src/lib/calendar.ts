import { createEvents, type EventAttributes } from 'ics';

// why: calendar files are made with the `ics` package (RFC 5545 escaping, line folding, CRLF)
// rather than by hand. Times are written in UTC ("…T170000Z"), worked out from UK time when the
// content was read (src/lib/uk-time.ts): every calendar app shows UTC in its user's own time,
// BST and GMT included, and `ics` cannot write a TZID with the VTIMEZONE block it needs.
// Nothing about visitors goes in: no organiser, attendees or personal data, only the event.

/** What a calendar entry needs from an event. `start` and `end` are real instants. */
export interface CalendarEvent {
  /** The event's file name without extension, e.g. 2027-02-10-example-session. */
  slug: string;
  title: string;
  summary: string;
  start: Date;
  end: Date;
  venue: string;
  address: string;
  postcode: string;
}

/** Where the site lives and what to call the calendar. */
export interface CalendarSite {
  /** The site's public address with its base path, e.g. https://hat.example.org/hat/. */
  root: URL;
  /** The site's name, used for the calendar's name and product id. */
  siteName: string;
  /** When the file is made (DTSTAMP): the build time. */
  now: Date;
}

/**
 * The public address of an event's page.
 * @example eventPageUrl('2027-02-10-talk', new URL('https://hat.example.org/hat/')) // 'https://hat.example.org/hat/events/2027-02-10-talk/'
 */
export const eventPageUrl = (slug: string, root: URL): string => new URL(`events/${slug}/`, root).href;

/**
 * A calendar UID that stays the same across rebuilds, so a subscribed calendar updates an event instead of adding it twice.
 * @example eventUid('2027-02-10-talk', new URL('https://hat.example.org/')) // '2027-02-10-talk@hat.example.org'
 */
export const eventUid = (slug: string, root: URL): string => `${slug}@${root.host}`;

/**
 * The `ics` attributes of one event: UTC times, UID, SUMMARY, DESCRIPTION (summary and page address), LOCATION, URL.
 * @example toIcsEvent(event, site).start // 1806253200000 for 6pm on 28 March 2027 (BST), written as 20270328T170000Z
 */
export function toIcsEvent(event: CalendarEvent, site: CalendarSite): EventAttributes & { timestamp: number } {
  const page = eventPageUrl(event.slug, site.root);
  return {
    uid: eventUid(event.slug, site.root),
    title: event.title,
    description: `${event.summary}\n\nMore information: ${page}`,
    location: [event.venue, event.address, event.postcode].join(', '),
    url: page,
    start: event.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    // why: DTSTAMP is the build time, not each call's clock, so all files of one build agree.
    timestamp: site.now.getTime(),
  };
}

/**
 * A whole .ics file (iCalendar text with CRLF line ends) for these events; `name` makes it a named, subscribable calendar.
 * Fails naming the event file when `ics` refuses an event.
 * @example calendarFile([event], site) // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…END:VCALENDAR\r\n'
 */
export function calendarFile(events: readonly CalendarEvent[], site: CalendarSite, name?: string): string {
  const { error, value } = createEvents(
    events.map((event) => toIcsEvent(event, site)),
    { productId: `-//${site.siteName}//Events//EN`, ...(name ? { calName: name } : {}) },
  );
  if (error || value === null) {
    const files = events.map((e) => `content/events/${e.slug}.mdx`).join(', ');
    throw new Error(`Could not make the calendar file for ${files || 'the events'}: ${error?.message ?? 'no output'}. Check the event's dates and text.`);
  }
  return value;
}
