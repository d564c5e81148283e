// why: one list of items, built once per feed, that every format (RSS, Atom, JSON Feed) renders,
// so the three can never disagree about which articles a feed holds or what they say.

/** One news article as every feed format shows it. */
export interface NewsFeedItem {
  /** The article's slug (its file name without .mdx, e.g. 2022-12-06-clinic-closes): stable, never reused. */
  id: string;
  /** Absolute address of the article page. */
  url: string;
  title: string;
  summary: string;
  /** The day the article was first published (midnight UTC of that date). */
  published: Date;
  /** The day of the last change that matters to readers, when there was one. */
  updated?: Date;
  /** The local area the article is about, when it is about one. */
  area?: { id: string; name: string };
  /** Absolute address of the article's main image (a 1200-pixel JPEG) and its alt text. */
  image?: { url: string; alt: string };
}

/** A news feed: its metadata and its items, newest first. */
export interface NewsFeed {
  title: string;
  description: string;
  /** Absolute address of the page the feed mirrors (/news/). */
  homePageUrl: string;
  /** Absolute addresses of this feed in each format. */
  feedUrls: { rss: string; atom: string; json: string };
  /** Who publishes the feed (the site's organisation). */
  author: { name: string; url: string };
  /** BCP 47 language tag of every item. */
  language: 'en-GB';
  /** The newest change to any item (published or updated); the build time when there are no items. */
  updated: Date;
  items: NewsFeedItem[];
}

/**
 * The date an item last changed: its updated date, or its published date.
 * @example lastChanged({ published: new Date('2022-12-06'), updated: undefined }) // 2022-12-06
 */
export const lastChanged = (item: Pick<NewsFeedItem, 'published' | 'updated'>): Date => item.updated ?? item.published;

/**
 * The newest change among the items, or `fallback` when there are none.
 * @example newestChange([{ published: new Date('2020-01-01') }], new Date()) // 2020-01-01
 */
export function newestChange(items: Pick<NewsFeedItem, 'published' | 'updated'>[], fallback: Date): Date {
  const times = items.map((item) => lastChanged(item).getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : fallback;
}
