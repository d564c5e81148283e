import { createElement as h } from 'react';
import { dateOf, entryData, objectOf, textOf } from './entry-data';
import { publicationNotices } from './notices';
import { heroFigure, pageFrame, ukTime } from './parts';
import type { PreviewTemplate } from './types';

/** Preview of a participant story, with the markup of src/pages/stories/[slug].astro. */
export const StoryPreview: PreviewTemplate = ({ entry, widgetFor, getAsset }) => {
  const data = entryData(entry);
  const title = textOf(data, 'title');
  const name = textOf(data, 'name');
  const age = textOf(data, 'age');
  // why: the schema's default is "name changed", so an untouched box still marks the name.
  const pseudonym = data.pseudonym !== false;
  const published = dateOf(data, 'published');
  return pageFrame(
    { parents: [{ label: 'Participant stories', href: '/stories/' }], current: title, notices: publicationNotices(data), data, review: true },
    h(
      'article',
      null,
      h('h1', null, title),
      h('p', { className: 'app-meta' }, pseudonym ? `${name}*` : name, age ? `, ${age}` : '', '. Published on ', published && ukTime(published)),
      heroFigure(objectOf(data, 'hero'), getAsset),
      widgetFor('body'),
      pseudonym && h('p', { className: 'app-meta app-pseudonym' }, `*${name} is not their real name. We have changed it to protect their privacy.`),
    ),
  );
};
