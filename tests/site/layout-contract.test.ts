/**
 * The markup contract every page built from the site layout keeps (head, skip link, landmarks,
 * breadcrumbs, review dates, footer). Reads dist/, so `astro build` must have run.
 */
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { basePath, contentPages, isNotFoundPage, listed, loadPage, stripBase } from '../helpers/built-pages';

const pages = contentPages().map((p) => p.path);

// why: what the browser would reach with Tab (HTML "focusable area"), minus the disabled and hidden.
const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), iframe, summary, [contenteditable]:not([contenteditable="false"]), [tabindex]:not([tabindex="-1"])';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The path (without base) an href points to, resolved against the page. */
function linkPath(href: string, page: string): string | undefined {
  const url = new URL(href, `https://site.invalid${basePath}${page.slice(1)}`);
  return url.origin === 'https://site.invalid' ? stripBase(url.pathname) : undefined;
}

const meta = ($: CheerioAPI, property: string) => $(`meta[property="${property}"]`).attr('content')?.trim();

describe.each(pages)('%s', (page) => {
  const $ = () => loadPage(page);

  it('has lang="en", a title, a description, a canonical URL and Open Graph tags', () => {
    const doc = $();
    expect(doc('html').attr('lang'), '<html lang>').toBe('en');
    expect(doc('head > title').length, 'one <title>').toBe(1);
    expect(doc('head > title').text().trim(), '<title> text').not.toBe('');
    expect(doc('meta[name="description"]').attr('content')?.trim(), 'meta description').toBeTruthy();

    const canonical = doc('link[rel="canonical"]');
    for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name']) {
      expect(meta(doc, property), `<meta property="${property}">`).toBeTruthy();
    }
    // why: the 404 page is served at any URL, so it has no address of its own: no canonical, no og:url.
    if (isNotFoundPage(page)) {
      expect(canonical.length, 'no <link rel="canonical"> on the 404 page').toBe(0);
      expect(meta(doc, 'og:url'), 'no og:url on the 404 page').toBeFalsy();
      return;
    }
    expect(canonical.length, 'one <link rel="canonical">').toBe(1);
    const href = canonical.attr('href') ?? '';
    expect(href, 'canonical is an absolute https URL').toMatch(/^https:\/\/[^/]+\//);
    expect(stripBase(new URL(href).pathname), 'canonical path is the page path').toBe(page);
    expect(meta(doc, 'og:url'), 'og:url matches the canonical URL').toBe(href);
  });

  it('starts with a skip link to #main-content, then one main with the only h1', () => {
    const doc = $();
    const first = doc('body').find(FOCUSABLE).first();
    expect(doc.html(first).slice(0, 200), 'first focusable element in body').toMatch(/^<a\b/);
    expect(first.hasClass('app-skip-link'), 'first focusable element has class app-skip-link').toBe(true);
    expect(first.attr('href'), 'skip link href').toBe('#main-content');

    expect(doc('main').length, 'number of <main>').toBe(1);
    expect(doc('main').attr('id'), '<main id>').toBe('main-content');
    expect(doc('h1').length, 'number of <h1>').toBe(1);
    expect(doc('main h1').length, '<h1> inside <main>').toBe(1);
  });

  it('has the site header with a home link named after the site and the main navigation', () => {
    const doc = $();
    const header = doc('header.app-header');
    expect(header.length, '<header class="app-header">').toBe(1);
    const siteName = meta(doc, 'og:site_name') ?? '';
    const home = header.find('a[href]').filter((_, a) => linkPath(doc(a).attr('href') ?? '', page) === '/');
    expect(home.length, 'a link to the home page in the header').toBeGreaterThan(0);
    const names = home.toArray().map((a) => `${doc(a).text()} ${doc(a).find('img[alt]').attr('alt') ?? ''}`.replace(/\s+/g, ' '));
    expect(
      names.some((name) => name.includes(siteName)),
      `a home link named "${siteName}" (found: ${names.join(' | ')})`,
    ).toBe(true);

    const nav = header.find('nav[aria-label="Main"]');
    expect(nav.length, '<nav aria-label="Main"> in the header').toBe(1);
    expect(nav.find('a[href]').length, 'links in the main navigation').toBeGreaterThan(0);
  });

  it(page === '/' ? 'has no breadcrumbs on the home page' : 'has breadcrumbs ending with the current page', () => {
    const doc = $();
    const crumbs = doc('nav[aria-label="Breadcrumb"]');
    if (page === '/') {
      expect(crumbs.length, 'breadcrumbs on the home page').toBe(0);
      return;
    }
    expect(crumbs.length, '<nav aria-label="Breadcrumb">').toBe(1);
    const items = crumbs.find('ol > li');
    expect(items.length, 'breadcrumb <ol> items').toBeGreaterThan(0);
    const last = items.last();
    const current = last.is('[aria-current="page"]') ? last : last.find('[aria-current="page"]');
    expect(current.length, 'last crumb has aria-current="page"').toBe(1);
    expect(crumbs.find('[aria-current="page"]').length, 'only the last crumb is current').toBe(1);
  });

  // why: NHS.UK convention (product.md): every page says when it was reviewed and when it will be again.
  // (the 404 page has no content of its own to review.)
  if (!isNotFoundPage(page))
    it('shows when it was last reviewed and when the next review is due', () => {
      const doc = $();
      const review = doc('dl.app-review');
      expect(review.length, '<dl class="app-review">').toBe(1);
      const dateAfter = (label: string) => {
        const dt = review.find('dt').filter((_, el) => doc(el).text().trim() === label);
        expect(dt.length, `<dt>${label}</dt>`).toBe(1);
        const dd = dt.next('dd');
        const datetime = dd.find('time').attr('datetime') ?? '';
        expect(datetime, `<time datetime> after <dt>${label}</dt>`).toMatch(ISO_DATE);
        expect(Number.isNaN(Date.parse(datetime)), `${datetime} is a real date`).toBe(false);
        return datetime;
      };
      const last = dateAfter('Last reviewed');
      const next = dateAfter('Next review due');
      expect(next > last, `next review (${next}) is after the last review (${last})`).toBe(true);
    });

  it('has the footer with links to accessibility, privacy, contact and partners', () => {
    const doc = $();
    const footer = doc('footer.app-footer');
    expect(footer.length, '<footer class="app-footer">').toBe(1);
    const targets = footer
      .find('a[href]')
      .toArray()
      .map((a) => linkPath(doc(a).attr('href') ?? '', page));
    for (const path of ['/accessibility/', '/privacy/', '/contact/', '/partners/']) {
      expect(targets, `footer link to ${path}`).toContain(path);
    }
  });
});

describe('the whole site', () => {
  it('has a home page', () => {
    expect(pages).toContain('/');
  });

  it('gives every page a different title', () => {
    const byTitle = new Map<string, string[]>();
    for (const page of pages) {
      const title = loadPage(page)('head > title').text().trim();
      byTitle.set(title, [...(byTitle.get(title) ?? []), page]);
    }
    const duplicates = [...byTitle]
      .filter(([, list]) => list.length > 1)
      .map(([title, list]) => `"${title}": ${list.join(', ')}`);
    expect(duplicates, listed('titles used by more than one page', duplicates)).toEqual([]);
  });
});
