/**
 * The sitemap (@astrojs/sitemap) and robots.txt in the built site: every public page is listed
 * with its full address; the CMS, embeds, text-only copies, search, 404 and noindex pages are not.
 */
import { describe, expect, it } from 'vitest';
import { basePath, builtPages, listed, loadPage } from '../helpers/built-pages';
import { absolute, builtText, sitePathOf } from '../helpers/site-root';
import { SITEMAP_EXCLUDED } from '../../src/integrations/sitemap-filter';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
const index = builtText('/sitemap-index.xml');
const listedUrls = locs(index).flatMap((sitemap) => locs(builtText(sitePathOf(sitemap) ?? `/not-on-this-site: ${sitemap}`)));

const excluded = (path: string) => SITEMAP_EXCLUDED.some((e) => path === e.replace(/\/$/, '') || path.startsWith(e));
const noindex = (path: string) => /noindex/i.test(loadPage(path)('meta[name="robots"]').attr('content') ?? '');
const publicPages = builtPages()
  .map((p) => p.path)
  .filter((path) => !excluded(path) && !noindex(path));

describe('the sitemap', () => {
  it('has an index at the site root pointing at sitemap files on this site', () => {
    expect(locs(index).length).toBeGreaterThan(0);
    expect(locs(index).every((u) => u.startsWith(absolute('/')))).toBe(true);
  });

  it('lists every public page once, with its full address', () => {
    expect([...listedUrls].sort()).toEqual(publicPages.map(absolute).sort());
  });

  it('lists no CMS, embed, text-only, search, 404 or noindex page', () => {
    const wrong = listedUrls.filter((u) => {
      const path = sitePathOf(u);
      return path === undefined || excluded(path) || noindex(path);
    });
    expect(wrong, listed('Pages that should not be in the sitemap', wrong)).toEqual([]);
    expect(builtPages().some((p) => p.path.startsWith('/admin/')), 'the CMS page exists to be left out').toBe(true);
  });
});

describe('robots.txt', () => {
  const text = builtText('/robots.txt');

  it('keeps crawlers out of the CMS', () => {
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toContain(`\nDisallow: ${basePath}admin/\n`);
  });

  it('names the sitemap index by its full address', () => {
    expect(text).toContain(`\nSitemap: ${absolute('/sitemap-index.xml')}\n`);
  });
});
