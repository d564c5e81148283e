/**
 * An article page's HTML and CSS fit in one network round trip: at most 14 KB gzip together
 * (product.md, "fast on a cheap phone"). Measured per file at gzip level 9 and summed.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { basePath, builtPages, fileForPath, isNewsArticle, loadPage, stripBase } from '../helpers/built-pages';

const BUDGET = 14 * 1024;
const articles = builtPages().filter((p) => isNewsArticle(p.path));
const sizes: { page: string; bytes: number }[] = [];

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Compressed bytes of the page plus every stylesheet it links. */
function weigh(page: string, file: string): { bytes: number; parts: string[] } {
  const $ = loadPage(page);
  // why: inline <style> is part of the HTML file, so gzipping the file counts it once.
  let bytes = gzipped(file);
  const parts = [`HTML ${bytes} B`];
  $('link[rel~="stylesheet"][href]').each((_, el) => {
    const href = el.attribs.href ?? '';
    const url = new URL(href, `https://site.invalid${basePath}${page.slice(1)}`);
    const path = url.origin === 'https://site.invalid' ? stripBase(url.pathname) : undefined;
    const css = path === undefined ? undefined : fileForPath(path);
    if (!css) throw new Error(`${page} links the stylesheet ${href}, which is not in dist/ (a third-party or missing file).`);
    const size = gzipped(css);
    bytes += size;
    parts.push(`${href} ${size} B`);
  });
  return { bytes, parts };
}

describe('news article pages', () => {
  it('have been built (/news/<slug>/)', () => {
    expect(articles.length, 'news article pages in dist/news/<slug>/').toBeGreaterThan(0);
  });

  it.each(articles.map((a) => [a.path, a.file]))('%s: HTML + CSS <= 14 KB gzip', (page, file) => {
    const { bytes, parts } = weigh(page, file);
    sizes.push({ page, bytes });
    expect(bytes, `${page}: ${parts.join(' + ')}`).toBeLessThanOrEqual(BUDGET);
  });

  afterAll(() => {
    const largest = sizes.sort((a, b) => b.bytes - a.bytes)[0];
    if (largest) {
      console.log(
        `Largest article: ${largest.page} at ${(largest.bytes / 1024).toFixed(1)} KB gzip of the 14 KB budget (${sizes.length} articles).`,
      );
    }
  });
});
