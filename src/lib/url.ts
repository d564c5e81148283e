import { withBase } from './base-path';

// why: the site may be deployed under a sub-path (BASE_PATH); every internal link goes through here.
const base = import.meta.env.BASE_URL;

/**
 * A site path with the deployment base in front.
 * @example url('/news/') // "/news/" at the root, "/hat/news/" under BASE_PATH=/hat/
 */
export const url = (path: string): string => withBase(base, path);

/**
 * A full address for feeds, the API, sitemaps and structured data: the public origin (SITE_URL),
 * the base path and the site path. Addresses that are already absolute are kept.
 * @example absoluteUrl('/news/') // "https://hat.example.org/news/", or ".../hat/news/" under BASE_PATH=/hat/
 */
export function absoluteUrl(path: string, site: string | URL | undefined = import.meta.env.SITE): string {
  if (!site) throw new Error('The site address is not set: set SITE_URL when building (see the README, "Deploy").');
  return new URL(url(path), site).href;
}
