import { createElement as h, Fragment } from 'react';
import { dateOf, entryData, listOf, objectOf, textOf } from './entry-data';
import { publicationNotices } from './notices';
import { heroFigure, pageFrame, safeHref, ukTime } from './parts';
import type { PreviewTemplate } from './types';

/** Preview of a news article, with the markup of src/pages/news/[slug].astro. */
export const NewsPreview: PreviewTemplate = ({ entry, widgetFor, getAsset }) => {
  const data = entryData(entry);
  const title = textOf(data, 'title');
  const published = dateOf(data, 'published');
  const updated = dateOf(data, 'updated');
  const related = listOf(data, 'related').filter((link) => textOf(link, 'title'));
  return pageFrame(
    { parents: [{ label: 'News', href: '/news/' }], current: title, notices: publicationNotices(data), data, review: true },
    h(
      'article',
      null,
      h('h1', null, title),
      h('p', { className: 'app-meta' }, published && h(Fragment, null, 'Posted on ', ukTime(published)), updated && h(Fragment, null, h('br'), 'Updated on ', ukTime(updated))),
      h('p', { className: 'app-lead' }, textOf(data, 'summary')),
      heroFigure(objectOf(data, 'hero'), getAsset),
      widgetFor('body'),
      related.length > 0 &&
        h(
          'aside',
          { 'aria-labelledby': 'related-heading' },
          h('h2', { id: 'related-heading' }, 'Related links'),
          h('ul', null, ...related.map((link, i) => h('li', { key: i }, h('a', { href: safeHref(textOf(link, 'url')) }, textOf(link, 'title'))))),
        ),
    ),
  );
};
