/**
 * Feeds, API, JSON-LD, sitemap and robots.txt from a real build under a sub-path
 * (BASE_PATH=/hat/, SITE_URL=https://example.gov.uk), over a copy of the content with an article
 * whose title and summary hold awkward text, a draft, an article scheduled for 2099 and a real
 * (not example) event: awkward text comes back exactly in every format, only published articles
 * appear, and every address carries the origin and the base path.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '@rowanmanning/feed-parser';
import { load } from 'cheerio';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SITE = 'https://example.gov.uk/hat/';
const TITLE = `Tom & Jerry <b>bold</b> "quoted" 'single' </script> 🎉`;
const SUMMARY = 'A summary with & and < and ]]> and "quotes", to prove every format keeps it.';
const AWKWARD = '2020-03-02-awkward-feed';
const DRAFT = '2020-03-03-draft-article';
const FUTURE = '2099-01-01-scheduled-article';
const EVENT = '2099-06-01-real-event';

const hero = { src: '../media/news/2020-early-findings.jpg', alt: 'Four figures from February 2020.' };
const news = (title: string, extra: Record<string, unknown>) =>
  `---\n${stringify({ title, summary: SUMMARY, published: '2020-03-02', area: 'hartlepool', hero, reviewed: '2026-11-01', reviewDue: '2027-11-01', ...extra })}---\n\nBody text.\n`;

let scratch: string;
let result: BuiltSite;
const file = (path: string) => readFileSync(join(result.dist, path), 'utf8');
const ldBlocks = (path: string) => {
  const $ = load(file(path));
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).html() ?? '') as Record<string, unknown>);
};

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'hat-open-data-'));
  const content = join(scratch, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  writeFileSync(join(content, 'news', `${AWKWARD}.mdx`), news(TITLE, {}));
  writeFileSync(join(content, 'news', `${DRAFT}.mdx`), news('A draft article', { draft: true }));
  writeFileSync(join(content, 'news', `${FUTURE}.mdx`), news('A scheduled article', { published: '2099-01-01', reviewed: '2099-01-01', reviewDue: '2100-01-01' }));
  const event = {
    title: TITLE,
    summary: SUMMARY,
    start: '2099-06-01T18:00',
    end: '2099-06-01T19:30',
    venue: 'Town Hall & Annexe',
    address: 'Albert Road, Middlesbrough',
    postcode: 'TS1 2QQ',
    area: 'middlesbrough',
    accessibility: 'Step-free access.',
    reviewed: '2026-11-01',
    reviewDue: '2027-11-01',
  };
  writeFileSync(join(content, 'events', `${EVENT}.mdx`), `---\n${stringify(event)}---\n\nA real event.\n`);
  result = buildSite(content, { BASE_PATH: '/hat/', SITE_URL: 'https://example.gov.uk' });
});

afterAll(() => {
  result?.remove();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a sub-path build with awkward, draft and scheduled articles', () => {
  it('builds', () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
  });

  it.each(['news/rss.xml', 'news/atom.xml', 'news/areas/hartlepool/rss.xml', 'news/areas/hartlepool/atom.xml'])('%s keeps the awkward title and summary exactly, and leaves out the draft and the scheduled article', (path) => {
    const feed = parseFeed(file(path));
    const item = feed.items.find((i) => i.url === `${SITE}news/${AWKWARD}/`);
    expect(item?.title).toBe(TITLE);
    expect(item?.description).toBe(SUMMARY);
    const urls = feed.items.map((i) => i.url);
    expect(urls.filter((u) => u?.includes(DRAFT) || u?.includes(FUTURE))).toEqual([]);
    expect(urls.every((u) => u?.startsWith(`${SITE}news/`))).toBe(true);
  });

  it.each(['news/feed.json', 'news/areas/hartlepool/feed.json'])('%s keeps the awkward text and the sub-path', (path) => {
    const feed = JSON.parse(file(path));
    expect(feed.feed_url).toBe(`${SITE}${path}`);
    const item = feed.items.find((i: { url: string }) => i.url === `${SITE}news/${AWKWARD}/`);
    expect(item).toMatchObject({ title: TITLE, content_text: SUMMARY });
    expect(JSON.stringify(feed)).not.toMatch(new RegExp(`${DRAFT}|${FUTURE}`));
  });

  it('the other areas\' feeds do not hold the Hartlepool article', () => {
    expect(parseFeed(file('news/areas/middlesbrough/rss.xml')).items.map((i) => i.url)).not.toContain(`${SITE}news/${AWKWARD}/`);
  });

  it('the API holds the awkward article with full addresses under the sub-path, and not the draft or scheduled one', () => {
    const api = JSON.parse(file('api/news.json'));
    expect(api.self).toBe(`${SITE}api/news.json`);
    expect(api.items.find((i: { id: string }) => i.id === AWKWARD)).toMatchObject({ title: TITLE, summary: SUMMARY, url: `${SITE}news/${AWKWARD}/`, area: { id: 'hartlepool' } });
    expect(api.items.map((i: { id: string }) => i.id)).not.toContain(DRAFT);
    expect(api.items.map((i: { id: string }) => i.id)).not.toContain(FUTURE);
  });

  it('the article page\'s NewsArticle has the exact headline, and the hostile title cannot close the script', () => {
    const $ = load(file(`news/${AWKWARD}/index.html`));
    const raw = $('script[type="application/ld+json"]').toArray().map((el) => $(el).html() ?? '');
    // why: a "</script>" written as-is would end the block early: the JSON would not parse (ldBlocks)
    // and the rest would be read as HTML. The escaped form has no "<" at all.
    expect(raw.filter((text) => text.includes('<'))).toEqual([]);
    const article = ldBlocks(`news/${AWKWARD}/index.html`).find((b) => b['@type'] === 'NewsArticle');
    expect(article).toMatchObject({ headline: TITLE, url: `${SITE}news/${AWKWARD}/` });
    expect((article?.image as string[])[0]).toMatch(/^https:\/\/example\.gov\.uk\/hat\/_astro\//);
  });

  it('a real event gets an Event block in UK summer time, at its venue', () => {
    const event = ldBlocks(`events/${EVENT}/index.html`).find((b) => b['@type'] === 'Event');
    expect(event).toMatchObject({ name: TITLE, startDate: '2099-06-01T18:00+01:00', endDate: '2099-06-01T19:30+01:00', location: { name: 'Town Hall & Annexe', address: { postalCode: 'TS1 2QQ' } } });
  });

  it('pages advertise the feeds under the sub-path', () => {
    const $ = load(file('index.html'));
    expect($('link[type="application/rss+xml"]').attr('href')).toBe('/hat/news/rss.xml');
  });

  it('robots.txt and the sitemap carry the origin and the sub-path', () => {
    expect(file('robots.txt')).toContain('Disallow: /hat/admin/');
    expect(file('robots.txt')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
    expect(file('sitemap-index.xml')).toContain(`<loc>${SITE}sitemap-0.xml</loc>`);
    const sitemap = file('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${SITE}news/${AWKWARD}/</loc>`);
    expect(sitemap).not.toMatch(/\/hat\/(admin|text-only)\//);
    expect(sitemap).not.toContain(DRAFT);
  });
});
