import type { Event, Organization, WithContext } from 'schema-dts';
import { ukDateTimeAttribute } from '../uk-time';

/** What an Event block needs to know about an event. */
export interface EventFacts {
  url: string;
  name: string;
  description: string;
  start: Date;
  end: Date;
  venue: string;
  address: string;
  postcode: string;
  bookingUrl?: string;
  organizer: Organization;
}

/**
 * An event as schema.org Event: times in UK time with their offset, held in person at a Place.
 * @example eventLd({ ..., start: new Date('2027-03-28T17:00:00Z') }).startDate // '2027-03-28T18:00+01:00'
 */
export function eventLd(facts: EventFacts): WithContext<Event> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    url: facts.url,
    name: facts.name,
    description: facts.description,
    startDate: ukDateTimeAttribute(facts.start),
    endDate: ukDateTimeAttribute(facts.end),
    // why: events have a venue and postcode (the schema requires both) and no online option.
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: {
      '@type': 'Place',
      name: facts.venue,
      address: { '@type': 'PostalAddress', streetAddress: facts.address, postalCode: facts.postcode, addressCountry: 'GB' },
    },
    organizer: facts.organizer,
    ...(facts.bookingUrl ? { offers: { '@type': 'Offer', url: facts.bookingUrl } } : {}),
  };
}
