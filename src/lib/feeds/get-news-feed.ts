import type { CollectionEntry } from 'astro:content';
import { getNews, getSettings } from '../content';
import { shareImage } from '../share-image';
import { absoluteUrl } from '../url';
import { newsFeedPaths } from './feed-paths';
import { newestChange, type NewsFeed, type NewsFeedItem } from './news-feed';

// why: one moment for every feed of a build, used only when a feed has no items to date it by.
const buildTime = new Date();

/** One published article as a feed item. */
async function feedItem(article: CollectionEntry<'news'>, areaNames: Map<string, string>): Promise<NewsFeedItem> {
  const { title, summary, published, updated, area, hero } = article.data;
  return {
    id: article.id,
    url: absoluteUrl(`/news/${article.id}/`),
    title,
    summary,
    published,
    ...(updated ? { updated } : {}),
    ...(area ? { area: { id: area, name: areaNames.get(area) ?? area } } : {}),
    image: await shareImage(hero),
  };
}

// why: RSS, Atom and JSON Feed of one feed render the same items; a build makes each feed once
// (the dev server asks afresh, so an edit shows at once).
const built = new Map<string, Promise<NewsFeed>>();

/**
 * The news feed: every published article (no drafts, none scheduled for a later day), newest
 * first, or only those about one area (an area id from the site settings).
 */
export function getNewsFeed(area?: string): Promise<NewsFeed> {
  if (import.meta.env.DEV) return makeNewsFeed(area);
  const key = area ?? '';
  if (!built.has(key)) built.set(key, makeNewsFeed(area));
  return built.get(key)!;
}

async function makeNewsFeed(area?: string): Promise<NewsFeed> {
  const settings = await getSettings();
  const areaNames = new Map(settings.areas.map((a) => [a.id, a.name]));
  if (area && !areaNames.has(area)) throw new Error(`There is no area "${area}" in content/settings/site.yaml, so it has no news feed.`);
  const articles = (await getNews()).filter((article) => !area || article.data.area === area);
  const items = await Promise.all(articles.map((article) => feedItem(article, areaNames)));
  const paths = newsFeedPaths(area);
  return {
    title: area ? `${settings.siteName}: news for ${areaNames.get(area)}` : `${settings.siteName}: news`,
    description: area ? `News about the scheme in ${areaNames.get(area)}.` : settings.description,
    homePageUrl: absoluteUrl('/news/'),
    feedUrls: { rss: absoluteUrl(paths.rss), atom: absoluteUrl(paths.atom), json: absoluteUrl(paths.json) },
    author: { name: settings.organisation.name, url: settings.organisation.url },
    language: 'en-GB',
    updated: newestChange(items, buildTime),
    items,
  };
}
