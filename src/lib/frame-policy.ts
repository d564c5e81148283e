/**
 * Who may show the site's pages in a frame: one source of truth for the `_headers` file (Netlify,
 * Cloudflare Pages; written by src/integrations/frame-headers.ts) and the nginx example in the README.
 * Widgets under /embed/ may be framed by any site; every other page by none (clickjacking).
 * why headers: frame-ancestors is ignored in a <meta> Content Security Policy, so it must be a header.
 */
import { normaliseBase } from './base-path';

/** The folder (under the base path) whose pages any site may frame. */
export const EMBED_DIR = 'embed';

/** One response header. */
export type Header = readonly [name: string, value: string];

/** Sent with every response, framed or not. */
export const COMMON_HEADERS: readonly Header[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/** Pages nobody may frame. X-Frame-Options for old browsers; CSP frame-ancestors for the rest. */
export const DENY_FRAMING: readonly Header[] = [
  ['X-Frame-Options', 'DENY'],
  ['Content-Security-Policy', "frame-ancestors 'none'"],
];

/** Widgets: any site may frame them. No X-Frame-Options (it cannot say "anyone"). */
export const ALLOW_FRAMING: readonly Header[] = [['Content-Security-Policy', 'frame-ancestors *']];

/** What the build holds at its top level (under the base path), so every path can be named. */
export interface TopLevel {
  /** Folders, e.g. ["_astro", "embed", "news"]. */
  dirs: string[];
  /** Files, e.g. ["404.html", "favicon.svg", "index.html"]. */
  files: string[];
}

const block = (path: string, headers: readonly Header[]) => [path, ...headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n');

/**
 * The `_headers` file. why no "/*" rule for the frame headers: Cloudflare Pages applies EVERY rule
 * that matches and joins two values of one header with a comma
 * (https://developers.cloudflare.com/pages/configuration/headers/), so "frame-ancestors 'none',
 * frame-ancestors *" would reach the widgets and block them; its "! Name" detach has no documented
 * Netlify equivalent. Instead each top-level folder and file except /embed/ gets its own rule, so
 * no rule that denies framing ever matches a widget, whatever a host's merge rules.
 * @example headersFile('/hat/', { dirs: ['embed', 'news'], files: ['index.html'] }) // "/hat/*\n  X-Content-Type-Options: nosniff\n…\n/hat/news/*\n  X-Frame-Options: DENY\n…"
 */
export function headersFile(base: string, { dirs, files }: TopLevel): string {
  const root = normaliseBase(base);
  const denied = [
    root,
    ...[...files].sort().map((f) => `${root}${f}`),
    ...[...dirs].filter((d) => d !== EMBED_DIR).sort().map((d) => `${root}${d}/*`),
  ];
  return [
    '# Written by the build (src/integrations/frame-headers.ts from src/lib/frame-policy.ts): do not edit.\n# Widgets under embed/ may be framed by any site; every other page by none.',
    block(`${root}*`, COMMON_HEADERS),
    block(`${root}${EMBED_DIR}/*`, ALLOW_FRAMING),
    ...denied.map((path) => block(path, DENY_FRAMING)),
  ].join('\n\n') + '\n';
}

/**
 * The nginx equivalent, for the README: two location blocks. why repeat the common headers: an
 * add_header inside a location replaces every add_header from the levels above it.
 * @example nginxLocations('/') // "location / {\n  add_header X-Content-Type-Options \"nosniff\" always;\n…"
 */
export function nginxLocations(base: string): string {
  const root = normaliseBase(base);
  const location = (path: string, headers: readonly Header[], extra: string) =>
    [`location ${path} {`, ...[...COMMON_HEADERS, ...headers].map(([n, v]) => `  add_header ${n} "${v}" always;`), `  ${extra}`, '}'].join('\n');
  return [
    location(root, DENY_FRAMING, `try_files $uri $uri/ =404;`),
    location(`${root}${EMBED_DIR}/`, ALLOW_FRAMING, `try_files $uri $uri/ =404;`),
  ].join('\n\n');
}
