/**
 * "Share this page" in real Chromium (issue 4): plain links to email, WhatsApp, Facebook, X and
 * LinkedIn that carry the exact title and address; no request to any other site until the
 * reader clicks; "Copy link" writes the clipboard and says so; the device's share sheet button
 * only where the browser has one; without JavaScript the address is shown to copy.
 * A second part builds a site under a sub-path (BASE_PATH=/hat/) with an article whose title has
 * & and quotes, and checks its share links and text-only pages there.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { stringify } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { contentPages, isNewsArticle, isNotFoundPage, loadPage } from '../helpers/built-pages';
import { at, launchBrowser } from '../helpers/reading-browser';
import { serveDist, type DistServer } from '../helpers/serve-dist';

const shared = contentPages()
  .map((p) => p.path)
  .filter((p) => !isNotFoundPage(p));
const article = shared.find(isNewsArticle) ?? '/news/(no article built)/';
// why: a real title with an apostrophe, if the content has one.
const apostrophe = shared.find((p) => loadPage(p)('meta[property="og:title"]').attr('content')?.includes("'")) ?? article;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** What a page's share links say, as the browser reads each href. */
function readShareLinks(page: Page) {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.app-share a[data-share-network]')];
    return {
      title: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
      shown: document.querySelector('.app-share__url')?.textContent ?? '',
      links: links.map((a) => {
        const url = new URL(a.href);
        return { network: a.dataset.shareNetwork, label: a.textContent, base: a.href.split('?')[0], params: Object.fromEntries(url.searchParams) };
      }),
    };
  });
}

/** Checks every share link carries exactly this title and address. */
function expectLinksFor(found: Awaited<ReturnType<typeof readShareLinks>>, title: string, pageUrl: string) {
  expect(found.links.map((l) => l.network)).toEqual(['email', 'whatsapp', 'facebook', 'x', 'linkedin']);
  const by = Object.fromEntries(found.links.map((l) => [l.network, l]));
  expect(by.email.base).toBe('mailto:');
  expect(by.email.params).toEqual({ subject: title, body: pageUrl });
  expect(by.whatsapp.base).toBe('https://wa.me/');
  expect(by.whatsapp.params).toEqual({ text: `${title} ${pageUrl}` });
  expect(by.facebook.base).toBe('https://www.facebook.com/sharer/sharer.php');
  expect(by.facebook.params).toEqual({ u: pageUrl });
  expect(by.x.base).toBe('https://x.com/intent/post');
  expect(by.x.params).toEqual({ text: title, url: pageUrl });
  expect(by.linkedin.base).toBe('https://www.linkedin.com/sharing/share-offsite/');
  expect(by.linkedin.params).toEqual({ url: pageUrl });
  expect(found.shown, 'the address shown to copy').toBe(pageUrl);
}

describe('on the built site', () => {
  let server: DistServer;
  let context: BrowserContext;
  let page: Page;
  let offsite: string[];

  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(() => server?.close());

  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext();
    offsite = [];
    // why: nothing outside this machine can be reached; every request elsewhere is recorded and
    // answered with a stub, so a click on a share link can be followed without the internet.
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        offsite.push(route.request().url());
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>stub</title>' });
      },
    );
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('every page but the 404 has share links with its exact title and address', async () => {
    expect(shared.length).toBeGreaterThan(0);
    for (const path of [...new Set([apostrophe, ...shared])]) {
      await page.goto(at(server, path), { waitUntil: 'load' });
      const found = await readShareLinks(page);
      expect(found.links.length, `share links on ${path}`).toBe(5);
      expectLinksFor(found, found.title, found.canonical);
    }
    expect(offsite, 'requests to other sites while loading every page').toEqual([]);
  });

  it('makes no request to another site until a share link is clicked, then goes only there', async () => {
    await page.goto(at(server, article), { waitUntil: 'load' });
    await page.locator('.app-share').scrollIntoViewIfNeeded();
    expect(offsite, 'requests to other sites before any click').toEqual([]);
    const x = page.locator('.app-share a[data-share-network="x"]');
    const href = await x.getAttribute('href');
    await Promise.all([page.waitForURL(/x\.com/), x.click()]);
    expect(offsite).toEqual([href]);
  });

  it('"Copy link" writes the address to the clipboard and says so in a live region', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await page.goto(at(server, article), { waitUntil: 'load' });
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const copy = page.getByRole('button', { name: 'Copy link' });
    expect(await copy.isVisible()).toBe(true);
    await copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    const status = page.locator('[data-share-status]');
    await expect.poll(() => status.textContent()).toMatch(/^Link copied/);
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.isVisible()).toBe(true);
  });

  it('says so when the browser refuses to copy', async () => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    });
    await page.goto(at(server, article), { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toMatch(/could not be copied\. Select the address/);
  });

  it('shows no share-sheet button where the browser has no share sheet', async () => {
    await page.goto(at(server, article), { waitUntil: 'load' });
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    expect(await page.locator('[data-native-share]').isVisible()).toBe(false);
  });

  it('offers the share sheet where the browser has one, with the title and address', async () => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (calls.push(data), Promise.resolve()) });
    });
    await page.goto(at(server, article), { waitUntil: 'load' });
    const button = page.getByRole('button', { name: 'More ways to share' });
    expect(await button.isVisible()).toBe(true);
    await button.click();
    const { title, canonical } = await readShareLinks(page);
    expect(await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls)).toEqual([{ title, url: canonical }]);
  });

  it('without JavaScript shows the address as text and no dead buttons', async () => {
    const nojs = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await nojs.newPage();
      await plain.goto(at(server, article), { waitUntil: 'load' });
      const state = await plain.evaluate(() => ({
        buttons: [...document.querySelectorAll('.app-share button')].filter((b) => b.getClientRects().length > 0).length,
        shown: (document.querySelector('.app-share__url') as HTMLElement).innerText,
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      }));
      expect(state.buttons).toBe(0);
      expect(state.shown).toBe(state.canonical);
    } finally {
      await nojs.close();
    }
  });
});

