import parseContentSecurityPolicy from 'content-security-policy-parser';
import { describe, expect, it } from 'vitest';
import { parsePolicy, serialisePolicy, unionOfPolicies } from '../../src/lib/content-security-policy';
import { headerRules, headersFile, nginxSnippet, type BuiltSite } from '../../src/lib/header-rules';
import { HASHED_ASSETS_HEADERS, SITE_HEADERS } from '../../src/lib/security-headers';
import { headersFor, matchesPath, parseHeaders } from '../helpers/headers-rules';

const PAGE = "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-BBB='";
const SEARCH = "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB='";
const ADMIN = "default-src 'self'; img-src 'self' data: blob:; connect-src 'self' blob:; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'";

const site: BuiltSite = {
  dirs: ['_astro', 'admin', 'documents', 'embed', 'news', 'pagefind', 'search', 'text-only'],
  files: ['404.html', 'favicon.svg', 'index.html'],
  pagePolicies: new Map([
    ['index.html', PAGE],
    ['404.html', PAGE],
    ['news/index.html', PAGE],
    ['news/a/index.html', PAGE],
    ['documents/index.html', PAGE],
    ['embed/news/index.html', PAGE],
    ['search/index.html', SEARCH],
    ['admin/index.html', ADMIN],
    ['text-only/news/index.html', PAGE],
    ['text-only/search/index.html', SEARCH],
  ]),
};

/** The header policy of a path as a spec parser reads it. */
const policyAt = (headers: Record<string, string>) => parseContentSecurityPolicy(headers['Content-Security-Policy'] ?? '');

describe.each(['/', '/hat/'])('the _headers rules under base %s', (base) => {
  const rules = parseHeaders(headersFile(base, headerRules(site)));
  const at = (path: string) => headersFor(rules, `${base}${path}`);

  it('sends each page its own <meta> policy, with frame-ancestors added', () => {
    for (const path of ['', 'index.html', '404.html', 'news/', 'news/a/', 'documents/']) {
      const expected = parsePolicy(PAGE);
      expected.set('frame-ancestors', ["'none'"]);
      expect(policyAt(at(path)), path || '(home)').toEqual(expected);
    }
    expect(policyAt(at('search/')).get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(policyAt(at('admin/')).get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(policyAt(at('admin/')).get('connect-src')).toEqual(["'self'", 'blob:']);
  });

  it('lets any site frame the widgets and never sends them X-Frame-Options', () => {
    for (const path of ['embed/news/', 'embed/resize.js']) {
      expect(policyAt(at(path)).get('frame-ancestors'), path).toEqual(['*']);
      expect(at(path)['X-Frame-Options'], path).toBeUndefined();
    }
  });

  it('denies framing of every other path', () => {
    for (const path of ['', '404.html', 'favicon.svg', 'news/a/', 'text-only/news/', '_astro/x.js', 'admin/']) {
      expect(at(path)['X-Frame-Options'], path || '(home)').toBe('DENY');
      expect(policyAt(at(path)).get('frame-ancestors'), path || '(home)').toEqual(["'none'"]);
    }
  });

  it('gives a folder of pages with different policies the union, which each page narrows with its <meta>', () => {
    expect(policyAt(at('text-only/news/')).get('script-src')?.sort()).toEqual(["'self'", "'sha256-AAA='", "'wasm-unsafe-eval'"]);
  });

  it("gives files that are not pages the home page's policy", () => {
    for (const path of ['_astro/x.js', 'favicon.svg', 'pagefind/pagefind.js']) expect(policyAt(at(path)).get('script-src'), path).toEqual(["'self'", "'sha256-AAA='"]);
  });

  it('sends the site headers everywhere, a year of caching for hashed assets only, and downloads as attachments', () => {
    for (const path of ['', 'embed/news/', 'admin/', 'documents/files/a.pdf', 'no-such-page/']) {
      for (const [name, value] of SITE_HEADERS) expect(at(path)[name], `${name} on ${path}`).toBe(value);
    }
    expect(at('_astro/app.B1x2.js')['Cache-Control']).toBe(HASHED_ASSETS_HEADERS[0][1]);
    expect(at('news/a/')['Cache-Control']).toBeUndefined();
    expect(at('documents/files/leaflet.pdf')['Content-Disposition']).toBe('attachment');
    expect(at('documents/')['Content-Disposition']).toBeUndefined();
  });

  it('never sends one header from two rules (hosts would join the values)', () => {
    const paths = ['', 'index.html', 'news/a/', 'embed/news/', 'documents/files/a.pdf', '_astro/a.js', 'text-only/search/', 'favicon.svg'];
    for (const path of paths) {
      const names = rules.filter((rule) => matchesPath(rule.path, `${base}${path}`)).flatMap((rule) => rule.set.map(([name]) => name.toLowerCase()));
      expect(names.length, path).toBe(new Set(names).size);
    }
  });

  it('puts every rule under the base path', () => {
    for (const rule of rules) expect(rule.path.startsWith(base), rule.path).toBe(true);
  });
});

describe('unionOfPolicies', () => {
  it('joins source lists and drops a lone "none" beside other sources', () => {
    const union = unionOfPolicies([parsePolicy("object-src 'none'; script-src 'self'"), parsePolicy("object-src 'self'; script-src 'self' 'wasm-unsafe-eval'")], '/x/');
    expect(serialisePolicy(union)).toBe("object-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  });
  it('refuses pages with different directives, naming the folder', () => {
    expect(() => unionOfPolicies([parsePolicy(PAGE), parsePolicy(ADMIN)], '/admin/')).toThrow(/under \/admin\/ .*different directives/);
  });
  it("refuses 'unsafe-inline' that a hash beside it would switch off", () => {
    const inline = "style-src 'self' 'unsafe-inline'";
    expect(() => unionOfPolicies([parsePolicy(inline), parsePolicy("style-src 'self' 'sha256-BBB='")], '/x/')).toThrow(/ignores 'unsafe-inline' beside a hash/);
  });
});

describe('headerRules', () => {
  it('says which page is missing when the build has no home page', () => {
    expect(() => headerRules({ ...site, pagePolicies: new Map() })).toThrow(/no home page \(index\.html\)/);
  });
});

describe('nginxSnippet', () => {
  const rules = headerRules(site);
  const config = nginxSnippet('/hat/', rules);
  const block = (location: string) => {
    const body = config.split(`${location} {\n`)[1]?.split('\n}')[0];
    if (body === undefined) throw new Error(`no block ${location} in:\n${config}`);
    return Object.fromEntries([...body.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map(([, n, v]) => [n, v]));
  };
  const cloudflare = parseHeaders(headersFile('/hat/', rules));

  it.each([
    ['location = /hat/', '/hat/'],
    ['location = /hat/404.html', '/hat/404.html'],
    ['location /hat/news/', '/hat/news/a/'],
    ['location /hat/embed/', '/hat/embed/news/'],
    ['location /hat/_astro/', '/hat/_astro/x.js'],
    ['location /hat/documents/files/', '/hat/documents/files/a.pdf'],
    ['location /hat/', '/hat/no-such-page/'],
  ])('%s sends exactly the headers _headers gives %s', (location, path) => {
    expect(block(location)).toEqual(headersFor(cloudflare, path));
  });
});
