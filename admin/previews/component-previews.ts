import { createElement as h, Fragment, type ReactElement } from 'react';
import { previewWarning } from './notices';

// why: the preview of a body shows each editor component with the markup and classes of its
// Astro component in src/user-components/, so the site's stylesheet draws it as the page will.
// React escapes every value, so nothing an editor types can become markup here.

/** The attribute values of a component, as the CMS holds them while editing. */
export type ComponentData = Record<string, string | undefined>;

/** Decap's getAsset as it reaches an editor component's preview: a media path to something with a url. */
export type ComponentAsset = (path: string) => { url?: string } | undefined;

const assetUrl = (getAsset: ComponentAsset | undefined, path: string | undefined) => (path ? (getAsset?.(path)?.url ?? path) : undefined);

/** Callout.astro: an aside with an optional bold title line. */
const callout = (d: ComponentData) =>
  h('aside', { className: 'app-callout', 'aria-label': d.title || 'Note' }, d.title && h('p', { className: 'app-callout__title' }, d.title), h('p', null, d.text));

/** Figure.astro (through HeroImage.astro): figure, image, optional caption; a warning when alt text is missing. */
const figure = (d: ComponentData, getAsset?: ComponentAsset) =>
  h(
    Fragment,
    null,
    h('figure', { className: 'app-figure' }, d.src && h('img', { src: assetUrl(getAsset, d.src), alt: d.alt ?? '' }), d.caption && h('figcaption', null, d.caption)),
    !d.alt?.trim() && previewWarning('Alt text is required: describe what the image shows in one sentence.'),
  );

/** KeyFigure.astro: the number in bold, its meaning, then its source and date. */
const keyFigure = (d: ComponentData) =>
  h('p', { className: 'app-key-figure' }, h('strong', null, d.value), ' ', d.label, ' ', h('span', { className: 'app-source' }, `Source: ${d.source ?? ''}, ${d.date ?? ''}`));

/** Video.astro: the player with captions on, its title as caption and a link to the captions. */
const video = (d: ComponentData, getAsset?: ComponentAsset) =>
  h(
    'figure',
    { className: 'app-figure app-video' },
    h(
      'video',
      { controls: true, preload: 'none', 'aria-label': d.title },
      d.src && h('source', { src: assetUrl(getAsset, d.src) }),
      d.captions && h('track', { kind: 'captions', srcLang: 'en', label: 'English', src: assetUrl(getAsset, d.captions), default: true }),
    ),
    h('figcaption', null, d.title, h('br'), h('a', { href: assetUrl(getAsset, d.captions), download: true }, `Download the captions of “${d.title ?? ''}” (WebVTT text file)`)),
  );

/** The preview of each editor component, by tag name (a unit test checks every component has one). */
export const componentPreviews: Readonly<Record<string, (data: ComponentData, getAsset?: ComponentAsset) => ReactElement>> = {
  Callout: callout,
  Figure: figure,
  KeyFigure: keyFigure,
  Video: video,
};
