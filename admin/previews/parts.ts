import { createElement as h, Fragment, type ReactElement, type ReactNode } from 'react';
import { formatDate, isoDate } from '../../src/lib/dates';
import { url } from '../../src/lib/url';
import { altTextProblem } from '../widgets/alt-text';
import { dateOf, textOf, type EntryData } from './entry-data';
import { noticeList, previewWarning } from './notices';
import type { GetAsset } from './types';

// why: the same markup as src/layouts/BaseLayout.astro and src/components/*.astro, class for
// class, so the site's own stylesheet makes the preview look like the live page. The header,
// footer and share links are left out: editors cannot change them from an entry.

/**
 * A date as the site shows it, in a <time> element.
 * @example ukTime(new Date('2020-02-24')) // <time dateTime="2020-02-24">24 February 2020</time>
 */
export const ukTime = (date: Date): ReactElement => h('time', { dateTime: isoDate(date) }, formatDate(date));

/** A link address the site would accept (a /path or https://), or undefined so no unsafe link is drawn. */
export const safeHref = (href: string): string | undefined => (href.startsWith('/') || /^https:\/\//i.test(href) ? url(href) : undefined);

/** One step of the breadcrumb trail above the page. */
export interface Crumb {
  label: string;
  href: string;
}

/** The page shell of BaseLayout: breadcrumbs (when given), notices, the content, then the review dates (when the type has them). */
export function pageFrame(
  options: { parents?: Crumb[]; current?: string; notices: string[]; data: EntryData; review: boolean },
  ...content: ReactNode[]
): ReactElement {
  const { parents, current, notices, data, review } = options;
  const trail = parents && [{ label: 'Home', href: '/' }, ...parents];
  return h(
    'div',
    { className: 'app-width' },
    trail &&
      h(
        'nav',
        { 'aria-label': 'Breadcrumb', className: 'app-breadcrumbs' },
        h('ol', null, ...trail.map((c) => h('li', { key: c.href }, h('a', { href: url(c.href) }, c.label))), h('li', { 'aria-current': 'page' }, current)),
      ),
    h('main', { className: 'app-main' }, noticeList(notices), ...content, review && reviewDates(data)),
  );
}

/** "Last reviewed" and "Next review due", as ReviewDates.astro shows them ("—" until filled in). */
function reviewDates(data: EntryData): ReactElement {
  const rows = [
    ['Last reviewed', dateOf(data, 'reviewed')],
    ['Next review due', dateOf(data, 'reviewDue')],
  ] as const;
  return h('dl', { className: 'app-review' }, ...rows.map(([label, date]) => h('div', { key: label }, h('dt', null, label), h('dd', null, date ? ukTime(date) : '—'))));
}

/** The image at the top of an entry, as HeroImage.astro draws it, with a warning when its alt text is missing. */
export function heroFigure(image: EntryData | undefined, getAsset: GetAsset): ReactElement | null {
  const src = image ? textOf(image, 'src') : '';
  if (!image || !src) return null;
  const decorative = image.decorative === true;
  const caption = textOf(image, 'caption');
  const problem = altTextProblem(textOf(image, 'alt'), { decorative, src });
  return h(
    Fragment,
    null,
    h('figure', { className: 'app-figure' }, h('img', { src: getAsset(src)?.url, alt: decorative ? '' : textOf(image, 'alt') }), caption && h('figcaption', null, caption)),
    problem && previewWarning(problem),
  );
}
