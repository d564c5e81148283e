/**
 * The news feeds in the built site: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for all news and for each
 * area, parsed back with a feed parser and compared with the published articles in content/news;
 * every page's head advertises them and /news/ lists them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentPages, fileForPath, isNotFoundPage, listed, loadPage, stripBase } from '../helpers/built-pages';
import { publishedNews, type ContentNews } from '../helpers/content-news';
import { absolute, builtText, sitePathOf } from '../helpers/site-root';
import { FEED_FORMATS, newsFeedPaths } from '../../src/lib/feeds/feed-paths';
import { readSettingsLists } from '../../src/lib/settings-lists';

const content = fileURLToPath(new URL('../../content/', import.meta.url));
const news = publishedNews(content);
const { areas } = readSettingsLists(join(content, 'settings/site.yaml'));
const feeds = [{ name: 'all news', area: undefined, expected: news }, ...areas.map((area) => ({ name: `news about ${area}`, area, expected: news.filter((n) => n.data.area === area) }))];

const articleUrl = (n: ContentNews) => absolute(`/news/${n.id}/`);

it('has starter news in more than one area and some about no area, so the per-area feeds are tested', () => {
  expect(news.length).toBeGreaterThan(5);
  expect(new Set(news.map((n) => n.data.area)).size).toBeGreaterThan(1);
});

describe.each(feeds)('the feeds of $name', ({ area, expected }) => {
  const paths = newsFeedPaths(area);

  it('RSS 2.0 parses back with every published article: title, link, date, summary', () => {
    const parsed = parseFeed(builtText(paths.rss));
    expect(parsed.meta.type).toBe('rss');
    expect(parsed.url).toBe(absolute('/news/'));
    expect(parsed.items.map((i) => [i.title, i.url, i.published?.toISOString(), i.description])).toEqual(
      expected.map((n) => [n.data.title, articleUrl(n), n.data.published.toISOString(), n.data.summary]),
    );
  });

  it('Atom 1.0 parses back with every published article and its last change', () => {
    const parsed = parseFeed(builtText(paths.atom));
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.items.map((i) => [i.id, i.title, i.url, i.published?.toISOString(), i.updated?.toISOString()])).toEqual(
      expected.map((n) => [articleUrl(n), n.data.title, articleUrl(n), n.data.published.toISOString(), (n.data.updated ?? n.data.published).toISOString()]),
    );
  });

  it('JSON Feed 1.1 has the required fields (version, title, items; id and content per item) and the same articles', () => {
    const feed = JSON.parse(builtText(paths.json));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.feed_url).toBe(absolute(paths.json));
    expect(feed.home_page_url).toBe(absolute('/news/'));
    expect(feed.language).toBe('en-GB');
    const problems = (feed.items as Record<string, unknown>[]).flatMap((item, i) => {
      const where = `items[${i}]`;
      const out: string[] = [];
      if (typeof item.id !== 'string' || item.id === '') out.push(`${where}: id must be a non-empty string`);
      if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string') out.push(`${where}: needs content_html or content_text`);
      for (const key of ['date_published', 'date_modified'] as const) {
        if (item[key] !== undefined && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(String(item[key]))) out.push(`${where}: ${key} is not RFC 3339`);
      }
      if ('author' in item) out.push(`${where}: "author" is JSON Feed 1.0; 1.1 uses "authors"`);
      return out;
    });
    expect(problems, listed('JSON Feed problems', problems)).toEqual([]);
    expect(feed.items.map((i: Record<string, string>) => [i.url, i.title, i.date_published])).toEqual(
      expected.map((n) => [articleUrl(n), n.data.title, n.data.published.toISOString()]),
    );
  });
});

describe('feed discovery', () => {
  const all = newsFeedPaths();

  it('every content page advertises the three news feeds in its head, at files the build made', () => {
    const problems: string[] = [];
    for (const { path } of contentPages().filter((p) => !isNotFoundPage(p.path))) {
      const $ = loadPage(path);
      for (const format of FEED_FORMATS) {
        const link = $(`head link[rel="alternate"][type="${format.type}"]`);
        const href = link.attr('href') ?? '';
        const sitePath = stripBase(new URL(href, 'https://site.invalid').pathname);
        if (link.length !== 1) problems.push(`${path}: ${link.length} <link rel="alternate" type="${format.type}">`);
        else if (sitePath !== all[format.key] || !fileForPath(sitePath)) problems.push(`${path}: ${format.type} points at ${href}`);
      }
    }
    expect(problems, listed('Pages without feed discovery links', problems)).toEqual([]);
  });

  it('/news/ has a Subscribe list linking every feed, for all news and each area', () => {
    const $ = loadPage('/news/');
    const linked = $('main section[aria-labelledby="subscribe-heading"] a[href]')
      .toArray()
      .map((a) => stripBase(new URL(a.attribs.href!, 'https://site.invalid').pathname));
    const wanted = [undefined, ...areas].flatMap((area) => Object.values(newsFeedPaths(area)));
    expect(linked.sort()).toEqual(wanted.sort());
    expect(wanted.every((path) => fileForPath(path))).toBe(true);
  });

  it('names each Subscribe link by its format and what it holds, with the area written as in the settings', () => {
    const $ = loadPage('/news/');
    const names = $('main section[aria-labelledby="subscribe-heading"] a[href]')
      .toArray()
      .map((a) => $(a).text().replace(/\s+/g, ' ').trim());
    expect(new Set(names).size, 'every link has its own name').toBe(names.length);
    const settings = parse(readFileSync(join(content, 'settings/site.yaml'), 'utf8')) as { areas: { name: string }[] };
    for (const { name } of settings.areas) expect(names).toContain(`RSS (news about ${name})`);
  });

  it('feed items link to article pages the build made', () => {
    const feed = JSON.parse(builtText(all.json));
    const missing = feed.items.map((i: { url: string }) => i.url).filter((u: string) => !fileForPath(sitePathOf(u) ?? '/nowhere/'));
    expect(missing).toEqual([]);
  });
});
