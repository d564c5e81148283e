/**
 * Content pages ship no JavaScript (product.md: fast on a cheap phone, works without JS).
 * The /admin/ CMS app is exempt (see isAppPage in tests/helpers/built-pages.ts).
 */
import { describe, expect, it } from 'vitest';
import { contentPages, listed, loadPage } from '../helpers/built-pages';

describe.each(contentPages().map((p) => p.path))('%s', (page) => {
  it('has no script, no event-handler attribute and no javascript: URL', () => {
    const $ = loadPage(page);
    const found: string[] = [];
    $('script').each((_, el) => {
      // why: JSON-LD is data for search engines; browsers do not run it.
      if ($(el).attr('type') !== 'application/ld+json') found.push($.html(el).slice(0, 120));
    });
    $('link[rel~="modulepreload"], link[rel~="preload"][as="script"]').each((_, el) => {
      found.push($.html(el));
    });
    $('*').each((_, el) => {
      if (!('attribs' in el)) return;
      for (const [name, value] of Object.entries(el.attribs)) {
        if (/^on/i.test(name)) found.push(`<${el.tagName} ${name}="${value.slice(0, 60)}">`);
        if (/^\s*javascript:/i.test(value)) found.push(`<${el.tagName} ${name}="${value.slice(0, 60)}">`);
      }
    });
    expect(found, listed('JavaScript on a content page', found)).toEqual([]);
  });
});
