/**
 * Content pages ship no JavaScript beyond small progressive enhancements (product.md: fast on a
 * cheap phone, everything works without JavaScript). Allowed, and nothing else:
 *  (a) one inline script in <head> whose text is exactly the reading-options bootstrap
 *      (src/lib/reading-bootstrap.ts), allowed by its hash in the page's Content Security Policy;
 *  (b) module scripts Astro bundled from a component's <script> (files in _astro/ on this site,
 *      e.g. ReadingOptions.astro_astro_type_script_index_0_lang.<hash>.js), with what they import.
 * Everything JavaScript on a page, gzipped, fits in JS_BUDGET. The /admin/ CMS app is exempt
 * (isAppPage); the text-only copies are checked too.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CheerioAPI } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { READING_BOOTSTRAP, READING_BOOTSTRAP_HASH } from '../../src/lib/reading-bootstrap';
import { basePath, contentPages, distDir, fileForPath, listed, loadPage, stripBase, textOnlyPages } from '../helpers/built-pages';

/**
 * The most JavaScript (gzip, level 9) one content page may load: the head script plus every
 * module and its imports. Measured in November 2026: 2.5 KB on most pages (head script 0.2 KB,
 * reading options 1.4 KB, shared preferences 0.25 KB, share 0.6 KB); 4.3 KB on the pages that
 * also have "Set your postcode" (home, news, events). One constant, for every script.
 */
const JS_BUDGET = 6 * 1024;

// why: Astro names a bundled component script <Component>.astro_astro_type_script_index_<n>_lang.<hash>.js.
const COMPONENT_SCRIPT = /^_astro\/[A-Za-z0-9_-]+\.astro_astro_type_script_index_\d+_lang\.[A-Za-z0-9_-]+\.js$/;
// why: static imports (`import{a}from"./x.js"`, `import"./x.js"`) and dynamic ones (`import("./x.js")`).
const IMPORTS = /(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+)["'`]/g;

const pages = [...contentPages(), ...textOnlyPages()].map((p) => p.path);
const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const weights: { page: string; bytes: number }[] = [];

/** The dist/ file a script URL on a page points at, or undefined when it is not on this site. */
function siteFile(src: string, page: string): string | undefined {
  const url = new URL(src, `https://site.invalid${basePath}${page.slice(1)}`);
  const path = url.origin === 'https://site.invalid' ? stripBase(url.pathname) : undefined;
  return path === undefined ? undefined : fileForPath(path);
}

/** A module file and every file it imports, each once (paths relative to dist/). */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(IMPORTS)) {
    // why: a bare or remote import would be a request to another site, or a broken page.
    if (!spec.startsWith('./') && !spec.startsWith('../')) throw new Error(`${file} imports "${spec}", which is not a file of this site.`);
    moduleGraph(join(dirname(file), spec), seen);
  }
  return seen;
}

/** Problems with the page's scripts; fills `modules` with the module files it loads. */
function scriptProblems($: CheerioAPI, page: string, modules: Set<string>): string[] {
  const problems: string[] = [];
  let bootstraps = 0;
  $('script').each((_, el) => {
    const script = $(el);
    const type = script.attr('type');
    // why: JSON-LD and JSON are data; browsers do not run them.
    if (type === 'application/ld+json' || type === 'application/json') return;
    const src = script.attr('src');
    if (src === undefined) {
      if (script.html() !== READING_BOOTSTRAP) problems.push(`inline script that is not the reading-options bootstrap: ${$.html(el).slice(0, 120)}`);
      else if (!script.parent().is('head')) problems.push('the reading-options bootstrap is outside <head>');
      else bootstraps += 1;
      return;
    }
    const file = siteFile(src, page);
    const rel = file?.slice(distDir.replace(/\/?$/, '/').length);
    if (type !== 'module') problems.push(`script that is not a module: ${$.html(el)}`);
    else if (!file || !rel || !COMPONENT_SCRIPT.test(rel)) problems.push(`script that is not a component script bundled by Astro on this site: ${src}`);
    else for (const each of moduleGraph(file)) modules.add(each);
  });
  if (bootstraps !== 1) problems.push(`${bootstraps} copies of the reading-options bootstrap in <head> (expected exactly 1)`);
  $('link[rel~="modulepreload"], link[rel~="preload"][as="script"]').each((_, el) => {
    const file = siteFile(el.attribs.href ?? '', page);
    if (!file?.endsWith('.js')) problems.push(`preload of a script that is not on this site: ${$.html(el)}`);
    else for (const each of moduleGraph(file)) modules.add(each);
  });
  $('*').each((_, el) => {
    if (!('attribs' in el)) return;
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) problems.push(`event-handler attribute <${el.tagName} ${name}="${value.slice(0, 60)}">`);
      if (/^\s*javascript:/i.test(value)) problems.push(`javascript: URL <${el.tagName} ${name}="${value.slice(0, 60)}">`);
    }
  });
  return problems;
}

describe.each(pages)('%s', (page) => {
  const modules = new Set<string>();

  it('runs only the reading-options head script inline, and modules Astro bundled from components', () => {
    const problems = scriptProblems(loadPage(page), page, modules);
    expect(problems, listed('JavaScript that is not allowed on a content page', problems)).toEqual([]);
  });

  it('allows the head script by its hash in the Content Security Policy, never by unsafe-inline', () => {
    const csp = loadPage(page)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, 'script-src of the page CSP').toContain(`'${READING_BOOTSTRAP_HASH}'`);
    expect(scriptSrc, 'script-src of the page CSP').not.toContain("'unsafe-inline'");
  });

  it(`loads at most ${JS_BUDGET / 1024} KB of JavaScript (gzip), everything included`, () => {
    if (modules.size === 0) scriptProblems(loadPage(page), page, modules);
    const parts = [`head script ${gzipped(READING_BOOTSTRAP)} B`];
    let bytes = gzipped(READING_BOOTSTRAP);
    for (const file of modules) {
      const size = gzipped(readFileSync(file));
      bytes += size;
      parts.push(`${file.slice(distDir.length)} ${size} B`);
    }
    weights.push({ page, bytes });
    expect(bytes, `${page}: ${parts.join(' + ')} = ${bytes} B`).toBeLessThanOrEqual(JS_BUDGET);
  });
});

afterAll(() => {
  const heaviest = weights.sort((a, b) => b.bytes - a.bytes)[0];
  if (heaviest) {
    console.log(
      `Most JavaScript on one page: ${heaviest.page} at ${(heaviest.bytes / 1024).toFixed(1)} KB gzip of the ${JS_BUDGET / 1024} KB budget (${weights.length} pages).`,
    );
  }
});
