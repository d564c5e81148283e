/**
 * The response headers the build wrote in `_headers`, read the way Cloudflare Pages applies them
 * (every matching rule; tests/helpers/headers-rules.ts), against what each built page needs:
 * - the header policy is one policy (no two rules send it, which hosts would join into two);
 * - every inline script and style of the page is allowed by the header policy, by a hash the test
 *   computes itself from the page (or by 'unsafe-inline' where the page relies on it);
 * - the header policy agrees with the page's own <meta> policy: the same directives plus
 *   frame-ancestors, every source the page allows, and nothing beyond what a page in the same
 *   folder allows (one rule serves a folder; a browser enforces the <meta> too, so each page still
 *   gets exactly its own).
 * Downloads are checked over HTTP through the test server, which applies `_headers` as a host does.
 * Parsed with content-security-policy-parser, which follows the CSP specification.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import parseContentSecurityPolicy from 'content-security-policy-parser';
import { describe, expect, it } from 'vitest';
import { MAX_RULES } from '../../src/lib/header-rules';
import { DOCUMENT_FILES_DIR } from '../../src/lib/security-headers';
import { basePath, builtPages, distDir, isEmbedPage, listed, loadPage } from '../helpers/built-pages';
import { headersFor, matchesPath, parseHeaders } from '../helpers/headers-rules';
import { serveDist } from '../helpers/serve-dist';

const rules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));
const headersAt = (sitePath: string) => headersFor(rules, `${basePath}${sitePath.slice(1)}`);
const pages = builtPages();

/** Scripts a browser runs: no src, and a JavaScript type (JSON-LD and JSON data blocks never run). */
const RUNS = (type: string | undefined) => !type || /^(?:module|text\/javascript|application\/javascript)$/i.test(type);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The source list that governs a kind of element: the directive itself, or default-src. */
const governing = (policy: Map<string, string[]>, directive: string) => policy.get(directive) ?? policy.get('default-src') ?? [];

