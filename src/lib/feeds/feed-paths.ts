// why: the feed files' addresses in one place: the endpoints under src/pages/news/ are named to
// match, the page head and the Subscribe list link to them, and tests/site/feeds.test.ts checks both.

/** Site paths (without the base path) of the news feed in each format, for all news or one area. */
export interface FeedPaths {
  rss: string;
  atom: string;
  json: string;
}

/**
 * Where a news feed lives: /news/rss.xml, /news/atom.xml, /news/feed.json, or the same names
 * under /news/areas/<area>/ for one area.
 * @example newsFeedPaths('hartlepool').rss // "/news/areas/hartlepool/rss.xml"
 */
export function newsFeedPaths(area?: string): FeedPaths {
  const folder = area ? `/news/areas/${area}/` : '/news/';
  return { rss: `${folder}rss.xml`, atom: `${folder}atom.xml`, json: `${folder}feed.json` };
}

/** The names readers see for each format, in the order they are offered. */
export const FEED_FORMATS = [
  { key: 'rss', label: 'RSS', type: 'application/rss+xml' },
  { key: 'atom', label: 'Atom', type: 'application/atom+xml' },
  { key: 'json', label: 'JSON Feed', type: 'application/feed+json' },
] as const satisfies readonly { key: keyof FeedPaths; label: string; type: string }[];
