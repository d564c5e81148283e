/**
 * Reading options in real Chromium (issue 4): the text size really changes text and spacing,
 * is kept across pages and reloads, is on <html> before the first paint (by the inline head
 * script, allowed by its CSP hash), works from the keyboard with aria-pressed; text only hides
 * images and shows their alt text, with JavaScript and as the built /text-only/ pages without
 * it; "Clear my settings" empties all three keys; garbage in storage falls back to the default.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { READING_BOOTSTRAP_HASH } from '../../src/lib/reading-bootstrap';
import { contentPages, fileForPath, isNewsArticle, loadPage } from '../helpers/built-pages';
import { at, launchBrowser, setPreferences, storedPreferences } from '../helpers/reading-browser';
import { serveDist, type DistServer } from '../helpers/serve-dist';

// The first article with an image that has alt text: the page where text only has most to do.
const article =
  contentPages().find((p) => isNewsArticle(p.path) && loadPage(p.path)('main img[alt]:not([alt=""])').length > 0)?.path ??
  '/news/(no article with an image was built)/';
const other = '/faqs/';

let server: DistServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function open(path: string) {
  const response = await page.goto(at(server, path), { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
}

/** Opens the "Reading options" disclosure. */
async function openOptions() {
  await page.locator('summary.app-reading__summary').click();
}

const sizeButton = (label: string) => page.locator(`site-reading-options button[data-text-size="${label.toLowerCase()}"]`);
const pressed = (label: string) => sizeButton(label).getAttribute('aria-pressed');
const htmlClasses = () => page.evaluate(() => [...document.documentElement.classList].sort());

/** Computed font size of the first paragraph of the main text, and two spacing values, in px. */
const measure = () =>
  page.evaluate(() => {
    const p = document.querySelector('main p') as HTMLElement;
    const width = document.querySelector('body > .app-width') as HTMLElement;
    const px = (v: string) => Number.parseFloat(v);
    return {
      fontSize: px(getComputedStyle(p).fontSize),
      paragraphGap: px(getComputedStyle(p).marginBottom),
      pagePadding: px(getComputedStyle(width).paddingLeft),
    };
  });

describe('text size', () => {
  it('makes the body text and the spacing bigger, with aria-pressed on the chosen button', async () => {
    await setPreferences(page, server);
    await open(article);
    const base = await measure();
    await openOptions();
    expect(await pressed('Default'), 'Default is pressed at first').toBe('true');

    for (const [label, factor] of [['Large', 1.25], ['Largest', 1.5]] as const) {
      await sizeButton(label).click();
      const now = await measure();
      expect(now.fontSize / base.fontSize, `${label}: paragraph font size ${now.fontSize}px vs ${base.fontSize}px`).toBeCloseTo(factor, 2);
      expect(now.paragraphGap / base.paragraphGap, `${label}: space below a paragraph`).toBeCloseTo(factor, 2);
      expect(now.pagePadding / base.pagePadding, `${label}: page side padding`).toBeCloseTo(factor, 2);
      for (const each of ['Default', 'Large', 'Largest']) expect(await pressed(each), `${each} after choosing ${label}`).toBe(String(each === label));
      expect((await storedPreferences(page))['hat:text-size']).toBe(label.toLowerCase());
    }

    await sizeButton('Default').click();
    expect((await measure()).fontSize).toBe(base.fontSize);
    expect((await storedPreferences(page))['hat:text-size'], 'Default stores nothing').toBeNull();
  });

  it('is kept across pages and reloads', async () => {
    await setPreferences(page, server);
    await open(article);
    await openOptions();
    await sizeButton('Largest').click();
    for (const step of ['another page', 'reload']) {
      if (step === 'reload') await page.reload({ waitUntil: 'load' });
      else await open(other);
      expect(await htmlClasses(), `classes on <html> after ${step}`).toContain('app-text-size-largest');
      expect(await pressed('Largest'), `Largest still pressed after ${step}`).toBe('true');
      expect(await pressed('Default')).toBe('false');
    }
  });

  it('is on <html> before the first paint: the inline head script alone applies it', async () => {
    await setPreferences(page, server, { textSize: 'largest', textOnly: 'on' });
    // why: with every module script blocked, only the inline <head> script can set the classes.
    // It runs before <body> is parsed, so the first paint already has them (no flash).
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(at(server, article), { waitUntil: 'domcontentloaded' });
    const early = await page.evaluate(() => ({
      classes: [...document.documentElement.classList],
      fontSize: getComputedStyle(document.querySelector('main p') as HTMLElement).fontSize,
      rootSize: getComputedStyle(document.documentElement).fontSize,
      imagesShown: [...document.querySelectorAll('main img')].filter((img) => img.getClientRects().length > 0).length,
      headScriptFirst: document.head.querySelector('script')?.compareDocumentPosition(document.body) === Node.DOCUMENT_POSITION_FOLLOWING,
    }));
    await page.unrouteAll();
    expect(early.classes, 'classes at DOMContentLoaded without the module scripts').toEqual(expect.arrayContaining(['app-js', 'app-text-size-largest', 'app-text-only']));
    expect(early.rootSize, 'root font size (150% of 16px)').toBe('24px');
    expect(Number.parseFloat(early.fontSize), 'first paragraph font size').toBeGreaterThan(24);
    expect(early.imagesShown, 'images drawn in text only').toBe(0);
    expect(early.headScriptFirst, 'the head script comes before <body>').toBe(true);
  });

  it('falls back to the default for a garbage stored value, and keeps working', async () => {
    await setPreferences(page, server);
    await open(article);
    const base = await measure();
    await setPreferences(page, server, { textSize: 'huge', textOnly: 'yes please' });
    await open(article);
    expect(await htmlClasses()).toEqual(['app-js']);
    expect((await measure()).fontSize, 'font size with "huge" stored').toBe(base.fontSize);
    await openOptions();
    expect(await pressed('Default')).toBe('true');
    expect(await page.locator('[data-text-only-toggle]').getAttribute('aria-pressed')).toBe('false');
    await sizeButton('Large').click();
    expect((await storedPreferences(page))['hat:text-size'], 'a good choice replaces the garbage').toBe('large');
  });
});

