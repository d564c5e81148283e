/**
 * The public address the built site was made for (SITE_URL and BASE_PATH, as astro.config.mjs
 * reads them), for tests of files that carry full addresses: feeds, the API, sitemaps, JSON-LD.
 */
import { readFileSync } from 'node:fs';
import { basePath, fileForPath, stripBase } from './built-pages';

/** The site's root address, e.g. https://hat.example.org/ or https://example.gov.uk/hat/. */
export const siteRoot = new URL(basePath, process.env.SITE_URL ?? 'https://hat.example.org');

/** The full address of a site path (without base): "/news/" -> "https://hat.example.org/news/". */
export const absolute = (path: string): string => new URL(path.replace(/^\//, ''), siteRoot).href;

/** The site path (without base) of a full address on this site, or undefined for any other address. */
export function sitePathOf(address: string): string | undefined {
  const parsed = new URL(address);
  return parsed.origin === siteRoot.origin ? stripBase(parsed.pathname) : undefined;
}

/** The text of a built file by its site path, failing clearly when the build did not make it. */
export function builtText(path: string): string {
  const file = fileForPath(path);
  if (!file) throw new Error(`${path} was not built: the build has no file for it.`);
  return readFileSync(file, 'utf8');
}
