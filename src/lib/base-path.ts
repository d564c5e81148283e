/**
 * Pure helpers for the deployment base path (BASE_PATH, e.g. "/hat/"), shared by url() in
 * src/lib/url.ts (pages and components) and the body-link plugin (Markdown and MDX bodies).
 */

/** Links that are not site paths: other sites, mail, phone, in-page fragments, data. */
const NOT_A_SITE_PATH = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#|\?)/i;

/**
 * The base with exactly one slash at each end.
 * @example normaliseBase('hat') // "/hat/"
 * @example normaliseBase('/') // "/"
 */
export const normaliseBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/**
 * A site path with the base in front; other links (https:, mailto:, #top, //host) unchanged.
 * Relative paths ("../x") are left alone: they already resolve against the page.
 * @example withBase('/hat/', '/news/') // "/hat/news/"
 * @example withBase('/', '/news/') // "/news/"
 * @example withBase('/hat/', 'mailto:team@example.org') // "mailto:team@example.org"
 */
export function withBase(base: string, path: string): string {
  if (NOT_A_SITE_PATH.test(path) || !path.startsWith('/')) return path;
  const root = normaliseBase(base);
  // why: a path that already carries the base (e.g. an asset URL Astro made) is not prefixed twice.
  if (root !== '/' && (path === root.slice(0, -1) || path.startsWith(root))) return path;
  return root + path.slice(1);
}