describe('the keyboard', () => {
  it('reaches and works every option, in order, with Enter and Space', async () => {
    await setPreferences(page, server);
    await open('/');
    const focused = () => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 90) ?? '');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(), 'second Tab stop (after the skip link)').toMatch(/^<summary class="app-reading__summary"/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('details.app-reading').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/data-text-size="default"/);
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/data-text-size="large"/);
    await page.keyboard.press('Space');
    await expect.poll(() => pressed('Large')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => pressed('Largest')).toBe('true');
    expect(await pressed('Large')).toBe('false');

    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/data-text-only-toggle/);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-text-only-toggle]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/data-clear-settings/);
    await page.keyboard.press('Enter');
    await expect.poll(() => htmlClasses()).toEqual(['app-js']);
  });
});

describe('the Content Security Policy', () => {
  /** Serves the page with its own CSP (from its <meta>) as a header too, optionally altered. */
  async function withCspHeader(path: string, alter: (csp: string) => string = (csp) => csp) {
    const html = readFileSync(fileForPath(path) ?? '', 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp, `CSP <meta> on ${path}`).toContain(READING_BOOTSTRAP_HASH);
    await page.route(at(server, path), async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': alter(csp.replaceAll('&#39;', "'")) } });
    });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await setPreferences(page, server, { textSize: 'large' });
    await open(path);
    return violations;
  }

  it('lets the inline head script run, by its hash, with no violation', async () => {
    const violations = await withCspHeader(article);
    expect(violations, violations.join('\n')).toEqual([]);
    // why: only the head script sets app-js; the size class could also come from the module script.
    expect(await htmlClasses()).toEqual(['app-js', 'app-text-size-large']);
  });

  it('would block it without the hash (so the check above means something)', async () => {
    const violations = await withCspHeader(article, (csp) => csp.replace(`'${READING_BOOTSTRAP_HASH}'`, ''));
    expect(violations.join('\n')).toMatch(/(Refused to execute|Executing) inline script.*(violates|blocked)/);
    expect(await htmlClasses()).not.toContain('app-js');
  });
});

describe('text only, with JavaScript', () => {
  it('hides images, shows their alt text, keeps the words and links, and is remembered', async () => {
    await setPreferences(page, server);
    await open(article);
    const before = await page.evaluate(() => ({
      alts: [...document.querySelectorAll('main img')].map((img) => img.getAttribute('alt')).filter(Boolean),
      links: [...document.querySelectorAll('main a[href]')].map((a) => (a as HTMLAnchorElement).href),
      words: (document.querySelector('main h1') as HTMLElement).innerText,
    }));
    expect(before.alts.length, `images with alt text on ${article}`).toBeGreaterThan(0);
    await openOptions();
    await page.locator('[data-text-only-toggle]').click();

    const after = await page.evaluate(() => ({
      imagesShown: [...document.querySelectorAll('img, video, svg')].filter((el) => el.getClientRects().length > 0).length,
      altText: [...document.querySelectorAll('main .app-alt-text')].filter((el) => el.getClientRects().length > 0).map((el) => el.textContent),
      links: [...document.querySelectorAll('main a[href]')].map((a) => (a as HTMLAnchorElement).href),
      words: (document.querySelector('main h1') as HTMLElement).innerText,
      background: getComputedStyle(document.querySelector('.app-header') as HTMLElement).backgroundColor,
      columns: getComputedStyle(document.querySelector('.app-nav ul') as HTMLElement).display,
      hiddenShown: [...document.querySelectorAll('[hidden]')].filter((el) => el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 80)),
    }));
    expect(after.imagesShown, 'images, videos and drawings shown').toBe(0);
    expect(after.altText).toEqual(before.alts.map((alt) => `[Image: ${alt}]`));
    expect(after.links, 'links in the main content').toEqual(before.links);
    expect(after.words).toBe(before.words);
    expect(after.background, 'the header loses its coloured band').toBe('rgba(0, 0, 0, 0)');
    expect(after.columns, 'the navigation is a plain list').toBe('block');
    expect(after.hiddenShown, 'elements with the hidden attribute stay hidden').toEqual([]);
    expect(await page.locator('[data-text-only-toggle]').getAttribute('aria-pressed')).toBe('true');
    expect((await storedPreferences(page))['hat:text-only']).toBe('on');

    await open(other);
    expect(await htmlClasses(), 'still text only on the next page').toContain('app-text-only');
    await openOptions();
    await page.locator('[data-text-only-toggle]').click();
    expect(await htmlClasses()).not.toContain('app-text-only');
    expect((await storedPreferences(page))['hat:text-only']).toBeNull();
    await open(article);
    expect(await page.locator('main .app-alt-text').count(), 'no alt text added on the full page').toBe(0);
    expect(await page.locator('main img').first().isVisible()).toBe(true);
  });

  it('on a built /text-only/ page shows as pressed, and turning it off goes to the full page', async () => {
    await setPreferences(page, server, { textOnly: 'on' });
    await open(`/text-only${other}`);
    await openOptions();
    const toggle = page.locator('[data-text-only-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await Promise.all([page.waitForURL(at(server, other)), toggle.click()]);
    expect(await htmlClasses()).not.toContain('app-text-only');
    expect((await storedPreferences(page))['hat:text-only']).toBeNull();
  });
});