/** True when a source list lets this inline code run. */
function allows(sources: string[], code: string): boolean {
  const hashed = sources.some((source) => /^'(?:sha256|sha384|sha512|nonce)-/.test(source));
  return sources.includes(sha256(code)) || (!hashed && sources.includes("'unsafe-inline'"));
}

/** The page's own <meta> policy, parsed. */
const metaPolicyOf = (path: string) => parseContentSecurityPolicy(loadPage(path)('meta[http-equiv="Content-Security-Policy" i]').attr('content') ?? '');
const topFolder = (path: string) => path.split('/')[1] ?? '';

describe('response headers of every built page', () => {
  it('every page has its own <meta> policy and one header policy', () => {
    const problems = pages.flatMap(({ path }) => {
      const metas = loadPage(path)('meta[http-equiv="Content-Security-Policy" i]').length;
      const header = headersAt(path)['Content-Security-Policy'] ?? '';
      // why: a comma separates policies in one header value; hosts join two rules' values with one.
      const policies = header.split(',').filter((p) => p.trim() !== '').length;
      return metas === 1 && policies === 1 ? [] : [`${path}: ${metas} <meta> policies, ${policies} header policies`];
    });
    expect(problems, listed('Pages without exactly one of each', problems)).toEqual([]);
  });

  it('the header policy allows every inline script and style of the page', () => {
    const problems = pages.flatMap(({ path }) => {
      const $ = loadPage(path);
      const header = parseContentSecurityPolicy(headersAt(path)['Content-Security-Policy'] ?? '');
      const scripts = $('script:not([src])').toArray().filter((el) => RUNS($(el).attr('type')));
      const styles = $('style').toArray();
      return [
        ...scripts.filter((el) => !allows(governing(header, 'script-src'), $(el).text())).map((el) => `${path}: script ${sha256($(el).text())} "${$(el).text().slice(0, 40)}…"`),
        ...styles.filter((el) => !allows(governing(header, 'style-src'), $(el).text())).map((el) => `${path}: style ${sha256($(el).text())}`),
      ];
    });
    expect(problems, listed('Inline code the header policy would block', problems)).toEqual([]);
  });

  it("the header policy agrees with the page's <meta> policy", () => {
    const folderSources = new Map<string, Set<string>>();
    for (const { path } of pages) {
      for (const [name, sources] of metaPolicyOf(path)) {
        const key = `${topFolder(path)} ${name}`;
        folderSources.set(key, new Set([...(folderSources.get(key) ?? []), ...sources]));
      }
    }
    const problems = pages.flatMap(({ path }) => {
      const meta = metaPolicyOf(path);
      const header = parseContentSecurityPolicy(headersAt(path)['Content-Security-Policy'] ?? '');
      const found: string[] = [];
      const expectedNames = [...meta.keys(), 'frame-ancestors'].sort().join(' ');
      if ([...header.keys()].sort().join(' ') !== expectedNames) found.push(`directives ${[...header.keys()].join(' ')} instead of ${expectedNames}`);
      for (const [name, sources] of meta) {
        const sent = header.get(name) ?? [];
        const missing = sources.filter((s) => !sent.includes(s));
        const beyondFolder = sent.filter((s) => !folderSources.get(`${topFolder(path)} ${name}`)?.has(s));
        if (missing.length > 0) found.push(`${name} lacks ${missing.join(' ')}`);
        if (beyondFolder.length > 0) found.push(`${name} adds ${beyondFolder.join(' ')}, which no page under /${topFolder(path)}/ allows`);
      }
      return found.map((problem) => `${path}: ${problem}`);
    });
    expect(problems, listed('Header and <meta> policies that disagree', problems)).toEqual([]);
  });

  // why: then Netlify and Cloudflare Pages send the same, whatever each does with two values of a header.
  it('sends no header from two rules, for any page or file of the build', () => {
    const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
    const problems = [...files, ...pages.map((p) => p.path)].flatMap((path) => {
      const names = rules.filter((rule) => matchesPath(rule.path, `${basePath}${path.slice(1)}`)).flatMap((rule) => rule.set.map(([name]) => name.toLowerCase()));
      const twice = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
      return twice.length === 0 ? [] : [`${path}: ${twice.join(', ')}`];
    });
    expect(files.length).toBeGreaterThan(pages.length);
    expect(problems, listed('Headers two rules send', problems)).toEqual([]);
  });

  it('widgets may be framed by any site, every other page by none', () => {
    const problems = pages.flatMap(({ path }) => {
      const headers = headersAt(path);
      const ancestors = parseContentSecurityPolicy(headers['Content-Security-Policy'] ?? '').get('frame-ancestors')?.join(' ');
      const [wanted, xfo] = isEmbedPage(path) ? ['*', undefined] : ["'none'", 'DENY'];
      return ancestors === wanted && headers['X-Frame-Options'] === xfo ? [] : [`${path}: frame-ancestors ${ancestors}, X-Frame-Options ${headers['X-Frame-Options']}`];
    });
    expect(problems, listed('Pages framed wrongly', problems)).toEqual([]);
  });

  it('serves every document download as an attachment, never sniffed, over HTTP', async () => {
    const server = await serveDist();
    try {
      const files = readdirSync(join(distDir, DOCUMENT_FILES_DIR));
      expect(files.length, `document files in ${DOCUMENT_FILES_DIR}/`).toBeGreaterThan(0);
      for (const file of files) {
        const response = await fetch(new URL(`${DOCUMENT_FILES_DIR}/${encodeURIComponent(file)}`, server.url), { method: 'HEAD' });
        expect([response.status, response.headers.get('content-disposition'), response.headers.get('x-content-type-options')], file).toEqual([200, 'attachment', 'nosniff']);
      }
    } finally {
      await server.close();
    }
  });

  it('caches hashed assets for a year and nothing else', () => {
    const asset = readdirSync(join(distDir, '_astro'))[0];
    expect(headersAt(`/_astro/${asset}`)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/search/', '/pagefind/pagefind.js', '/favicon.svg']) expect(headersAt(path)['Cache-Control'], path).toBeUndefined();
  });

  it(`stays within Cloudflare Pages' limits: at most ${MAX_RULES} rules, header values of at most 2,000 characters`, () => {
    expect(rules.length).toBeLessThanOrEqual(MAX_RULES);
    const long = rules.flatMap((rule) => rule.set.filter(([, value]) => value.length > 2000).map(([name, value]) => `${rule.path} ${name}: ${value.length}`));
    expect(long, listed('Header values too long for Cloudflare Pages', long)).toEqual([]);
  });

  it('names every rule under the base path and matches every page with some rule besides the catch-all', () => {
    const catchAll = `${basePath}*`;
    const unnamed = pages.filter(({ path }) => !rules.some((rule) => rule.path !== catchAll && matchesPath(rule.path, `${basePath}${path.slice(1)}`))).map((p) => p.path);
    expect(unnamed).toEqual([]);
    for (const rule of rules) expect(rule.path.startsWith(basePath), rule.path).toBe(true);
  });
});
