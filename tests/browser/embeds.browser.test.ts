/**
 * Widgets in real Chromium, inside a host page served from ANOTHER origin (a second server on
 * 127.0.0.1, another port), as a council's site would embed them (issue 6, "Widgets"): they size
 * themselves with the AMP message and the optional resize script, send the host nothing else, store
 * nothing, survive bad options, stay axe-clean; a normal page refuses to be framed (the _headers
 * rules, applied by the test server); "Embed this" copies its code by keyboard and previews the widget.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { embedPages } from '../helpers/built-pages';
import { at, axeViolations, launchBrowser } from '../helpers/reading-browser';
import { serveDist, type DistServer } from '../helpers/serve-dist';

const all = embedPages().map((p) => p.path);
const first = (prefix: string) => all.find((p) => p.startsWith(prefix) && p !== prefix && !p.includes('/area/')) ?? `${prefix}(none built)/`;
/** One widget of each kind. */
const KINDS = [
  '/embed/key-figures/',
  '/embed/news/',
  all.find((p) => p.startsWith('/embed/news/area/')) ?? '/embed/news/area/(none)/',
  '/embed/faqs/',
  first('/embed/faqs/'),
  first('/embed/stories/'),
  '/embed/events/',
  all.find((p) => p.startsWith('/embed/events/area/')) ?? '/embed/events/area/(none)/',
  first('/embed/evidence/'),
];
/** Tolerance in CSS pixels between the frame's height and its content's (rounding). */
const SLACK = 3;

let site: DistServer;
let host: { origin: string; close(): Promise<void> };
const hostPages = new Map<string, string>();
let browser: Browser;
let context: BrowserContext;
let page: Page;
let offsite: string[];

