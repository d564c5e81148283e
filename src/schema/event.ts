import { z } from 'astro/zod';
import { isValid as isPostcode } from 'postcode';
import { field } from './editor';
import type { SchemaContext } from './context';
import { areaField, dateTimeField, draftField, reviewAfter, reviewFields, text } from './shared';
import { formatEventTimes, ukWallClock } from '../lib/event-times';
import { entryFields } from './known-fields';

/** An event: content/events/YYYY-MM-DD-slug.mdx (the body is the full description). */
export const eventSchema = (ctx: SchemaContext) =>
  entryFields('an event', {
    /** The event's name. */
    title: text('The title', 'Event name', 'About 65 characters at most.', 65),
    /** One or two sentences shown in lists. */
    summary: text('The summary', 'Summary', 'Who it is for and what happens. About 160 characters.', 160),
    /** When it starts, in UK local time (GMT or BST, whichever is in force that day). */
    start: dateTimeField('The start (start)', 'Starts', 'Date and start time, UK time.'),
    /** When it ends, in UK local time; the event moves to "Past events" once this has passed. */
    end: dateTimeField('The end (end)', 'Ends', 'Date and end time, UK time. The event moves to "Past events" after this.'),
    /** The venue's name. */
    venue: text('The venue', 'Venue', 'E.g. "Middlesbrough Town Hall".'),
    /** The venue's street address. */
    address: text('The address', 'Address', 'Street and town.'),
    /** The venue's postcode: a real UK postcode, so calendars and maps can find it. */
    postcode: text('The postcode', 'Postcode', 'E.g. TS1 2QQ.', 8).refine((v) => isPostcode(v), {
      error: (issue) => `The postcode ${JSON.stringify(issue.input)} is not a full UK postcode. Write it as on a letter, for example TS1 2QQ.`,
    }),
    /** The local area the event is in: people who set their postcode see their area's events first. */
    area: areaField(ctx, 'The local area the event is in. People who set their postcode see events in their area first.'),
    /** Where to book, if booking is needed. */
    bookingUrl: field(z.url({ protocol: /^https$/, error: 'The booking link must be a full https:// address.' }).optional(), {
      label: 'Booking link',
      hint: 'A full https:// address. Leave empty if no booking is needed.',
    }),
    /** Step-free access, hearing loops, quiet rooms and so on, and who to ask about other needs. */
    accessibility: text(
      'The accessibility information',
      'Accessibility',
      'Step-free access, hearing loop, accessible toilets, quiet space, and who to ask about other needs.',
      300,
    ),
    /** True for starter content that is an example, not a real event. */
    example: field(z.boolean().default(false), { label: 'Example only', hint: 'Marks starter content that is not a real event.' }),
    ...reviewFields,
    draft: draftField,
  }).superRefine((v, c) => {
    if (v.end <= v.start) {
      c.addIssue({
        code: 'custom',
        path: ['end'],
        message: `The end (${formatEventTimes(ukWallClock(v.end), undefined)}) is not after the start (${formatEventTimes(ukWallClock(v.start), undefined)}). Set end to a later date and time.`,
      });
    }
    reviewAfter(v, c);
  });

export type EventData = z.infer<ReturnType<typeof eventSchema>>;
