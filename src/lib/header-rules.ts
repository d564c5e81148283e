/**
 * Which response headers each path of the build gets, as rules per top-level folder and file, and
 * the two files made from them: `_headers` (Netlify, Cloudflare Pages) and an nginx snippet. Written
 * by src/integrations/response-headers.ts after the build, from the policies the build put in each
 * page's <meta> (astro.config.mjs `security.csp` plus each page's own relaxations), so the header
 * policy and the page's own can never drift apart.
 *
 * why one rule per top-level folder and file, and never one header from two rules: Cloudflare Pages
 * applies EVERY rule that matches a path and joins two values of one header with a comma
 * (https://developers.cloudflare.com/pages/configuration/headers/), which for two policies means
 * both are enforced, and Netlify merges too. A "/*" rule may therefore only carry headers no other
 * rule sends, and each folder's policy is written once, for the whole folder. Cloudflare reads at
 * most 100 rules: one a top-level entry keeps the file well under that.
 */
import { normaliseBase } from './base-path';
import { parsePolicy, serialisePolicy, unionOfPolicies, withFrameAncestors, type Policy } from './content-security-policy';
import { framingFor, type Header } from './frame-policy';
import { DOCUMENT_FILES_DIR, DOCUMENT_FILES_HEADERS, HASHED_ASSETS_DIR, HASHED_ASSETS_HEADERS, SITE_HEADERS } from './security-headers';

/** The nginx snippet the build writes beside `_headers` (served like any file: its rule denies framing). */
export const NGINX_SNIPPET_FILE = '_nginx-headers.conf';

/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const MAX_RULES = 100;

/** The home page's file in the build: files that are not pages take its policy. */
const HOME_PAGE = 'index.html';

/** What the build produced, as the rules need it. */
export interface BuiltSite {
  /** Top-level folders, e.g. ["_astro", "embed", "news"]. */
  dirs: string[];
  /** Top-level files that are served, e.g. ["404.html", "favicon.svg", "index.html"]. */
  files: string[];
  /** The <meta> Content Security Policy of every HTML page, by file path in the build ("news/a/index.html"). */
  pagePolicies: Map<string, string>;
}

/** A `_headers` rule: a path under the base path ("*", "" for the home page, "404.html", "news/*") and its headers. */
export interface HeaderRule {
  path: string;
  headers: Header[];
}

/** The headers of a folder or file: its framing, and its policy with frame-ancestors added. */
function policyHeaders(topLevelName: string, policy: Policy): Header[] {
  const framing = framingFor(topLevelName);
  return [...framing.headers, ['Content-Security-Policy', serialisePolicy(withFrameAncestors(policy, framing.ancestors))]];
}

/**
 * The rules for a build. A folder's policy is the union of its pages' policies (identical today
 * except where a page relaxes its own, e.g. a search page's 'wasm-unsafe-eval'); each page still
 * carries its own <meta>, and a browser enforces both, so every page gets exactly its own. A folder
 * with no pages (assets, the search index) and a file that is not a page take the home page's
 * policy. (A Web Worker would follow the policy sent with its own script: the site starts none;
 * search runs Pagefind with noWorker.)
 * Throws a message when there is no home page policy, or a folder's policies cannot be joined.
 */
export function headerRules({ dirs, files, pagePolicies }: BuiltSite): HeaderRule[] {
  const home = pagePolicies.get(HOME_PAGE);
  if (home === undefined) throw new Error(`The build has no home page (${HOME_PAGE}) with a Content Security Policy to base the response headers on.`);
  const policyOf = (file: string): Policy => parsePolicy(pagePolicies.get(file) ?? home);
  const policyOfDir = (dir: string): Policy => {
    const pages = [...pagePolicies.keys()].filter((file) => file.startsWith(`${dir}/`)).sort();
    return pages.length === 0 ? parsePolicy(home) : unionOfPolicies(pages.map(policyOf), `/${dir}/`);
  };
  const [documentsTop] = DOCUMENT_FILES_DIR.split('/');
  return [
    { path: '*', headers: [...SITE_HEADERS] },
    { path: '', headers: policyHeaders('', parsePolicy(home)) },
    ...[...files].sort().map((file) => ({ path: file, headers: policyHeaders(file, policyOf(file)) })),
    ...[...dirs].sort().map((dir) => ({
      path: `${dir}/*`,
      headers: [...policyHeaders(dir, policyOfDir(dir)), ...(dir === HASHED_ASSETS_DIR ? HASHED_ASSETS_HEADERS : [])],
    })),
    ...(dirs.includes(documentsTop) ? [{ path: `${DOCUMENT_FILES_DIR}/*`, headers: [...DOCUMENT_FILES_HEADERS] }] : []),
  ];
}

/**
 * The `_headers` file for Netlify and Cloudflare Pages, every path under the base path.
 * @example headersFile('/hat/', [{ path: 'news/*', headers: [['X-Frame-Options', 'DENY']] }]) // "# Written by the build…\n\n/hat/news/*\n  X-Frame-Options: DENY\n"
 */
export function headersFile(base: string, rules: HeaderRule[]): string {
  const root = normaliseBase(base);
  return (
    [
      '# Written by the build (src/integrations/response-headers.ts, from src/lib/header-rules.ts): do not edit.\n# One rule per top-level folder and file; no header is sent by two rules (hosts would join them).',
      ...rules.map(({ path, headers }) => [`${root}${path}`, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')),
    ].join('\n\n') + '\n'
  );
}

/** True when rule `outer` also matches every path of rule `inner` ("*" matches all; "a/*" matches "a/b/*"). */
const covers = (outer: string, inner: string): boolean => outer === '*' || (outer.endsWith('/*') && inner.startsWith(outer.slice(0, -1)));

/** The nginx `location` that matches the same paths as a rule. */
const nginxLocation = (root: string, path: string): string => (path.endsWith('/*') ? `location ${root}${path.slice(0, -1)}` : `location = ${root}${path}`);

/**
 * The same rules as nginx `location` blocks, for an `include` inside the site's `server` block.
 * Each block lists every header its paths get: an `add_header` inside a location replaces all those
 * of the levels above it. `always` sends them with error pages too.
 * Throws when a value holds a character nginx would need escaped (none of the site's do).
 */
export function nginxSnippet(base: string, rules: HeaderRule[]): string {
  const root = normaliseBase(base);
  const line = ([name, value]: Header) => {
    if (/["\\$]/.test(value)) throw new Error(`The header ${name} holds a character the nginx snippet cannot carry: ${value}`);
    return `  add_header ${name} "${value}" always;`;
  };
  const block = (location: string, headers: Header[]) => [`${location} {`, ...headers.map(line), '}'].join('\n');
  const everywhere = rules.filter((rule) => rule.path === '*').flatMap((rule) => rule.headers);
  return (
    [
      '# Written by the build (src/integrations/response-headers.ts, from src/lib/header-rules.ts): do not edit.\n# Include it inside the site\'s server block, and copy it again after each build (policy hashes change with the code).',
      // why: paths no rule names (addresses that do not exist) still get the headers sent everywhere.
      block(`location ${root}`, everywhere),
      ...rules
        .filter((rule) => rule.path !== '*')
        .map((rule) => block(nginxLocation(root, rule.path), rules.filter((other) => other === rule || covers(other.path, rule.path)).flatMap((other) => other.headers))),
    ].join('\n\n') + '\n'
  );
}
