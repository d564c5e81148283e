/**
 * The code another site pastes to show a widget: one source of truth for the "Embed this" box,
 * its live preview and the oEmbed JSON (src/pages/oembed/). Pure and unit-tested.
 */
import { escapeMarkup } from './escape-markup';

/** Width the snippet and the oEmbed answer give (the iframe shrinks to fit narrower columns). */
export const EMBED_WIDTH = 640;

/** What a snippet needs to know about a widget. */
export interface SnippetInput {
  /** The widget's full address (https://…/embed/…/), with the site's base path. */
  src: string;
  /** The iframe's title, read out by screen readers (WCAG 4.1.2), e.g. "Key figures – Heroin Assisted Treatment in Middlesbrough". */
  title: string;
  /** Starting height in CSS pixels, before the widget reports its real one. */
  height: number;
}

/**
 * The <iframe> code for a widget: a title, lazy loading, a sensible size that shrinks to its column.
 * why: attributes only, no script, so CMSs that strip scripts from oEmbed HTML (WordPress does) keep it.
 * Throws when src is not a full http(s) address: a relative one would point at the host's own site.
 * @example embedSnippet({ src: 'https://hat.example.org/embed/key-figures/', title: 'Key figures', height: 480 }) // '<iframe src="https://hat.example.org/embed/key-figures/" title="Key figures" width="640" height="480" loading="lazy" style="width:100%;max-width:640px;border:0"></iframe>'
 */
export function embedSnippet({ src, title, height }: SnippetInput): string {
  if (!/^https?:\/\/[^/]/i.test(src)) {
    throw new Error(`An embed snippet needs the widget's full address (https://…), but got "${src}". Set SITE_URL when building (see the README, "Deploy").`);
  }
  if (!Number.isInteger(height) || height <= 0) throw new Error(`An embed snippet needs a whole, positive height in pixels, but got ${height}.`);
  return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="${EMBED_WIDTH}" height="${height}" loading="lazy" style="width:100%;max-width:${EMBED_WIDTH}px;border:0"></iframe>`;
}

/**
 * The optional host-page script tag that resizes every widget on the page to its content.
 * @example resizeScriptTag('https://hat.example.org/embed/resize.js') // '<script src="https://hat.example.org/embed/resize.js" defer></script>'
 */
export function resizeScriptTag(scriptSrc: string): string {
  if (!/^https?:\/\/[^/]/i.test(scriptSrc)) throw new Error(`The resize script needs a full address (https://…), but got "${scriptSrc}".`);
  return `<script src="${escapeMarkup(scriptSrc)}" defer></script>`;
}

/**
 * What "Embed this" offers to copy: the iframe, then the resize script on its own line.
 * @example fullSnippet(input, 'https://hat.example.org/embed/resize.js') // '<iframe …></iframe>\n<script src="…/embed/resize.js" defer></script>'
 */
export const fullSnippet = (input: SnippetInput, scriptSrc: string): string => `${embedSnippet(input)}\n${resizeScriptTag(scriptSrc)}`;

/** The oEmbed 1.0 "rich" answer for a widget (https://oembed.com/, section 2.3.4). */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

/**
 * The oEmbed JSON for a widget; its html is the same iframe snippet as "Embed this".
 * @example oembedJson(input, { name: 'HAT in Middlesbrough', url: 'https://hat.example.org/' }).type // 'rich'
 */
export function oembedJson(input: SnippetInput & { widgetTitle: string }, provider: { name: string; url: string }): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: input.widgetTitle,
    provider_name: provider.name,
    provider_url: provider.url,
    html: embedSnippet(input),
    width: EMBED_WIDTH,
    height: input.height,
    // why: the site is rebuilt daily (scheduled publishing), so consumers refresh within a day.
    cache_age: 86400,
  };
}
