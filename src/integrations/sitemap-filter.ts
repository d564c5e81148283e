import { normaliseBase } from '../lib/base-path';
// why: the sitemap lists public content pages only. The CMS app, the widgets other sites embed, the
// text-only copies (their canonical is the full page), search results and the 404 page are not
// content a search engine should index (README, "Sitemap and robots.txt").

/** Site paths (without the base path) kept out of the sitemap: a path starting with one is left out. */
export const SITEMAP_EXCLUDED = ['/admin/', '/embed/', '/text-only/', '/search/', '/404/', '/404.html'] as const;

/**
 * True when a built page belongs in the sitemap. `page` is its full address, `base` the BASE_PATH.
 * @example inSitemap('https://example.gov.uk/hat/news/', '/hat/') // true
 * @example inSitemap('https://example.gov.uk/hat/admin/', '/hat/') // false
 */
export function inSitemap(page: string, base: string): boolean {
  const prefix = normaliseBase(base);
  const pathname = new URL(page).pathname;
  const path = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
  return !SITEMAP_EXCLUDED.some((excluded) => path === excluded.replace(/\/$/, '') || path.startsWith(excluded));
}