/** A tiny server on another port: the "council's site" that embeds the widgets. */
async function startHost() {
  const server: Server = createServer((req, res) => {
    const body = hostPages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}

/** A host page with the given iframes (by site path and query), the resize script, and a recorder of every message. */
function hostPage(frames: string[], extra = ''): string {
  const iframes = frames.map((src, i) => `<iframe id="f${i}" name="f${i}" src="${at(site, src)}" title="Widget ${i}" width="640" height="150" style="width:100%;max-width:640px;border:0"></iframe>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script>window.messages = []; addEventListener('message', (e) => messages.push({ origin: e.origin, data: e.data, fromFrame: [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === e.source) }));</script>
</head><body><main><h1>A council page</h1>${iframes.join('\n')}${extra}</main>
<script src="${at(site, '/embed/resize.js')}"></script></body></html>`;
}

/** Opens a host page embedding the frames; returns it once every frame has loaded. */
async function openHost(frames: string[], extra = ''): Promise<void> {
  const path = `/host-${hostPages.size}.html`;
  hostPages.set(path, hostPage(frames, extra));
  await page.goto(`${host.origin}${path}`, { waitUntil: 'load' });
}

/** The Playwright frame of iframe #f<i>. */
const frameOf = (i: number): Frame => {
  const frame = page.frame({ name: `f${i}` });
  if (!frame) throw new Error(`no frame f${i}`);
  return frame;
};

/** Waits until iframe #f<i> is as tall as its content; returns both heights. */
async function settledHeights(i: number): Promise<{ frame: number; content: number }> {
  const read = async () => ({
    frame: await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().height, `f${i}`),
    content: await frameOf(i).evaluate(() => document.documentElement.scrollHeight),
  });
  await expect.poll(async () => {
    const h = await read();
    return Math.abs(h.frame - h.content) <= SLACK;
  }, { timeout: 10_000 }).toBe(true);
  return read();
}

beforeAll(async () => {
  site = await serveDist();
  host = await startHost();
  browser = await launchBrowser();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await host?.close();
  await site?.close();
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  offsite = [];
  const allowed = [new URL(site.url).origin, host.origin];
  await context.route(
    (url) => !allowed.includes(url.origin),
    (route) => (offsite.push(route.request().url()), route.abort()),
  );
  page = await context.newPage();
});

describe('widgets inside a page on another origin', () => {
  it('every kind grows or shrinks to its content height, with the resize script', async () => {
    await openHost(KINDS);
    for (const [i, path] of KINDS.entries()) {
      const { frame, content } = await settledHeights(i);
      expect(content, `${path} has content`).toBeGreaterThan(150);
      expect(Math.abs(frame - content), `${path}: frame ${frame} px, content ${content} px`).toBeLessThanOrEqual(SLACK);
    }
    expect(offsite, 'requests to any other site').toEqual([]);
  });

  it('a compact layout is shorter, and its frame follows', async () => {
    await openHost(['/embed/news/', '/embed/news/?layout=compact', first('/embed/stories/'), `${first('/embed/stories/')}?layout=compact`]);
    const [full, compact, story, storyCompact] = [await settledHeights(0), await settledHeights(1), await settledHeights(2), await settledHeights(3)];
    expect(compact.frame).toBeLessThan(full.frame - 50);
    expect(storyCompact.frame).toBeLessThan(story.frame - 50);
  });

  it('follows a change of size after loading (ResizeObserver)', async () => {
    await openHost(['/embed/faqs/']);
    const before = await settledHeights(0);
    await frameOf(0).evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await expect.poll(async () => (await settledHeights(0)).frame, { timeout: 10_000 }).toBeGreaterThan(before.frame + 100);
  });

  it('sends the host only the AMP size message, from its own origin', async () => {
    await openHost(KINDS);
    for (const i of KINDS.keys()) await settledHeights(i);
    const messages = await page.evaluate(() => (window as unknown as { messages: { origin: string; data: unknown; fromFrame: number }[] }).messages);
    expect(messages.length).toBeGreaterThanOrEqual(KINDS.length);
    for (const m of messages) {
      expect(m.origin).toBe(new URL(site.url).origin);
      expect(m.fromFrame).toBeGreaterThanOrEqual(0);
      expect(Object.keys(m.data as object).sort()).toEqual(['height', 'sentinel', 'type']);
      expect(m.data).toMatchObject({ sentinel: 'amp', type: 'embed-size' });
      expect(Number.isInteger((m.data as { height: number }).height)).toBe(true);
    }
  });

  it('sets no cookie and stores nothing', async () => {
    await openHost(KINDS);
    for (const i of KINDS.keys()) {
      await settledHeights(i);
      const stored = await frameOf(i).evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
      expect(stored, KINDS[i]).toEqual({ cookie: '', local: 0, session: 0 });
    }
    expect(await context.cookies()).toEqual([]);
  });

  it('the resize script ignores the message from anyone else: the host itself, or a frame of another origin', async () => {
    hostPages.set('/impostor.html', `<!doctype html><title>x</title><script>parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 3000 }, '*')</script>`);
    await openHost(['/embed/key-figures/'], `<iframe id="impostor" title="Impostor" src="${host.origin}/impostor.html" height="100"></iframe>`);
    const settled = await settledHeights(0);
    await page.evaluate(() => window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 4000 }, '*'));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.getElementById('impostor')!.getBoundingClientRect().height)).toBeLessThan(200);
    expect((await settledHeights(0)).frame).toBe(settled.frame);
  });

  it('a normal page of the site refuses to be framed (frame-ancestors from the _headers rules)', async () => {
    const answers: Record<string, string | undefined> = {};
    page.on('response', (r) => {
      if (r.url() === at(site, '/news/')) answers.news = r.headers()['content-security-policy'];
    });
    await openHost(['/news/', '/embed/news/']);
    expect(answers.news).toMatch(/(?:^|;\s*)frame-ancestors 'none'(?:;|$)/);
    // why: Chromium replaces a refused frame's document with its own error page.
    await expect.poll(() => frameOf(0).url()).not.toBe(at(site, '/news/'));
    expect(await frameOf(0).evaluate(() => document.querySelector('h1')?.textContent ?? null).catch(() => null)).not.toBe('News');
    expect(await frameOf(1).evaluate(() => document.querySelector('h1')?.textContent)).toBe('Latest news');
  });
});

