import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { subPathProblems } from '../helpers/sub-path-urls';

const ORIGIN = 'https://example.gov.uk';
let dist: string;

/** A tiny fake build: path -> text. */
function build(files: Record<string, string>): string {
  dist = mkdtempSync(join(tmpdir(), 'hat-subpath-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('subPathProblems (the checker the sub-path build test relies on)', () => {
  it('accepts a build whose links all stay inside the base and exist', () => {
    build({
      'index.html': `<a href="/hat/news/">News</a><img src="/hat/a.png" srcset="/hat/a.png 1x"><form action="/hat/search/"></form>
        <link rel="canonical" href="${ORIGIN}/hat/">`,
      'news/index.html': '<a href="/hat/">Home</a>',
      'search/index.html': '',
      'a.png': 'png',
      'feed.json': JSON.stringify({ home_page_url: `${ORIGIN}/hat/`, feed_url: `${ORIGIN}/hat/feed.json` }).replace(/\//g, '\\/'),
      '_headers': '/hat/embed/*\n  Content-Security-Policy: frame-ancestors *\n',
      'robots.txt': `Disallow: /hat/admin/\nSitemap: ${ORIGIN}/hat/feed.json\n`,
    });
    expect(subPathProblems(dist, ORIGIN, '/hat/').sort()).toEqual([]);
  });

  it('names a root link that forgot the base, an asset that does not exist and a JSON URL outside the base', () => {
    build({
      'index.html': '<a href="/faqs/">FAQs</a><img src="/hat/missing.png" alt="">',
      'api/news.json': JSON.stringify({ url: `${ORIGIN}/news/x/` }),
      'style.css': 'a{background:url(/bg.svg)}',
      '_headers': '/*\n  X-Frame-Options: DENY\n',
    });
    expect(subPathProblems(dist, ORIGIN, '/hat/').sort()).toEqual([
      'api/news.json: https://example.gov.uk/news/x/ is outside /hat/',
      'index.html: /faqs/ is outside /hat/',
      'index.html: /hat/missing.png points to nothing in the build',
      'style.css: /bg.svg is outside /hat/',
      '_headers: /* is outside /hat/',
    ].sort());
  });
});
