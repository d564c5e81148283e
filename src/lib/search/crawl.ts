import * as cheerio from 'cheerio';
import type { SearchDocument } from './records';

// why: these are not content pages (apps, copies, widgets, the index itself) or not pages at all.
/** Address prefixes (below the base) that search never reads: by the dev crawler and in dist/ alike. */
export const UNSEARCHED_PREFIXES = ['text-only/', 'admin/', 'embed/', 'pagefind/', '_astro/', 'api/', 'media/', '_image'];
const FILE = /\.[a-z0-9]+$/i;

/**
 * True for a same-site page address worth fetching when crawling: under the base, not a file
 * (".pdf", ".ics", ".xml"), not an app or copy (/admin/, /text-only/, /embed/).
 * @example isCrawlable('/hat/news/a/', '/hat/') // true
 * @example isCrawlable('/hat/text-only/news/a/', '/hat/') // false
 */
export function isCrawlable(pathname: string, base: string): boolean {
  if (!pathname.startsWith(base)) return false;
  const rest = pathname.slice(base.length);
  return !FILE.test(rest) && !UNSEARCHED_PREFIXES.some((dir) => rest.startsWith(dir));
}

/**
 * Fetches every page reachable by links from `start` (a running dev server's home page), a few at
 * a time, and returns the HTML of each with its address. Used to index the site in `astro dev`,
 * where there is no dist/ to read.
 */
export async function crawlSite(start: URL, base: string, { limit = 5000, parallel = 4 } = {}): Promise<SearchDocument[]> {
  const seen = new Set<string>([start.pathname]);
  const queue = [start.pathname];
  const pages: SearchDocument[] = [];
  const visit = async (path: string) => {
    const answer = await fetch(new URL(path, start));
    if (!answer.ok || !answer.headers.get('content-type')?.includes('text/html')) return;
    const html = await answer.text();
    pages.push({ url: path, html });
    const $ = cheerio.load(html);
    $('a[href]').each((_, el) => {
      const target = new URL($(el).attr('href') ?? '', new URL(path, start));
      if (target.origin !== start.origin || !isCrawlable(target.pathname, base) || seen.has(target.pathname)) return;
      if (seen.size >= limit) return;
      seen.add(target.pathname);
      queue.push(target.pathname);
    });
  };
  while (queue.length > 0) await Promise.all(queue.splice(0, parallel).map(visit));
  return pages;
}