describe('without JavaScript', () => {
  let nojs: BrowserContext;
  let plain: Page;

  beforeAll(async () => {
    nojs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    plain = await nojs.newPage();
  });
  afterAll(() => nojs?.close());

  it('the options explain zoom and link to the text-only page; no button is shown', async () => {
    await plain.goto(at(server, article), { waitUntil: 'load' });
    await plain.locator('summary.app-reading__summary').click();
    const panel = await plain.evaluate(() => ({
      buttons: [...document.querySelectorAll('.app-reading button')].filter((b) => b.getClientRects().length > 0).length,
      text: (document.querySelector('.app-reading') as HTMLElement).innerText,
    }));
    expect(panel.buttons, 'visible buttons without JavaScript').toBe(0);
    expect(panel.text).toMatch(/use your browser's zoom/);
    await Promise.all([plain.waitForURL(at(server, `/text-only${article}`)), plain.getByRole('link', { name: 'Text-only version of this page' }).click()]);
  });

  it('the /text-only/ page has no images, shows alt text, and keeps the reader in text only', async () => {
    await plain.goto(at(server, `/text-only${article}`), { waitUntil: 'load' });
    const alts = loadPage(article)('main img')
      .map((_, img) => img.attribs.alt)
      .get()
      .filter(Boolean)
      .map((alt) => `[Image: ${alt}]`);
    const state = await plain.evaluate(() => ({
      images: document.querySelectorAll('img, picture, video').length,
      altText: [...document.querySelectorAll('main .app-alt-text')].filter((el) => el.getClientRects().length > 0).map((el) => el.textContent),
      navLinks: [...document.querySelectorAll('nav[aria-label="Main"] a')].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      width: document.body.getBoundingClientRect().width,
    }));
    expect(state.images).toBe(0);
    expect(state.altText).toEqual(alts);
    expect(state.navLinks.length).toBeGreaterThan(0);
    for (const link of state.navLinks) expect(link, 'main navigation stays in text only').toMatch(/\/text-only\//);
    expect(state.width, 'one narrow column').toBeLessThanOrEqual(40 * 16 + 1);
    const back = plain.getByRole('link', { name: 'Back to the full version' });
    expect(await back.isVisible()).toBe(true);
    await Promise.all([plain.waitForURL(at(server, article)), back.click()]);
  });
});

describe('Clear my settings', () => {
  it('removes all three keys, resets the page and says so in a polite live region', async () => {
    await setPreferences(page, server, { textSize: 'largest', textOnly: 'on', postcode: JSON.stringify({ postcode: 'TS1 2AB', area: 'middlesbrough' }) });
    await open(other);
    expect(await htmlClasses()).toEqual(['app-js', 'app-text-only', 'app-text-size-largest']);
    await openOptions();
    await page.locator('[data-clear-settings]').click();
    expect(await storedPreferences(page)).toEqual({ 'hat:text-size': null, 'hat:text-only': null, 'hat:postcode': null });
    expect(await htmlClasses()).toEqual(['app-js']);
    expect(await pressed('Default')).toBe('true');
    const status = page.locator('[data-reading-status]');
    await expect.poll(() => status.textContent()).toMatch(/Your settings have been cleared/);
    expect(await status.getAttribute('role'), 'a status region (polite)').toBe('status');
    expect(await status.isVisible(), 'the confirmation is visible').toBe(true);
  });
});
