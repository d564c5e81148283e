/**
 * The text-only copies the build writes under /text-only/ (src/integrations/text-only-pages.ts):
 * one for every content page, with no images (their alt text instead), the same words and
 * links, links that keep the reader in text only, a way back, and kept out of search engines.
 */
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { replacementText } from '../../src/lib/reading-options';
import { basePath, contentPages, listed, loadPage, stripBase, textOnlyPages } from '../helpers/built-pages';

const full = contentPages().map((p) => p.path);
const copies = textOnlyPages().map((p) => p.path);
const copyOf = (path: string) => `/text-only${path}`;
const fullOf = (copy: string) => copy.slice('/text-only'.length);

/** Site path (without base) a link points to, or undefined for other sites, mail and fragments. */
function target(href: string, page: string): string | undefined {
  if (href.startsWith('#')) return undefined;
  const url = new URL(href, `https://site.invalid${basePath}${page.slice(1)}`);
  return url.origin === 'https://site.invalid' ? stripBase(url.pathname) : undefined;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the full page's <main> reads as once images become their alt text. */
function expectedMainText($: CheerioAPI): string {
  const main = $('main').clone();
  main.find('picture').each((_, el) => {
    $(el).replaceWith(replacementText($(el).find('img').attr('alt')) ?? '');
  });
  main.find('img').each((_, el) => {
    $(el).replaceWith(replacementText($(el).attr('alt')) ?? '');
  });
  main.find('video').each((_, el) => {
    const links = $(el).find('a').text();
    $(el).replaceWith(`${replacementText($(el).attr('aria-label'), 'Video') ?? ''} ${links}`);
  });
  return words(main.text());
}

describe('the text-only copies', () => {
  it('exist for every content page, and for nothing else', () => {
    expect(copies.length, 'text-only pages in dist/text-only/').toBeGreaterThan(0);
    const missing = full.filter((p) => !copies.includes(copyOf(p)));
    const orphans = copies.filter((c) => !full.includes(fullOf(c)));
    expect(missing, listed('content pages without a text-only copy', missing)).toEqual([]);
    expect(orphans, listed('text-only pages with no full page', orphans)).toEqual([]);
  });
});

describe.each(copies)('%s', (copy) => {
  const page = fullOf(copy);
  const $ = () => loadPage(copy);
  const $full = () => loadPage(page);

  it('has no images, video or embeds, and shows alt text in their place', () => {
    const doc = $();
    expect(doc('img, picture, source, video, audio, svg, iframe, object, embed, canvas').length, 'media elements').toBe(0);
    const alts = $full()('img')
      .map((_, el) => replacementText($full()(el).attr('alt')))
      .get()
      .filter(Boolean);
    const shown = doc('.app-alt-text').map((_, el) => doc(el).text()).get();
    expect(shown.filter((t) => t.startsWith('[Image:')), 'alt text shown for each image that has one').toEqual(alts);
  });

  it('keeps the words of the main content', () => {
    expect(words($()('main').text())).toBe(expectedMainText($full()));
  });

  it('keeps the same links, pointing at text-only pages so the mode sticks', () => {
    const links = (doc: CheerioAPI) => doc('main a[href]').map((_, a) => ({ text: words(doc(a).text()), href: doc(a).attr('href') ?? '' })).get();
    const before = links($full());
    const after = links($());
    expect(after.map((l) => l.text), 'link texts in <main>').toEqual(before.map((l) => l.text));
    const problems: string[] = [];
    after.forEach((link, i) => {
      const was = target(before[i].href, page);
      const now = target(link.href, copy);
      const expected = was !== undefined && full.includes(was) ? copyOf(was) : was;
      if (now !== expected) problems.push(`"${link.text}": ${link.href} (expected ${expected ?? before[i].href})`);
    });
    const leaks = $()('a[href]:not([data-full-version-link])')
      .map((_, a) => $()(a).attr('href') ?? '')
      .get()
      .filter((href) => {
        const path = target(href, copy);
        return path !== undefined && full.includes(path);
      });
    expect(problems, listed('links not mapped to their text-only page', problems)).toEqual([]);
    expect(leaks, listed('links that leave text only (other than "Back to the full version")', leaks)).toEqual([]);
  });

  it('is marked text only, kept out of search engines, and links back to the full page', () => {
    const doc = $();
    expect(doc('html').hasClass('app-text-only'), '<html class="app-text-only">').toBe(true);
    expect(doc('meta[name="robots"]').attr('content'), 'robots meta').toBe('noindex');
    expect(doc('link[rel="canonical"]').attr('href'), 'canonical URL is the full page').toBe($full()('link[rel="canonical"]').attr('href'));
    expect(doc('title').text(), 'title').toBe(`${$full()('title').text()} (text only)`);
    const back = doc('a[data-full-version-link]');
    expect(back.length, 'one "Back to the full version" link').toBe(1);
    expect(back.text()).toBe('Back to the full version');
    expect(target(back.attr('href') ?? '', copy), 'it goes to the full page').toBe(page);
    expect(doc('[data-text-only-link]').length, 'no link to itself').toBe(0);
  });
});

describe.each(full)('%s', (page) => {
  it('links to its text-only copy (without JavaScript, in Reading options)', () => {
    const link = loadPage(page)('a[data-text-only-link]');
    expect(link.length, 'one text-only link').toBe(1);
    expect(link.text()).toBe('Text-only version of this page');
    expect(target(link.attr('href') ?? '', page)).toBe(copyOf(page));
  });
});
