import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { makeTextOnly, wantsTextOnlyCopy } from '../../src/lib/text-only/make-text-only';

const PAGES = new Set(['/', '/news/', '/news/a/', '/privacy/', '/hat/', '/hat/news/', '/hat/news/a/']);
const hasCopy = (path: string) => PAGES.has(path);

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Early findings – HAT</title><link rel="canonical" href="https://hat.example.org/news/a/">` +
  `<link rel="stylesheet" href="/_astro/site.css">${head}</head><body><a class="app-skip-link" href="#main-content">Skip</a>` +
  `<header><details><p class="app-nojs-only" data-text-only-switch><a href="/text-only/news/a/" data-text-only-link>Text-only version</a></p></details></header>` +
  `<main id="main-content" data-pagefind-body>${body}</main></body></html>`;

const convert = (html: string, pagePath = '/news/a/', base = '/') => cheerio.load(makeTextOnly(html, { pagePath, base, hasCopy }));

describe('makeTextOnly', () => {
  it('puts alt text in place of images and drops decorative ones', () => {
    const $ = convert(
      page(
        '<figure><picture><source srcset="/_astro/a.avif" type="image/avif"><img src="/_astro/a.jpg" alt="Four figures &amp; a chart"></picture><figcaption>Caption</figcaption></figure>' +
          '<p>Logo <img src="/logo.png" alt=""> here</p><svg aria-hidden="true"><path d=""/></svg><svg role="img" aria-label="Bar chart"></svg>',
      ),
    );
    expect($('img, picture, source, svg').length).toBe(0);
    expect($('.app-alt-text').map((_, el) => $(el).text()).get()).toEqual(['[Image: Four figures & a chart]', '[Image: Bar chart]']);
    expect($('figcaption').text()).toBe('Caption');
    expect($('main p').first().text()).toBe('Logo  here');
  });

  it('replaces a video with its name and keeps its download links', () => {
    const $ = convert(
      page('<video controls aria-label="A day at the clinic"><source src="/media/a.mp4"><track src="/media/a.vtt"><p>Cannot play. <a href="/media/a.mp4">Download the video</a></p></video>'),
    );
    expect($('video, source, track').length).toBe(0);
    expect($('.app-alt-text').text()).toBe('[Video: A day at the clinic]');
    expect($('main a[href="/media/a.mp4"]').text()).toBe('Download the video');
  });

  it('points links to pages at their text-only copies, and leaves files, fragments and other sites alone', () => {
    const $ = convert(
      page(
        '<a id="l1" href="/privacy/">p</a><a id="l2" href="/news">n</a><a id="l3" href="/news/a/#figures">f</a><a id="l4" href="#figures">h</a>' +
          '<a id="l5" href="/documents/files/leaflet.pdf">pdf</a><a id="l6" href="https://ico.org.uk/">ico</a><a id="l7" href="mailto:a@b.org">m</a>' +
          '<a id="l8" href="../">up</a><a id="l9" href="/unknown/">u</a>',
      ),
    );
    const href = (id: string) => $(`#${id}`).attr('href');
    expect(href('l1')).toBe('/text-only/privacy/');
    expect(href('l2')).toBe('/text-only/news/');
    expect(href('l3')).toBe('/text-only/news/a/#figures');
    expect(href('l4')).toBe('#figures');
    expect(href('l5')).toBe('/documents/files/leaflet.pdf');
    expect(href('l6')).toBe('https://ico.org.uk/');
    expect(href('l7')).toBe('mailto:a@b.org');
    // why: relative links are resolved against the full page, not the copy's deeper address.
    expect(href('l8')).toBe('/text-only/news/');
    expect(href('l9')).toBe('/unknown/');
    expect($('link[rel="stylesheet"]').attr('href')).toBe('/_astro/site.css');
  });

  it('works under a base path', () => {
    const $ = convert(page('<a id="l1" href="/hat/news/">n</a><a id="l2" href="/hat/_astro/x.pdf">x</a>').replaceAll('/text-only/news/a/', '/hat/text-only/news/a/'), '/hat/news/a/', '/hat/');
    expect($('#l1').attr('href')).toBe('/hat/text-only/news/');
    expect($('#l2').attr('href')).toBe('/hat/_astro/x.pdf');
    expect($('[data-full-version-link]').attr('href')).toBe('/hat/news/a/');
  });

  it('marks the copy as text only, keeps it out of search, and links back to the full page', () => {
    const $ = convert(page('<p>Text</p>', '<meta name="robots" content="index">'));
    expect($('html').hasClass('app-text-only')).toBe(true);
    expect($('html').is('[data-text-only-copy]')).toBe(true);
    expect($('title').text()).toBe('Early findings – HAT (text only)');
    expect($('meta[name="robots"]').map((_, el) => $(el).attr('content')).get()).toEqual(['noindex']);
    expect($('link[rel="canonical"]').attr('href')).toBe('https://hat.example.org/news/a/');
    expect($('[data-pagefind-body]').length).toBe(0);
    expect($('[data-text-only-link], [data-text-only-switch]').length).toBe(0);
    const back = $('body > .app-skip-link + .app-text-only-banner a[data-full-version-link]');
    expect(back.attr('href')).toBe('/news/a/');
    expect(back.text()).toBe('Back to the full version');
  });

  it('refuses to make a copy of a copy', () => {
    expect(() => makeTextOnly(page(''), { pagePath: '/text-only/news/a/', base: '/', hasCopy })).toThrow(/already a text-only page/);
  });

  it('copies only pages built from the site layout (they carry the text-only link)', () => {
    expect(wantsTextOnlyCopy(page(''))).toBe(true);
    expect(wantsTextOnlyCopy('<html><body>CMS</body></html>')).toBe(false);
  });
});
