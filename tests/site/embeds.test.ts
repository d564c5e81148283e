/**
 * The widgets under /embed/ and what offers them (issue 6, "Widgets"), read from the built site:
 * each widget is bare (no site chrome, not indexed, not searchable) with a full link back; each
 * source page advertises oEmbed and offers "Embed this"; each oEmbed file is a complete "rich"
 * answer whose iframe points at a built widget; the _headers file lets only widgets be framed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import parseContentSecurityPolicy from 'content-security-policy-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, embedPages, fileForPath, listed, loadPage, stripBase } from '../helpers/built-pages';
import { absolute, builtText, sitePathOf, siteRoot } from '../helpers/site-root';
import { headersFor, parseHeaders } from '../helpers/headers-rules';

const widgets = embedPages().map((p) => p.path);
const oembedFiles = builtPages().length ? walkJson(join(distDir, 'oembed')) : [];
const storyPages = builtPages()
  .map((p) => p.path)
  .filter((p) => /^\/stories\/[^/]+\/$/.test(p));
/** The pages that offer a widget: each advertises oEmbed and has "Embed this". */
const SOURCE_PAGES = ['/', '/news/', '/faqs/', '/events/', '/evidence/', ...storyPages];

function walkJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walkJson(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []));
}
const sitePathOfFile = (file: string) => `/${file.slice(distDir.replace(/\/?$/, '/').length)}`;

describe('the widget pages', () => {
  it('exist for every kind: key figures, news (and per area), FAQs (all and one), stories, events (and per area), evidence', () => {
    for (const prefix of ['/embed/key-figures/', '/embed/news/', '/embed/news/area/', '/embed/faqs/', '/embed/stories/', '/embed/events/', '/embed/events/area/', '/embed/evidence/']) {
      expect(widgets.filter((w) => w.startsWith(prefix)).length, `widget pages under ${prefix}`).toBeGreaterThan(0);
    }
  });

  describe.each(widgets)('%s', (path) => {
    const $ = () => loadPage(path);

    it('is bare: lang="en", a title, one h1 in main, no site header, navigation, footer or reading options', () => {
      const doc = $();
      expect(doc('html').attr('lang')).toBe('en');
      expect(doc('head > title').text().trim()).not.toBe('');
      expect(doc('main h1').length, 'one <h1> in <main>').toBe(1);
      expect(doc('h1').length).toBe(1);
      expect(doc('.app-header, nav, .app-footer, .app-reading, .app-share, .app-skip-link').length, 'site chrome').toBe(0);
    });

    it('is kept out of search engines and the site search', () => {
      const doc = $();
      expect(doc('meta[name="robots"]').attr('content')).toBe('noindex');
      expect(doc('[data-pagefind-body]').length).toBe(0);
    });

    it('opens links in the top window and links back to the full page with a full address', () => {
      const doc = $();
      expect(doc('head base').attr('target')).toBe('_top');
      const back = doc('a[data-embed-back]');
      expect(back.length).toBe(1);
      const href = back.attr('href') ?? '';
      expect(href.startsWith(siteRoot.href), `${href} starts with ${siteRoot.href}`).toBe(true);
      const target = sitePathOf(href)?.split('#')[0] ?? '';
      expect(fileForPath(target), `the full page ${target} was built`).toBeDefined();
      expect(target.startsWith('/embed/')).toBe(false);
    });

    it('runs only its own bundled script (no inline script, nothing from another site), under 3 KB gzip', () => {
      const doc = $();
      const scripts = doc('script').toArray();
      const problems = scripts.filter((s) => !s.attribs.src || s.attribs.type !== 'module' || /^(https?:)?\/\//.test(s.attribs.src)).map((s) => doc.html(s).slice(0, 100));
      expect(problems, listed('scripts that are not this site’s bundled modules', problems)).toEqual([]);
      const bytes = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(fileForPath(stripBase(s.attribs.src!)!)!), { level: 9 }).length, 0);
      expect(bytes).toBeLessThanOrEqual(3 * 1024);
    });
  });
});

