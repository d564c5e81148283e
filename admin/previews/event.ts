import { createElement as h, type ReactNode } from 'react';
import { entryData, optionLabel, textOf } from './entry-data';
import { eventTimeParts, ukWallClock, wallClockAttribute } from '../../src/lib/event-times';
import { publicationNotices } from './notices';
import { pageFrame, safeHref } from './parts';
import type { PreviewTemplate } from './types';

// why: the same markup as src/pages/events/[slug].astro (heading, example notice, lead, details,
// body); tests/unit/previews.test.ts fails if a class differs between the two.

/** One row of the event's details: a label and what goes with it. */
const row = (label: string, ...value: ReactNode[]) => h('div', { key: label }, h('dt', null, label), h('dd', null, ...value));

/** Preview of an event: name, summary, when (UK date and time range), where, access, booking, then the body. */
export const EventPreview: PreviewTemplate = ({ entry, widgetFor, fields }) => {
  const data = entryData(entry);
  const title = textOf(data, 'title');
  const start = ukWallClock(data.start);
  const end = ukWallClock(data.end);
  const [from, to] = eventTimeParts(start, end);
  const area = textOf(data, 'area');
  const booking = safeHref(textOf(data, 'bookingUrl'));
  return pageFrame(
    { parents: [{ label: 'Events', href: '/events/' }], current: title, notices: publicationNotices(data), data, review: true },
    h(
      'article',
      null,
      h('h1', null, title),
      data.example === true &&
        h('p', { className: 'app-inset' }, h('strong', null, 'Example:'), ' this event is an example to show how events appear on this site. It is not a real event.'),
      h('p', { className: 'app-lead' }, textOf(data, 'summary')),
      h(
        'dl',
        { className: 'app-event' },
        row('When', start && h('time', { dateTime: wallClockAttribute(start) }, from), end && ' to ', end && h('time', { dateTime: wallClockAttribute(end) }, to)),
        row('Where', textOf(data, 'venue'), h('br'), textOf(data, 'address'), h('br'), textOf(data, 'postcode')),
        area && row('Area', optionLabel(fields, 'area', area)),
        row('Accessibility', textOf(data, 'accessibility')),
        row('Booking', booking ? h('a', { href: booking }, `Book a place for ${title || 'this event'}`) : 'No booking needed.'),
      ),
      widgetFor('body'),
    ),
  );
};
