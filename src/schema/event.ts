import { z } from 'astro/zod';
import { field } from './editor';
import type { SchemaContext } from './context';
import { areaField, dateTimeField, draftField, reviewAfter, reviewFields, text } from './shared';

/** An event: content/events/YYYY-MM-DD-slug.mdx (the body is the full description). */
export const eventSchema = (ctx: SchemaContext) =>
  z
    .object({
      /** The event's name. */
      title: text('The title', 'Event name', 'About 65 characters at most.', 65),
      /** One or two sentences shown in lists. */
      summary: text('The summary', 'Summary', 'Who it is for and what happens. About 160 characters.', 160),
      /** When it starts, in UK local time. */
      start: dateTimeField('The start (start)', 'Starts', 'Date and start time, UK time.'),
      /** When it ends, in UK local time. */
      end: dateTimeField('The end (end)', 'Ends', 'Date and end time, UK time.'),
      /** The venue's name. */
      venue: text('The venue', 'Venue', 'E.g. "Middlesbrough Town Hall".'),
      /** The venue's street address. */
      address: text('The address', 'Address', 'Street and town.'),
      /** The venue's postcode. */
      postcode: text('The postcode', 'Postcode', 'E.g. TS1 2QQ.', 8),
      /** The local area the event is in. */
      area: areaField(ctx),
      /** Where to book, if booking is needed. */
      bookingUrl: field(z.url({ protocol: /^https$/, error: 'The booking link must be a full https:// address.' }).optional(), {
        label: 'Booking link',
        hint: 'A full https:// address. Leave empty if no booking is needed.',
      }),
      /** Step-free access, hearing loops, quiet rooms and so on. */
      accessibility: text('The accessibility information', 'Accessibility', 'Step-free access, hearing loop, toilets, quiet space.'),
      /** True for starter content that is an example, not a real event. */
      example: field(z.boolean().default(false), { label: 'Example only', hint: 'Marks starter content that is not a real event.' }),
      ...reviewFields,
      draft: draftField,
    })
    .superRefine((v, c) => {
      if (v.end <= v.start) c.addIssue({ code: 'custom', path: ['end'], message: 'The end is not after the start. Set end to a later date and time.' });
      reviewAfter(v, c);
    });

export type EventData = z.infer<ReturnType<typeof eventSchema>>;
