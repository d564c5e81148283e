/**
 * The built site in dist/: every HTML page with its URL path, and small helpers to read them.
 * Used by the built-site tests (tests/site) and the browser tests (tests/browser).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { normaliseBase } from '../../src/lib/base-path';

/** Absolute path of the built site: dist/, or HAT_DIST_DIR to test a build made elsewhere. */
export const distDir = process.env.HAT_DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * The sub-path the site was built for (astro.config.mjs reads BASE_PATH), always with slashes
 * at both ends: "/" or "/hat/".
 */
export const basePath = normaliseBase(process.env.BASE_PATH ?? '/');

export interface BuiltPage {
  /** Path of the page on the site, without the base path: "/", "/news/", "/404.html". */
  path: string;
  /** Absolute path of the HTML file. */
  file: string;
}

// why: /admin/ is the Decap CMS app (added by another issue): a JavaScript application,
// not a content page, so the layout contract, the zero-JavaScript rule and axe over our
// own markup do not apply to it. Add a prefix here, with a reason, to exempt another app.
const APP_PREFIXES = ['/admin/'];

/** True for pages that are applications, not content pages built from our layout. */
export const isAppPage = (path: string): boolean => APP_PREFIXES.some((p) => path.startsWith(p));

/** True for the "page not found" page. */
export const isNotFoundPage = (path: string): boolean => path === '/404.html' || path === '/404/';

/** "news/index.html" -> "/news/"; "404.html" -> "/404.html". */
export function pathForFile(relativeFile: string): string {
  const rel = relativeFile.split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      // why: dist/_astro holds hashed assets, never pages.
      if (relative(distDir, full) !== '_astro') walk(full, out);
    } else if (entry.name.endsWith('.html')) {
      out.push(full);
    }
  }
  return out;
}

let cache: BuiltPage[] | undefined;

/** Every built HTML page in dist/, sorted by path. Throws a clear error when dist/ is missing. */
export function builtPages(): BuiltPage[] {
  if (cache) return cache;
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run \`npm run build\` (npm test builds it before these tests).`);
  }
  cache = walk(distDir, [])
    .map((file) => ({ file, path: pathForFile(relative(distDir, file)) }))
    .sort((a, b) => a.path.localeCompare(b.path));
  return cache;
}

/**
 * True for the text-only copies the build writes under /text-only/ (src/integrations/text-only-pages.ts).
 * why: they are generated from the content pages, with the full page as their canonical URL, so
 * they are checked by their own tests (tests/site/text-only-pages.test.ts, tests/browser/reading-*).
 */
export const isTextOnlyCopy = (path: string): boolean => path.startsWith('/text-only/');

/**
 * True for the widgets other sites embed (/embed/…, src/layouts/EmbedLayout.astro).
 * why: they are shown inside other sites' pages, so the site chrome rules (skip link, header and
 * navigation, breadcrumbs, review dates, footer, share links, reading options and its head script)
 * do not apply; tests/site/embeds.test.ts checks their own contract, and the link checker and axe
 * (tests/browser/accessibility.browser.test.ts, embedPages()) still cover them.
 */
export const isEmbedPage = (path: string): boolean => path.startsWith('/embed/');

/** Built content pages: every page except application pages such as /admin/, the text-only copies and the widgets. */
export const contentPages = (): BuiltPage[] => builtPages().filter((p) => !isAppPage(p.path) && !isTextOnlyCopy(p.path) && !isEmbedPage(p.path));

/** The widget pages under /embed/. */
export const embedPages = (): BuiltPage[] => builtPages().filter((p) => isEmbedPage(p.path));

/** The text-only copies of the content pages (/text-only/<path>). */
export const textOnlyPages = (): BuiltPage[] => builtPages().filter((p) => isTextOnlyCopy(p.path));

/** News article pages: /news/<slug>/, not /news/ nor the numbered index pages /news/2/. */
export const isNewsArticle = (path: string): boolean => /^\/news\/(?!\d+\/$)[^/]+\/$/.test(path);

/**
 * The file in dist/ that a site path (without base) is served from, or undefined.
 * "/news/" -> dist/news/index.html; "/news" -> dist/news/index.html as a host would redirect.
 */
export const fileForPath = (sitePath: string): string | undefined => fileInBuild(distDir, sitePath);

/** The file in the build at `dist` that a site path (without base) is served from, as a static host would; undefined when none. */
export function fileInBuild(dist: string, sitePath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return undefined;
  }
  const candidate = join(dist, decoded);
  if (relative(dist, candidate).startsWith('..')) return undefined;
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return candidate;
}

/**
 * Turns a URL path as written in a page ("/hat/news/") into a site path without the base
 * ("/news/"), or undefined when it lies outside the base path.
 */
export function stripBase(urlPath: string): string | undefined {
  if (basePath === '/') return urlPath;
  if (`${urlPath}/` === basePath) return '/';
  return urlPath.startsWith(basePath) ? urlPath.slice(basePath.length - 1) : undefined;
}

const parsed = new Map<string, CheerioAPI>();

/** The parsed page (cached). Fails with a clear message when the page was not built. */
export function loadPage(sitePath: string): CheerioAPI {
  const hit = parsed.get(sitePath);
  if (hit) return hit;
  const file = fileForPath(sitePath);
  if (!file) throw new Error(`The page ${sitePath} was not built: dist/ has no file for it.`);
  const $ = cheerio.load(readFileSync(file, 'utf8'));
  parsed.set(sitePath, $);
  return $;
}

/** A failure message listing each problem on its own line (vitest would print "[ Array(3) ]"). */
export const listed = (what: string, problems: string[]): string => `${what}:\n  ${problems.join('\n  ')}\n`;
