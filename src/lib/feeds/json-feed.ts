// why: the `feed` package writes JSON Feed 1.0 only (version ".../version/1"); 1.1 adds
// `authors` and `language`, so the feed is built here from a typed object instead.
// Spec: https://www.jsonfeed.org/version/1.1/
import type { NewsFeed } from './news-feed';

/** JSON Feed 1.1 author. */
export interface JsonFeedAuthor {
  name?: string;
  url?: string;
  avatar?: string;
}

/** JSON Feed 1.1 item: `id` and one of `content_html` / `content_text` are required. */
export interface JsonFeedItem {
  id: string;
  url?: string;
  title?: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
  language?: string;
}

/** JSON Feed 1.1 top level: `version`, `title` and `items` are required. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  authors?: JsonFeedAuthor[];
  language?: string;
  items: JsonFeedItem[];
}

/**
 * The feed as a JSON Feed 1.1 object (serialise it with JSON.stringify).
 * @example jsonFeed(feed).version // "https://jsonfeed.org/version/1.1"
 */
export function jsonFeed(feed: NewsFeed): JsonFeed {
  const authors = [{ name: feed.author.name, url: feed.author.url }];
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homePageUrl,
    feed_url: feed.feedUrls.json,
    description: feed.description,
    authors,
    language: feed.language,
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      // why: feeds carry the summary, not the whole article (README, Decisions): content_text is
      // required, and plain text needs no escaping rules of its own.
      content_text: item.summary,
      summary: item.summary,
      ...(item.image ? { image: item.image.url } : {}),
      date_published: item.published.toISOString(),
      ...(item.updated ? { date_modified: item.updated.toISOString() } : {}),
      authors,
      ...(item.area ? { tags: [item.area.name] } : {}),
      language: feed.language,
    })),
  };
}
