import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { HTML_CLASS, replacementText } from '../reading-options';
import { fullPath, textOnlyPath } from './paths';

/** What makeTextOnly needs to know about the page and the site. */
export interface TextOnlyOptions {
  /** Path of the full page, with the base path: "/news/a/", "/hat/news/a/". */
  pagePath: string;
  /** The deployment base path: "/" or "/hat/". */
  base: string;
  /** True for a path (with base) that is a page of the site with a text-only copy. */
  hasCopy: (path: string) => boolean;
}

// why: a made-up origin to resolve links with URL(); only same-origin paths are rewritten.
const ORIGIN = 'https://text-only.invalid';
const TEXT_ONLY_LINK = '[data-text-only-link]';

/** A span holding "[Image: alt]" (the class lets the plain stylesheet set it apart). */
const altSpan = ($: CheerioAPI, text: string) => $('<span class="app-alt-text"></span>').text(text);

/** Replaces each <picture>, <img>, <svg>, <video>, <audio>, <iframe> with its text, or removes it. */
function replaceMedia($: CheerioAPI): void {
  $('picture').each((_, el) => {
    const text = replacementText($(el).find('img').first().attr('alt'));
    $(el).replaceWith(text ? altSpan($, text) : '');
  });
  $('img').each((_, el) => {
    const text = replacementText($(el).attr('alt'));
    $(el).replaceWith(text ? altSpan($, text) : '');
  });
  $('svg').each((_, el) => {
    const svg = $(el);
    const named = svg.attr('aria-hidden') !== 'true' && svg.attr('role') === 'img';
    const text = named ? replacementText(svg.attr('aria-label') ?? svg.find('title').first().text()) : undefined;
    svg.replaceWith(text ? altSpan($, text) : '');
  });
  $('video').each((_, el) => {
    const video = $(el);
    const text = replacementText(video.attr('aria-label') ?? video.attr('title'), 'Video');
    // why: keep the fallback's links (e.g. "Download the video"), the text-only way to watch it.
    const links = video.find('a[href]').toArray();
    if (text) video.before(altSpan($, text));
    for (const link of links) video.before(' ').before(link);
    video.remove();
  });
  $('iframe').each((_, el) => {
    const frame = $(el);
    const src = frame.attr('src');
    const title = frame.attr('title')?.trim() || 'Embedded content';
    frame.replaceWith(src ? $('<a></a>').attr('href', src).text(`${title} (opens the embedded page)`) : '');
  });
  $('audio, canvas, object, embed, source, track').remove();
  $('link[rel~="preload"][as="image"], link[rel~="preload"][as="video"]').remove();
}

/** Rewrites same-site references so they work from /text-only/, and page links so the mode sticks. */
function rewriteReferences($: CheerioAPI, { pagePath, base, hasCopy }: TextOnlyOptions): void {
  const pageUrl = `${ORIGIN}${pagePath}`;
  $('[href], [src], form[action]').each((_, el) => {
    for (const attribute of ['href', 'src', 'action'] as const) {
      const value = el.attribs[attribute]?.trim();
      if (value === undefined || value === '' || value.startsWith('#')) continue;
      // why: other schemes (mailto:, tel:, https://other.site) and protocol-relative URLs are left alone.
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) continue;
      const target = new URL(value, pageUrl);
      let path = target.pathname;
      const isLink = attribute === 'href' && (el.tagName === 'a' || el.tagName === 'area');
      if (isLink && !hasCopy(path) && hasCopy(`${path}/`)) path = `${path}/`;
      const rewritten = isLink && hasCopy(path) ? textOnlyPath(path, base) : path;
      el.attribs[attribute] = `${rewritten}${target.search}${target.hash}`;
    }
  });
}

/** The "you are reading the text-only version" line, with the link back to the full page. */
function backLink($: CheerioAPI, pagePath: string) {
  const line = $('<p class="app-text-only-banner"></p>');
  line.append('This is the text-only version of this page. ');
  line.append($('<a data-full-version-link></a>').attr('href', pagePath).text('Back to the full version'));
  return line;
}

/**
 * The text-only copy of a built page: no images (their alt text in their place), no video or
 * embeds, the plain stylesheet section on (class on <html>), every link to a page of the site
 * pointing at its text-only copy, a link back to the full page, noindex, and the canonical URL
 * of the full page kept. Scripts stay, so text size still works there.
 * @example makeTextOnly('<html><head><title>A</title></head><body><img alt="Map"></body></html>', { pagePath: '/a/', base: '/', hasCopy: () => true })
 * // '<html class="app-text-only" data-text-only-copy=""><head><title>A (text only)</title><meta name="robots" content="noindex">…<span class="app-alt-text">[Image: Map]</span>…'
 */
export function makeTextOnly(html: string, options: TextOnlyOptions): string {
  if (fullPath(options.pagePath, options.base) !== undefined) {
    throw new Error(`makeTextOnly: ${options.pagePath} is already a text-only page; pass the full page's path.`);
  }
  const $ = cheerio.load(html);
  $('html').addClass(HTML_CLASS.textOnly).attr('data-text-only-copy', '');

  const title = $('head > title').first();
  title.text(`${title.text()} (text only)`);
  // why: the copy says the same as the full page; search engines should list the full page only.
  $('meta[name="robots"]').remove();
  title.after('<meta name="robots" content="noindex">');
  // why: a search index (Pagefind) would otherwise list every page twice.
  $('[data-pagefind-body]').removeAttr('data-pagefind-body');

  replaceMedia($);
  rewriteReferences($, options);

  // why: the reading options' "text-only version" link becomes the way back, shown at the top
  // of the page with or without JavaScript.
  $(TEXT_ONLY_LINK).closest('[data-text-only-switch]').remove();
  $(TEXT_ONLY_LINK).remove();
  const skip = $('body > .app-skip-link').first();
  const banner = backLink($, options.pagePath);
  if (skip.length > 0) skip.after(banner);
  else $('body').prepend(banner);
  return $.html();
}

/** True when a built page opts in to a text-only copy (it carries the reading options' link). */
export const wantsTextOnlyCopy = (html: string): boolean => html.includes('data-text-only-link');