describe('oEmbed', () => {
  it('has one file per widget page, and nothing else', () => {
    const framed = oembedFiles.map((file) => sitePathOf(JSON.parse(readFileSync(file, 'utf8')).html.match(/src="([^"]+)"/)[1]));
    expect([...framed].sort()).toEqual([...widgets].sort());
  });

  describe.each(oembedFiles.map(sitePathOfFile))('%s', (path) => {
    const json = JSON.parse(builtText(path));

    it('is a complete oEmbed 1.0 "rich" answer', () => {
      expect(json.version).toBe('1.0');
      expect(json.type).toBe('rich');
      for (const field of ['title', 'provider_name', 'html']) expect(typeof json[field] === 'string' && json[field].trim(), field).toBeTruthy();
      expect(json.provider_url).toBe(siteRoot.href);
      expect(Number.isInteger(json.width) && json.width > 0, 'width').toBe(true);
      expect(Number.isInteger(json.height) && json.height > 0, 'height').toBe(true);
    });

    it('has html that is one titled, lazy iframe of a built widget, the same size as the answer', () => {
      const frame = /^<iframe src="([^"]+)" title="([^"]+)" width="(\d+)" height="(\d+)" loading="lazy"[^>]*><\/iframe>$/.exec(json.html);
      expect(frame, json.html).not.toBeNull();
      const [, src, , width, height] = frame!;
      const target = sitePathOf(src);
      expect(target?.startsWith('/embed/'), src).toBe(true);
      expect(fileForPath(target!), `${src} was built`).toBeDefined();
      expect([Number(width), Number(height)]).toEqual([json.width, json.height]);
    });
  });
});

describe.each(SOURCE_PAGES)('source page %s', (page) => {
  const $ = () => loadPage(page);

  it('advertises its widget for oEmbed with a built JSON file', () => {
    const links = $()('head link[rel="alternate"][type="application/json+oembed"]');
    expect(links.length).toBe(1);
    const target = sitePathOf(links.attr('href') ?? '');
    expect(target?.startsWith('/oembed/'), links.attr('href')).toBe(true);
    expect(JSON.parse(builtText(target!)).type).toBe('rich');
    expect(links.attr('title')?.trim()).toBeTruthy();
  });

  it('offers "Embed this": labelled read-only code, a copy button and a preview of the same widget, both hidden until JavaScript runs', () => {
    const doc = $();
    const boxes = doc('details.app-embed-this');
    expect(boxes.length).toBeGreaterThan(0);
    boxes.each((_, box) => {
      const b = doc(box);
      const code = b.find('textarea');
      expect(code.attr('readonly')).toBeDefined();
      expect(doc(`label[for="${code.attr('id')}"]`).text().trim()).toMatch(/^Code to embed/);
      const src = /<iframe src="([^"]+)"/.exec(code.text())?.[1] ?? '';
      expect(code.text()).toContain(`<script src="${absolute('/embed/resize.js')}" defer></script>`);
      // why: the preview frame gets its address only when the box is opened (src/scripts/copy-code.ts).
      const preview = b.find('[data-embed-preview][hidden] iframe');
      expect(preview.attr('src'), 'no address until opened').toBeUndefined();
      expect(preview.attr('title')?.trim()).toBeTruthy();
      expect(new URL(preview.attr('data-src') ?? '', siteRoot).href, 'preview and code show the same widget').toBe(src);
      expect(b.find('button[data-copy-code]').attr('hidden')).toBeDefined();
    });
  });
});

/** The frame-ancestors sources of a response's Content Security Policy. */
const frameAncestors = (headers: Record<string, string>) => parseContentSecurityPolicy(headers['Content-Security-Policy'] ?? '').get('frame-ancestors');

describe('the _headers file', () => {
  const rules = parseHeaders(builtText('/_headers'));
  const top = readdirSync(distDir, { withFileTypes: true });

  it('lets any site frame the widgets, with no X-Frame-Options', () => {
    for (const path of [...widgets, '/embed/resize.js']) {
      const headers = headersFor(rules, new URL(absolute(path)).pathname);
      expect(frameAncestors(headers), path).toEqual(['*']);
      expect(headers['X-Frame-Options'], path).toBeUndefined();
    }
  });

  it('denies framing of every other page and top-level folder of the build', () => {
    const paths = ['/', ...top.filter((e) => e.name !== 'embed' && !e.name.startsWith('_headers')).map((e) => (e.isDirectory() ? `/${e.name}/x` : `/${e.name}`))];
    const open = paths.filter((path) => headersFor(rules, new URL(absolute(path)).pathname)['X-Frame-Options'] !== 'DENY');
    expect(open, listed('paths that could be framed', open)).toEqual([]);
    expect(frameAncestors(headersFor(rules, new URL(absolute('/news/')).pathname))).toEqual(["'none'"]);
  });
});
