/**
 * The whole site built for a sub-path, as a council would deploy it at https://example.gov.uk/hat/:
 * every internal link, asset, feed link, oEmbed URL, sitemap entry and header rule stays inside
 * /hat/ and points to something the build has; then every built-site test runs over that build.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../helpers/astro-build';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { listed } from '../helpers/built-pages';
import { ownUrlsInBuild, subPathProblems } from '../helpers/sub-path-urls';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ORIGIN = 'https://example.gov.uk';
const BASE = '/hat/';

describe(`the site built for ${ORIGIN}${BASE}`, () => {
  let site: BuiltSite;

  beforeAll(() => {
    site = buildSite(join(root, 'content'), { SITE_URL: ORIGIN, BASE_PATH: BASE });
  });
  afterAll(() => site?.remove());

  /** Runs other test files (vitest arguments) over this build, in a child vitest that sees only it. */
  function testsOverBuild(args: string[]): { status: number | null; output: string } {
    const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args], {
      cwd: root,
      env: { ...childEnv(), HAT_DIST_DIR: site.dist, BASE_PATH: BASE, SITE_URL: ORIGIN, NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    return { status: run.status, output: (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
  }

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('points only inside the sub-path, and only to things the build has', () => {
    const problems = subPathProblems(site.dist, ORIGIN, BASE);
    expect(problems, listed('URLs outside /hat/ or to nothing', problems)).toEqual([]);
  });

  it('writes absolute addresses (canonical, share, calendar) with the origin and the sub-path', () => {
    const urls = ownUrlsInBuild(site.dist, ORIGIN).map((u) => u.url);
    expect(urls.length).toBeGreaterThan(100);
    expect(urls).toContain(`${ORIGIN}${BASE}faqs/`);
    const home = readFileSync(join(site.dist, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}">`);
  });

  it('advertises feeds and oEmbed under the sub-path, with full addresses inside them', () => {
    const news = readFileSync(join(site.dist, 'news', 'index.html'), 'utf8');
    const feedLinks = [...news.matchAll(/<link rel="alternate" type="application\/(?:rss\+xml|atom\+xml|feed\+json|json\+oembed)"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(feedLinks.length, 'feed and oEmbed <link>s on /news/').toBeGreaterThanOrEqual(4);
    for (const href of feedLinks) expect(new URL(href, `${ORIGIN}${BASE}news/`).href.startsWith(`${ORIGIN}${BASE}`), href).toBe(true);
    const oembed = JSON.parse(readFileSync(join(site.dist, 'oembed', 'news.json'), 'utf8')) as { html: string; provider_url: string };
    expect(oembed.provider_url).toBe(`${ORIGIN}${BASE}`);
    expect(oembed.html).toContain(`src="${ORIGIN}${BASE}embed/news/"`);
    const rss = readFileSync(join(site.dist, 'news', 'rss.xml'), 'utf8');
    expect(rss).toContain(`<link>${ORIGIN}${BASE}news/`);
  });

  it('gives search its index under the sub-path', () => {
    const entry = JSON.parse(readFileSync(join(site.dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).length).toBeGreaterThan(0);
    const search = readFileSync(join(site.dist, 'search', 'index.html'), 'utf8');
    expect(search).toContain(`${BASE}pagefind/`);
  });

  it('puts the sub-path on links editors write in a body, e.g. [the FAQs](/faqs/)', () => {
    const story = readFileSync(join(site.dist, 'stories', 'james', 'index.html'), 'utf8');
    expect(story).toMatch(/href="\/hat\/[a-z-]+\/"/);
    expect(story).not.toMatch(/href="\/(?!hat\/)[a-z-]+\/"/);
  });

  it('passes every built-site test (links, layout, text-only, events, feeds, ...) under the sub-path', () => {
    const { status, output } = testsOverBuild(['--project', 'site']);
    expect(status, output.slice(-4000)).toBe(0);
    expect(output).toMatch(/Tests\s+\d+ passed/);
  });

  it('searches and embeds in a real browser under the sub-path (search and widget browser tests)', () => {
    const { status, output } = testsOverBuild(['--project', 'browser', 'tests/browser/search.browser.test.ts', 'tests/browser/embeds.browser.test.ts']);
    expect(status, output.slice(-4000)).toBe(0);
    expect(output).toMatch(/Test Files\s+2 passed/);
  });
});
