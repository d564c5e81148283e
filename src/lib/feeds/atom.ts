import { Feed } from 'feed';
import type { NewsFeed } from './news-feed';
import { lastChanged } from './news-feed';

/**
 * The feed as Atom 1.0 (RFC 4287), written by the `feed` package.
 * @example renderAtom(feed) // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">...'
 */
export function renderAtom(feed: NewsFeed): string {
  const atom = new Feed({
    // why: Atom needs a permanent id for the feed; its own address is the usual choice.
    id: feed.feedUrls.atom,
    title: feed.title,
    description: feed.description,
    link: feed.homePageUrl,
    language: feed.language,
    updated: feed.updated,
    generator: false,
    feedLinks: { atom: feed.feedUrls.atom },
    author: { name: feed.author.name, link: feed.author.url },
  });
  for (const item of feed.items) {
    atom.addItem({
      id: item.url,
      title: item.title,
      link: item.url,
      description: item.summary,
      published: item.published,
      // why: Atom's <updated> is required: the last change, or the publication when there was none.
      date: lastChanged(item),
      ...(item.area ? { category: [{ name: item.area.name, term: item.area.id }] } : {}),
    });
  }
  return atom.atom1();
}
