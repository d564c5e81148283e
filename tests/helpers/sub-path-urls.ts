/**
 * Checks that a build made for a sub-path (BASE_PATH) only ever points inside that sub-path:
 * every internal link, asset, form, feed link, oEmbed URL, sitemap entry and header rule in every
 * text file of the build, whatever wrote it (pages, feeds, API, oEmbed JSON, CSS, _headers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { fileInBuild } from './built-pages';

/** Files that can hold URLs; images, PDFs, fonts and the Pagefind index chunks are bytes. */
const TEXT_FILES = new Set(['.html', '.xml', '.json', '.csv', '.txt', '.ics', '.css', '.webmanifest']);
/** Files without an extension that hosts read (Netlify / Cloudflare Pages). */
const TEXT_NAMES = new Set(['_headers', '_redirects']);

/** HTML attributes whose value is a URL (srcset holds several). */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data', 'formaction'];

/** One URL found in the build, and where. */
export interface FoundUrl {
  /** File it was found in, relative to the build folder. */
  file: string;
  /** The URL as written (JSON escapes undone). */
  url: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (TEXT_FILES.has(extname(entry.name).toLowerCase()) || TEXT_NAMES.has(entry.name)) out.push(full);
  }
  return out;
}

/** Root-relative URLs ("/x") in an HTML page's URL attributes, srcset candidates and inline style url(). */
function rootRelativeInHtml(html: string): string[] {
  const $ = cheerio.load(html);
  const out: string[] = [];
  $('*').each((_, el) => {
    if (el.type !== 'tag') return;
    for (const name of URL_ATTRIBUTES) {
      const value = el.attribs[name]?.trim();
      if (value?.startsWith('/') && !value.startsWith('//')) out.push(value);
    }
    for (const candidate of (el.attribs.srcset ?? '').split(',')) {
      const value = candidate.trim().split(/\s+/)[0];
      if (value?.startsWith('/') && !value.startsWith('//')) out.push(value);
    }
  });
  return out;
}

/** Absolute URLs on the site's own origin anywhere in a text (JSON "\/" escapes undone). */
function ownAbsoluteUrls(text: string, origin: string): string[] {
  const unescaped = text.replace(/\\\//g, '/');
  const pattern = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/[^\\s"'<>)\\\\,&]*)?`, 'g');
  return [...unescaped.matchAll(pattern)].map((m) => m[0]);
}

/** Paths in CSS url(...) that start at the root. */
const rootRelativeInCss = (css: string): string[] =>
  [...css.matchAll(/url\(\s*["']?(\/[^"')\s]*)/g)].map((m) => m[1]).filter((u) => !u.startsWith('//'));

/** Path patterns of `_headers` rules (lines that start in column 0 with "/"). */
const headerRulePaths = (text: string): string[] =>
  text.split('\n').filter((line) => line.startsWith('/')).map((line) => line.trim());

/** Disallow/Allow paths and Sitemap URLs of robots.txt. */
const robotsPaths = (text: string): string[] =>
  text.split('\n').flatMap((line) => {
    const m = /^(?:Disallow|Allow):\s*(\S+)/i.exec(line.trim());
    return m ? [m[1]] : [];
  });

/**
 * Every problem with URLs in a build made for `base` on `origin`: a path outside the base, or a
 * link to a page or file the build does not have. Returns readable lines, empty when all is well.
 * @example subPathProblems('/tmp/dist', 'https://example.gov.uk', '/hat/') // []
 */
export function subPathProblems(dist: string, origin: string, base: string): string[] {
  const problems: string[] = [];
  const checkPath = (file: string, url: string, path: string, mustExist: boolean) => {
    if (!path.startsWith(base)) {
      problems.push(`${file}: ${url} is outside ${base}`);
      return;
    }
    // why: wildcards (_headers "/hat/embed/*") and sitemap/robots patterns name sets, not files.
    if (!mustExist || path.includes('*')) return;
    if (!fileInBuild(dist, `/${path.slice(base.length)}`)) problems.push(`${file}: ${url} points to nothing in the build`);
  };
  for (const full of walk(dist)) {
    const file = relative(dist, full);
    const ext = extname(full).toLowerCase();
    // why: iCalendar folds lines at 75 octets (RFC 5545 3.1), cutting URLs in two; unfold first.
    const raw = readFileSync(full, 'utf8');
    const text = ext === '.ics' ? raw.replace(/\r?\n[ \t]/g, '') : raw;
    if (ext === '.html') {
      for (const url of rootRelativeInHtml(text)) {
        const parsed = new URL(url, origin);
        checkPath(file, url, parsed.pathname, true);
      }
    }
    if (ext === '.css') for (const url of rootRelativeInCss(text)) checkPath(file, url, new URL(url, origin).pathname, true);
    if (file === '_headers') for (const path of headerRulePaths(text)) checkPath(file, path, path, false);
    if (file === 'robots.txt') for (const path of robotsPaths(text)) checkPath(file, path, path, false);
    for (const url of ownAbsoluteUrls(text, origin)) {
      const parsed = new URL(url);
      checkPath(file, url, parsed.pathname, true);
    }
  }
  return [...new Set(problems)];
}

/** Every absolute URL on `origin` in the build, for tests that want to see some were checked. */
export function ownUrlsInBuild(dist: string, origin: string): FoundUrl[] {
  return walk(dist).flatMap((full) => ownAbsoluteUrls(readFileSync(full, 'utf8'), origin).map((url) => ({ file: relative(dist, full), url })));
}
