import type { GetStaticPaths } from 'astro';
import { getSettings } from '../content';
import { renderAtom } from './atom';
import type { FeedPaths } from './feed-paths';
import { getNewsFeed } from './get-news-feed';
import { jsonFeed } from './json-feed';
import type { NewsFeed } from './news-feed';
import { renderRss } from './rss';

const formats: Record<keyof FeedPaths, { type: string; render: (feed: NewsFeed) => string | Promise<string> }> = {
  rss: { type: 'application/rss+xml; charset=utf-8', render: renderRss },
  atom: { type: 'application/atom+xml; charset=utf-8', render: renderAtom },
  json: { type: 'application/feed+json; charset=utf-8', render: (feed) => JSON.stringify(jsonFeed(feed), null, 2) },
};

/** The answer of a news feed endpoint (src/pages/news/**): all news, or one area's, in one format. */
export async function feedResponse(format: keyof FeedPaths, area?: string): Promise<Response> {
  const { type, render } = formats[format];
  return new Response(await render(await getNewsFeed(area)), { headers: { 'Content-Type': type } });
}

/** One feed per area in the site settings, even an area with no news yet (a reader can subscribe early). */
export const areaFeedPaths = (async () => (await getSettings()).areas.map((area) => ({ params: { area: area.id } }))) satisfies GetStaticPaths;
