/**
 * Reads an iCalendar (.ics) text back with ical.js (Mozilla's parser, used by Thunderbird), so
 * tests check what a calendar app would see rather than the text the site wrote.
 */
import ICAL from 'ical.js';

/** One VEVENT as a calendar app reads it. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  url: string;
  /** DTSTART and DTEND as written after parsing, e.g. "2027-03-28T17:00:00Z" (UTC). */
  dtstart: string;
  dtend: string;
  /** The same instants. */
  start: Date;
  end: Date;
  dtstamp: string;
  /** Every property name of the event, in lower case (to prove nothing else, e.g. no attendee). */
  properties: string[];
}

/** A whole calendar: its name (X-WR-CALNAME), method and events. */
export interface ParsedCalendar {
  name: string | undefined;
  method: string | undefined;
  events: ParsedEvent[];
}

const text = (component: ICAL.Component, name: string): string => String(component.getFirstPropertyValue(name) ?? '');
const time = (component: ICAL.Component, name: string): ICAL.Time => component.getFirstPropertyValue(name) as ICAL.Time;

/** Parses .ics text; throws (with ical.js's reason) when it is not valid iCalendar. */
export function parseIcs(ics: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  if (calendar.name !== 'vcalendar') throw new Error(`Not a VCALENDAR: ${calendar.name}`);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: text(vevent, 'uid'),
    summary: text(vevent, 'summary'),
    description: text(vevent, 'description'),
    location: text(vevent, 'location'),
    url: text(vevent, 'url'),
    dtstart: time(vevent, 'dtstart').toString(),
    dtend: time(vevent, 'dtend').toString(),
    start: time(vevent, 'dtstart').toJSDate(),
    end: time(vevent, 'dtend').toJSDate(),
    dtstamp: time(vevent, 'dtstamp').toString(),
    properties: vevent.getAllProperties().map((p) => p.name),
  }));
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  const method = calendar.getFirstPropertyValue('method');
  return { name: name === null ? undefined : String(name), method: method === null ? undefined : String(method), events };
}
