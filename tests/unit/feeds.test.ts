/**
 * The news feed renderers (src/lib/feeds): one item list, rendered as RSS 2.0, Atom 1.0 and JSON
 * Feed 1.1, parsed back with a real feed parser. Awkward text (& < > quotes, emoji, "]]>",
 * "</script>") must come back exactly as the editor wrote it in every format.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../src/lib/feeds/atom';
import { newsFeedPaths } from '../../src/lib/feeds/feed-paths';
import { jsonFeed } from '../../src/lib/feeds/json-feed';
import { lastChanged, newestChange, type NewsFeed } from '../../src/lib/feeds/news-feed';
import { renderRss, xmlText } from '../../src/lib/feeds/rss';

const HOSTILE = 'Tom & Jerry <b>bold</b> "quoted" \'single\' ]]> </script> 🎉 £3.7m';
const feed: NewsFeed = {
  title: 'HAT & friends: news',
  description: 'News <and> "views"',
  homePageUrl: 'https://example.gov.uk/hat/news/',
  feedUrls: { rss: 'https://example.gov.uk/hat/news/rss.xml', atom: 'https://example.gov.uk/hat/news/atom.xml', json: 'https://example.gov.uk/hat/news/feed.json' },
  author: { name: 'Office & Co', url: 'https://pcc.example/' },
  language: 'en-GB',
  updated: new Date('2023-11-02T00:00:00Z'),
  items: [
    {
      id: '2023-08-31-b',
      url: 'https://example.gov.uk/hat/news/2023-08-31-b/',
      title: HOSTILE,
      summary: `Summary: ${HOSTILE}`,
      published: new Date('2023-08-31T00:00:00Z'),
      updated: new Date('2023-11-02T00:00:00Z'),
      area: { id: 'middlesbrough', name: 'Middlesbrough' },
      image: { url: 'https://example.gov.uk/hat/_astro/a.jpg', alt: 'A picture' },
    },
    { id: '2022-12-06-a', url: 'https://example.gov.uk/hat/news/2022-12-06-a/', title: 'Plain', summary: 'Plain summary.', published: new Date('2022-12-06T00:00:00Z') },
  ],
};

describe('RSS 2.0', async () => {
  const xml = await renderRss(feed);
  const parsed = parseFeed(xml);

  it('parses back as RSS with the feed title, link and language', () => {
    expect(parsed.meta.type).toBe('rss');
    expect(parsed.title).toBe(feed.title);
    expect(parsed.url).toBe(feed.homePageUrl);
    expect(parsed.language).toBe('en-gb');
  });

  it('keeps every item in order with its exact title, link, summary and date', () => {
    expect(parsed.items.map((i) => [i.title, i.url, i.description, i.published?.toISOString()])).toEqual(
      feed.items.map((i) => [i.title, i.url, i.summary, i.published.toISOString()]),
    );
  });

  it('links to itself (atom:link rel=self), escaped', () => {
    expect(xml).toContain(`<atom:link href="${feed.feedUrls.rss}" rel="self" type="application/rss+xml"/>`);
    expect(xml).not.toContain('<b>bold</b>');
  });
});

describe('Atom 1.0', () => {
  const parsed = parseFeed(renderAtom(feed));

  it('parses back as Atom with the feed title, id and author', () => {
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.title).toBe(feed.title);
    expect(parsed.authors.map((a) => a.name)).toEqual([feed.author.name]);
  });

  it('keeps every item with its exact title, link, summary, published and updated dates', () => {
    expect(parsed.items.map((i) => [i.id, i.title, i.url, i.description, i.published?.toISOString(), i.updated?.toISOString()])).toEqual(
      feed.items.map((i) => [i.url, i.title, i.url, i.summary, i.published.toISOString(), lastChanged(i).toISOString()]),
    );
  });

  it('tags an item with its area', () => {
    expect(parsed.items[0]!.categories.map((c) => c.term)).toEqual(['middlesbrough']);
    expect(parsed.items[1]!.categories).toEqual([]);
  });
});

describe('JSON Feed 1.1', () => {
  const text = JSON.stringify(jsonFeed(feed));
  const parsed = JSON.parse(text);

  it('declares version 1.1 with the required title and items, and its own address', () => {
    expect(parsed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(parsed.title).toBe(feed.title);
    expect(parsed.feed_url).toBe(feed.feedUrls.json);
    expect(parsed.home_page_url).toBe(feed.homePageUrl);
    expect(parsed.language).toBe('en-GB');
    expect(parsed.authors).toEqual([{ name: feed.author.name, url: feed.author.url }]);
  });

  it('gives every item an id and content, with RFC 3339 dates', () => {
    expect(parsed.items).toHaveLength(2);
    expect(parsed.items[0]).toMatchObject({ id: feed.items[0]!.url, title: HOSTILE, content_text: `Summary: ${HOSTILE}`, date_published: '2023-08-31T00:00:00.000Z', date_modified: '2023-11-02T00:00:00.000Z', tags: ['Middlesbrough'], image: feed.items[0]!.image!.url });
    expect(parsed.items[1]).not.toHaveProperty('date_modified');
    expect(parsed.items[1]).not.toHaveProperty('tags');
  });

  it('uses none of JSON Feed 1.0\'s removed fields (author, a single object)', () => {
    expect(text).not.toMatch(/"author":/);
  });
});

describe('feed helpers', () => {
  it('names the feed files for all news and for one area', () => {
    expect(newsFeedPaths()).toEqual({ rss: '/news/rss.xml', atom: '/news/atom.xml', json: '/news/feed.json' });
    expect(newsFeedPaths('hartlepool').json).toBe('/news/areas/hartlepool/feed.json');
  });

  it('dates a feed by its newest change, or the fallback when it has no items', () => {
    const fallback = new Date('2026-11-23T00:00:00Z');
    expect(newestChange(feed.items, fallback)).toEqual(new Date('2023-11-02T00:00:00Z'));
    expect(newestChange([], fallback)).toBe(fallback);
  });

  it('escapes every XML special character', () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('renders a feed with no items (an area with no news yet) in every format', async () => {
    const empty = { ...feed, items: [] };
    expect(parseFeed(await renderRss(empty)).items).toEqual([]);
    expect(parseFeed(renderAtom(empty)).items).toEqual([]);
    expect(jsonFeed(empty).items).toEqual([]);
  });
});