describe('a site built under /hat/ with an awkward title', () => {
  const SLUG = '2020-03-02-share-and-quotes';
  const TITLE = `Scheme & "results": what's next? <b>100%</b> – £3.7m`;
  const SITE = 'https://hat.example.gov.uk';
  const scratch = mkdtempSync(join(tmpdir(), 'hat-share-build-'));
  let result: BuiltSite;
  let server: DistServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const content = join(scratch, 'content');
    cpSync(fileURLToPath(new URL('../../content', import.meta.url)), content, { recursive: true });
    const frontmatter = {
      title: TITLE,
      summary: 'An article whose title has an ampersand, quotes and angle brackets.',
      published: '2020-03-02',
      area: 'middlesbrough',
      hero: { src: '../media/news/2020-early-findings.jpg', alt: 'Four figures from February 2020.' },
      reviewed: '2026-11-01',
      reviewDue: '2027-11-01',
    };
    writeFileSync(join(content, 'news', `${SLUG}.mdx`), `---\n${stringify(frontmatter)}---\n\nSome text with a [link to the FAQs](/hat/faqs/).\n`);
    result = buildSite(content, { BASE_PATH: '/hat/', SITE_URL: SITE });
    if (result.status !== 0) return;
    server = await serveDist(result.dist, '/hat/');
    context = await browser.newContext();
    page = await context.newPage();
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    result?.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('shares the exact title and the address under /hat/', async () => {
    await page.goto(`${server.url}news/${SLUG}/`, { waitUntil: 'load' });
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    expectLinksFor(await readShareLinks(page), TITLE, `${SITE}/hat/news/${SLUG}/`);
  });

  it('has its text-only copy under /hat/text-only/, with links that stay there', async () => {
    await page.goto(`${server.url}news/${SLUG}/`, { waitUntil: 'load' });
    const textOnly = await page.locator('a[data-text-only-link]').getAttribute('href');
    expect(textOnly).toBe(`/hat/text-only/news/${SLUG}/`);
    const response = await page.goto(new URL(textOnly ?? '', server.url).href, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const state = await page.evaluate(() => ({
      title: document.title,
      images: document.querySelectorAll('img').length,
      faq: document.querySelector('main a[href*="faqs"]')?.getAttribute('href'),
      back: document.querySelector('a[data-full-version-link]')?.getAttribute('href'),
      nav: [...document.querySelectorAll('nav[aria-label="Main"] a')].map((a) => a.getAttribute('href')),
    }));
    expect(state.title).toContain(`${TITLE} – `);
    expect(state.images).toBe(0);
    expect(state.faq).toBe('/hat/text-only/faqs/');
    expect(state.back).toBe(`/hat/news/${SLUG}/`);
    for (const href of state.nav) expect(href).toMatch(/^\/hat\/text-only\//);
    expectLinksFor(await readShareLinks(page), TITLE, `${SITE}/hat/news/${SLUG}/`);
  });
});