describe('options in the widget address', () => {
  it('applies good values: a palette accent, a count and a compact layout', async () => {
    await openHost(['/embed/news/?accent=teal&count=5&layout=compact']);
    const state = await frameOf(0).evaluate(() => ({
      accent: getComputedStyle(document.querySelector('main a')!).color,
      shown: [...document.querySelectorAll('[data-area-list] > li')].filter((li) => !(li as HTMLElement).hidden).length,
      compact: document.documentElement.classList.contains('app-embed--compact'),
    }));
    expect(state).toEqual({ accent: 'rgb(0, 96, 92)', shown: 5, compact: true });
  });

  it('falls back to the defaults on bad values and lets nothing in', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    const bad = '?accent=%3Cscript%3Ealert(1)%3C/script%3E&count=99&layout=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E&area=%3Csvg%20onload%3Dalert(3)%3E';
    await openHost([`/embed/news/${bad}`, '/embed/news/?count=3&count=9&accent=%23ffff00', '/embed/news/']);
    const read = (i: number) =>
      frameOf(i).evaluate(() => ({
        accent: getComputedStyle(document.querySelector('main a')!).color,
        shown: [...document.querySelectorAll('[data-area-list] > li')].filter((li) => !(li as HTMLElement).hidden).length,
        classes: document.documentElement.className,
        injected: document.querySelectorAll('img[src="x"], svg, script:not([src])').length,
        style: document.documentElement.getAttribute('style'),
        url: location.pathname,
      }));
    const normal = await read(2);
    expect(normal.shown).toBe(3);
    for (const i of [0, 1]) expect(await read(i), `frame ${i}`).toEqual(normal);
    expect(dialogs).toEqual([]);
  });

  it('?area= on the all-areas widget opens that area’s own widget, keeping the other options', async () => {
    const area = (all.find((p) => p.startsWith('/embed/news/area/')) ?? '').split('/')[4];
    await openHost([`/embed/news/?area=${area}&count=2`]);
    await expect.poll(() => new URL(frameOf(0).url()).pathname + new URL(frameOf(0).url()).search).toBe(`${new URL(at(site, `/embed/news/area/${area}/`)).pathname}?count=2`);
    await settledHeights(0);
  });
});

describe('accessibility', () => {
  it.each(KINDS)('%s is axe-clean in the compact layout with an accent', async (path) => {
    await page.goto(at(site, `${path}?layout=compact&accent=purple`), { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('app-embed--compact'))).toBe(true);
    const violations = await axeViolations(page, path);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});

describe('"Embed this" on a source page', () => {
  it('opens by keyboard, previews the widget at its height, and copies the code by keyboard', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    await page.goto(at(site, '/'), { waitUntil: 'load' });
    const box = page.locator('details.app-embed-this').first();
    await box.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await box.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const preview = box.locator('[data-embed-preview] iframe');
    await expect.poll(() => preview.isVisible()).toBe(true);
    const frame = await (await preview.elementHandle())!.contentFrame();
    await expect
      .poll(async () => Math.abs((await preview.evaluate((f) => f.getBoundingClientRect().height)) - (await frame!.evaluate(() => document.documentElement.scrollHeight))))
      .toBeLessThanOrEqual(SLACK);

    await box.locator('textarea').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy code');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await box.locator('textarea').inputValue());
    await expect.poll(() => box.locator('[data-copy-status]').textContent()).toMatch(/^Code copied/);
  });

  it('without JavaScript shows the code to select, under its label, and no dead button or empty preview', async () => {
    const nojs = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await nojs.newPage();
      await p.goto(at(site, '/faqs/'), { waitUntil: 'load' });
      const box = p.locator('details.app-embed-this').last();
      await box.locator('summary').click();
      expect(await box.getByLabel(/^Code to embed/).isVisible()).toBe(true);
      expect(await box.getByLabel(/^Code to embed/).inputValue()).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/faqs\/"/);
      expect(await box.getByRole('button', { name: 'Copy code' }).isVisible()).toBe(false);
      expect(await box.locator('iframe').isVisible()).toBe(false);
    } finally {
      await nojs.close();
    }
  });
});
