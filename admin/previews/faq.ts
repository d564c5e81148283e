import { createElement as h } from 'react';
import { entryData, optionLabel, textOf } from './entry-data';
import { publicationNotices } from './notices';
import { pageFrame } from './parts';
import type { PreviewTemplate } from './types';

/** Preview of one question as src/pages/faqs.astro shows it: under its group heading, opened. */
export const FaqPreview: PreviewTemplate = ({ entry, widgetFor, fields }) => {
  const data = entryData(entry);
  const group = textOf(data, 'group');
  const slug = String(entry.get('slug') ?? '');
  return pageFrame(
    { notices: publicationNotices(data), data, review: false },
    h(
      'section',
      { 'aria-labelledby': `group-${group}` },
      h('h2', { id: `group-${group}` }, group ? optionLabel(fields, 'group', group) : ''),
      // why: open, so the answer is visible without a click; on the site it starts closed.
      h(
        'details',
        { id: slug || undefined, open: true },
        h('summary', null, textOf(data, 'question')),
        h('div', { id: slug ? `${slug}-answer` : undefined, className: 'app-faq-answer' }, widgetFor('body')),
      ),
    ),
  );
};
