import { getRssString } from '@astrojs/rss';
import type { NewsFeed } from './news-feed';
import { escapeMarkup } from '../escape-markup';

/**
 * Escapes text for an XML attribute or element.
 * @example xmlText('a & "b"') // 'a &amp; &quot;b&quot;'
 */
export const xmlText = (text: string): string => escapeMarkup(text).replace(/'/g, '&apos;');

/**
 * The feed as RSS 2.0 (Astro's own RSS package), with an atom:link to itself as feed validators ask.
 * @example await renderRss(feed) // '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" ...'
 */
export function renderRss(feed: NewsFeed): Promise<string> {
  return getRssString({
    title: feed.title,
    description: feed.description,
    site: feed.homePageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // why: customData is parsed as XML, so every value put into it is escaped first.
    customData: [
      `<language>${feed.language.toLowerCase()}</language>`,
      `<lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${xmlText(feed.feedUrls.rss)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      ...(item.area ? { categories: [item.area.name] } : {}),
    })),
  });
}
