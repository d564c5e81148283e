import { createElement as h } from 'react';
import { entryData, objectOf, textOf } from './entry-data';
import { publicationNotices } from './notices';
import { heroFigure, pageFrame } from './parts';
import type { PreviewTemplate } from './types';

/** Preview of a page, with the markup of src/pages/[page].astro. */
export const PagePreview: PreviewTemplate = ({ entry, widgetFor, getAsset }) => {
  const data = entryData(entry);
  const title = textOf(data, 'title');
  return pageFrame(
    { parents: [], current: textOf(data, 'shortTitle') || title, notices: publicationNotices(data), data, review: true },
    h('h1', null, title),
    heroFigure(objectOf(data, 'hero'), getAsset),
    widgetFor('body'),
  );
};
