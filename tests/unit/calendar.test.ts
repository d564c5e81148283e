import { describe, expect, it } from 'vitest';
import { calendarFile, eventUid, type CalendarEvent, type CalendarSite } from '../../src/lib/calendar';
import { ukWallTimeToUtc } from '../../src/lib/uk-time';
import { parseIcs } from '../helpers/parse-ics';

const site: CalendarSite = { root: new URL('https://hat.example.org/hat/'), siteName: 'Heroin Assisted Treatment in Middlesbrough', now: new Date('2026-11-23T08:00:00Z') };

/** An event as the site holds it after reading the content: UK wall-clock times turned into instants. */
const event = (slug: string, start: string, end: string, extra: Partial<CalendarEvent> = {}): CalendarEvent => ({
  slug,
  title: 'Example: information session',
  summary: 'A drop-in session about treatment options.',
  start: ukWallTimeToUtc(start)!,
  end: ukWallTimeToUtc(end)!,
  venue: 'Example community centre',
  address: 'Example Street, Stockton-on-Tees',
  postcode: 'TS18 1AA',
  ...extra,
});

const bst = event('2027-03-28-first-day-of-summer-time', '2027-03-28T18:00', '2027-03-28T19:30');
const gmt = event('2027-03-27-last-day-of-winter-time', '2027-03-27T18:00', '2027-03-27T19:30');
const autumn = event('2027-10-31-clocks-go-back', '2027-10-31T18:00', '2027-10-31T19:30');

describe('an event as a calendar file, read back with ical.js', () => {
  const [parsed] = parseIcs(calendarFile([bst], site)).events;

  it('has the start and end in UTC, an hour earlier than UK time in British Summer Time', () => {
    expect(parsed!.dtstart).toBe('2027-03-28T17:00:00Z');
    expect(parsed!.dtend).toBe('2027-03-28T18:30:00Z');
  });

  it('has the start and end equal to UK time in GMT, on both sides of the clock changes', () => {
    const [winter, goBack] = parseIcs(calendarFile([gmt, autumn], site)).events;
    expect([winter!.dtstart, winter!.dtend]).toEqual(['2027-03-27T18:00:00Z', '2027-03-27T19:30:00Z']);
    expect([goBack!.dtstart, goBack!.dtend]).toEqual(['2027-10-31T18:00:00Z', '2027-10-31T19:30:00Z']);
  });

  it('names the event, where it is, and links its page', () => {
    expect(parsed!.summary).toBe('Example: information session');
    expect(parsed!.location).toBe('Example community centre, Example Street, Stockton-on-Tees, TS18 1AA');
    expect(parsed!.url).toBe('https://hat.example.org/hat/events/2027-03-28-first-day-of-summer-time/');
    expect(parsed!.description).toBe(
      'A drop-in session about treatment options.\n\nMore information: https://hat.example.org/hat/events/2027-03-28-first-day-of-summer-time/',
    );
  });

  it('has a UID made from the file name and the site, the same on every build', () => {
    expect(parsed!.uid).toBe('2027-03-28-first-day-of-summer-time@hat.example.org');
    const later = parseIcs(calendarFile([bst], { ...site, now: new Date('2027-01-01T00:00:00Z') })).events[0]!;
    expect(later.uid).toBe(parsed!.uid);
    expect(eventUid('x', new URL('https://other.example.gov.uk/'))).toBe('x@other.example.gov.uk');
  });

  it('is stamped with the build time (DTSTAMP)', () => {
    expect(parsed!.dtstamp).toBe('2026-11-23T08:00:00Z');
  });

  it('holds nothing personal: no organiser, attendees or alarms', () => {
    expect([...parsed!.properties].sort()).toEqual(['description', 'dtend', 'dtstamp', 'dtstart', 'location', 'summary', 'uid', 'url']);
  });

  it('keeps commas, semicolons, backslashes and any script exactly as written', () => {
    const awkward = event('2027-05-05-awkward', '2027-05-05T10:00', '2027-05-05T11:00', {
      title: 'Example: "Q&A"; costs, results \\ next steps — مرحبا',
      venue: 'Hall 1; upstairs',
    });
    const [back] = parseIcs(calendarFile([awkward], site)).events;
    expect(back!.summary).toBe('Example: "Q&A"; costs, results \\ next steps — مرحبا');
    expect(back!.location).toBe('Hall 1; upstairs, Example Street, Stockton-on-Tees, TS18 1AA');
  });
});

describe('a calendar of several events', () => {
  it('is a named, published calendar with every event given, in order', () => {
    const calendar = parseIcs(calendarFile([gmt, bst], site, 'HAT events'));
    expect(calendar.name).toBe('HAT events');
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.events.map((e) => e.uid)).toEqual([eventUid(gmt.slug, site.root), eventUid(bst.slug, site.root)]);
  });

  it('is still a valid calendar with no events in it', () => {
    expect(parseIcs(calendarFile([], site, 'HAT events'))).toEqual({ name: 'HAT events', method: 'PUBLISH', events: [] });
  });

  it('uses CRLF line ends and folds long lines, as RFC 5545 requires', () => {
    const ics = calendarFile([bst], site);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('fails naming the event file when an event cannot be written', () => {
    const broken = { ...bst, start: new Date(Number.NaN) };
    expect(() => calendarFile([broken], site)).toThrow(/^Could not make the calendar file for content\/events\/2027-03-28-first-day-of-summer-time\.mdx: /);
  });
});
