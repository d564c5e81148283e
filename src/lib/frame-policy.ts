/**
 * Who may show the site's pages in a frame: widgets under /embed/ may be framed by any site; every
 * other page and file by none (clickjacking). Used by src/lib/header-rules.ts for the `_headers` file
 * and the nginx snippet. why headers: frame-ancestors is ignored in a <meta> Content Security Policy,
 * so it must be a header.
 */

/** The folder (under the base path) whose pages any site may frame. */
export const EMBED_DIR = 'embed';

/** One response header. */
export type Header = readonly [name: string, value: string];

/** How a top-level folder or file of the build may be framed. */
export interface Framing {
  /** The CSP frame-ancestors source list. */
  ancestors: string;
  /** Headers sent beside the policy. */
  headers: readonly Header[];
}

/** Widgets: any site may frame them. No X-Frame-Options (it cannot say "anyone"). */
export const ALLOW_FRAMING: Framing = { ancestors: '*', headers: [] };

/** Everything else: nobody may frame it. X-Frame-Options for old browsers; frame-ancestors for the rest. */
export const DENY_FRAMING: Framing = { ancestors: "'none'", headers: [['X-Frame-Options', 'DENY']] };

/**
 * The framing rule for a top-level folder or file of the build ("" for the home page).
 * @example framingFor('embed') // ALLOW_FRAMING
 * @example framingFor('news') // DENY_FRAMING
 */
export const framingFor = (topLevelName: string): Framing => (topLevelName === EMBED_DIR ? ALLOW_FRAMING : DENY_FRAMING);
