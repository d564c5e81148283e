/**
 * Search (issue 5) in real Chromium over the built site and its Pagefind index: known pages are
 * found, no results are announced, each filter narrows, the keyboard path from the header box to a
 * result, axe with results shown, no search code on content pages, and the page without JavaScript.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage } from '../helpers/built-pages';
import { launchBrowser } from '../helpers/reading-browser';
import { serveDist, type DistServer } from '../helpers/serve-dist';

const ARTICLE = '/news/2020-11-10-university-awarded-60000-to-evaluate-hat/';
/** A word in the article's body only: not in its title or summary. */
const BODY_WORD = 'handful';
const LEAFLET = '/documents/hat-leaflet/';
/** Words from the leaflet's summary (its description). */
const SUMMARY_WORDS = 'two-page A5 leaflet';

let server: DistServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const status = () => page.locator('[data-search-status]');
const resultLinks = () => page.locator('.app-search-result h3 a');
const hrefs = () => resultLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
const types = () => page.locator('.app-search-result__meta').evaluateAll((els) => els.map((el) => (el.textContent ?? '').split(' · ')[0]));
/** The site path with the base path in front, as result links carry it. */
const sitePath = (path: string) => new URL(path.slice(1), server.url).pathname;

/** Opens /search/?q=… and waits for the live region to say what was found. */
async function search(query: string, extra = '') {
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}${extra}`);
  await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/results? for|No results/);
}

/** Ticks a filter box by its visible name and waits for the new results. */
async function tick(group: string, value: string) {
  const before = await status().textContent();
  await page.locator(`input[name="${group}"][value="${value}"]`).check();
  await expect.poll(() => status().textContent()).not.toBe(before);
}

/** Presses "Show more results" until every result is shown. */
async function showAll() {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await resultLinks().count();
    await more.click();
    await expect.poll(() => resultLinks().count()).toBeGreaterThan(shown);
  }
}

/** The total in "12 results for …". */
const total = async () => Number((await status().textContent())?.match(/^(\d+) results?/)?.[1] ?? 0);

describe('finding known pages', () => {
  it('finds the FAQ about safety by its wording, as its own result that opens the answer', async () => {
    await search('is it safe');
    const first = resultLinks().first();
    await expect.poll(() => first.textContent()).toBe('Is it safe?');
    expect(await first.getAttribute('href')).toBe(`${sitePath('/faqs/')}#is-it-safe-answer`);
    expect((await types())[0]).toBe('FAQ');
    await expect.poll(() => page.locator('.app-search-result__excerpt mark').count()).toBeGreaterThan(0);
    await first.click();
    await page.waitForURL(/faqs\/#is-it-safe-answer$/);
    await expect.poll(() => page.locator('details#is-it-safe').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it('finds a news article by a word in its body, with its type and date', async () => {
    const $ = loadPage(ARTICLE);
    expect($('h1').text() + $('.app-lead').text(), 'the word is not in the title or summary').not.toMatch(new RegExp(BODY_WORD, 'i'));
    expect($('main').text(), 'the word is in the body').toMatch(new RegExp(BODY_WORD, 'i'));
    await search(BODY_WORD);
    await showAll();
    const found = page.locator('.app-search-result', { has: page.locator(`h3 a[href="${sitePath(ARTICLE)}"]`) });
    await expect.poll(() => found.count()).toBe(1);
    expect(await found.locator('.app-search-result__meta').textContent()).toBe('News · 10 November 2020');
  });

  it('finds a document by its summary', async () => {
    await search(SUMMARY_WORDS);
    expect((await hrefs())[0]).toBe(sitePath(LEAFLET));
    expect((await types())[0]).toBe('Document');
    expect(await page.locator('.app-search-result__excerpt').first().textContent()).toContain('two-page A5 leaflet');
  });

  it('links sections of long pages to headings that exist', async () => {
    await search('safe');
    const sections = await page.locator('.app-search-result__sections a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(sections.length, 'some results show matching sections').toBeGreaterThan(0);
    for (const href of sections) {
      const [path, id] = href.split('#');
      const $ = loadPage(path.slice(sitePath('/').length - 1));
      expect($(`[id="${id}"]`).length, `${href} jumps to an element`).toBe(1);
    }
  });

  it('shows 5 results, then 5 more on request, with focus on the first new one', async () => {
    await search('treatment');
    expect(await total()).toBeGreaterThan(10);
    expect(await resultLinks().count()).toBe(5);
    await page.locator('[data-search-more]').click();
    await expect.poll(() => resultLinks().count()).toBe(10);
    expect(await resultLinks().nth(5).evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await status().textContent()).toMatch(/^Showing 10 of \d+ results for “treatment”\.$/);
  });
});

describe('no results', () => {
  it('says so in the polite live region, and offers other ways in', async () => {
    await search('zzqqxxyy');
    expect(await status().getAttribute('role')).toBe('status');
    expect(await status().getAttribute('aria-live')).toBe('polite');
    expect(await status().textContent()).toBe('No results for “zzqqxxyy”.');
    expect(await resultLinks().count()).toBe(0);
    const help = page.locator('[data-search-help]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([sitePath('/site-map/'), sitePath('/faqs/')]);
  });

  it('announces each change of results as you type', async () => {
    await page.goto(`${server.url}search/`);
    await page.locator('#search-input').fill('safe');
    await expect.poll(() => status().textContent()).toMatch(/^\d+ results? for “safe”/);
    await page.locator('#search-input').fill('zzqqxxyy');
    await expect.poll(() => status().textContent()).toBe('No results for “zzqqxxyy”.');
  });
});

describe('filters', () => {
  it('content type narrows to that type; two types give either', async () => {
    await search('treatment');
    const all = await total();
    const label = page.locator('label[for]', { has: page.locator('text=News') }).first();
    expect(await label.textContent()).toMatch(/^News \(\d+\)$/);
    const newsCount = Number((await label.textContent())?.match(/\((\d+)\)/)?.[1]);
    await tick('type', 'News');
    expect(await total()).toBe(newsCount);
    expect(newsCount).toBeLessThan(all);
    await showAll();
    expect(new Set(await types())).toEqual(new Set(['News']));
    expect(await status().textContent()).toContain('with the filters you chose');
    await tick('type', 'FAQ');
    expect(await total()).toBeGreaterThan(newsCount);
    await showAll();
    expect(new Set(await types())).toEqual(new Set(['News', 'FAQ']));
    expect(page.url(), 'the choice is kept in the address').toMatch(/type=News&type=FAQ/);
  });

  it('area and year narrow, and combine with the type', async () => {
    await search('treatment');
    const all = await total();
    await tick('area', 'Middlesbrough');
    const inArea = await total();
    expect(inArea).toBeGreaterThan(0);
    expect(inArea).toBeLessThan(all);
    await tick('year', '2020');
    const inYear = await total();
    expect(inYear).toBeGreaterThan(0);
    expect(inYear).toBeLessThan(inArea);
    await showAll();
    const dates = await page.locator('.app-search-result__meta').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    for (const date of dates) expect(date).toMatch(/ 2020$/);
    // Every result is on a Middlesbrough page: check the built pages' filters.
    for (const href of await hrefs()) {
      const $ = loadPage(href.slice(sitePath('/').length - 1));
      expect($('[data-pagefind-filter="area:Middlesbrough"]').length, `${href} is tagged Middlesbrough`).toBe(1);
    }
  });

  it('restores ticked filters from the address', async () => {
    await search('treatment', '&type=Evidence');
    expect(await page.locator('input[name="type"][value="Evidence"]').isChecked()).toBe(true);
    expect(new Set(await types())).toEqual(new Set(['Evidence']));
  });
});

describe('keyboard', () => {
  it('goes from the header box on a content page to a result with Tab and Enter only', async () => {
    await page.goto(`${server.url}what-is-hat/`);
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.id === 'header-search-input')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id), 'Tab reaches the header search box').toBe('header-search-input');
    await page.keyboard.type('who paid for it');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=who\+paid\+for\+it$/);
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/results? for “who paid for it”/);
    const first = await resultLinks().first().getAttribute('href');
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.matches('.app-search-result h3 a'))); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href')), 'Tab reaches the first result').toBe(first);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === first);
  });
});

describe('accessibility', () => {
  it('has no axe violations with results and filters shown', async () => {
    await search('safe');
    await tick('type', 'FAQ');
    await page.locator('[data-search-more]').isVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const report = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(report, report.join('\n')).toEqual([]);
  });
});

describe('loading only when someone searches', () => {
  it('requests no search code on a content page, even when the box is used, until the search page', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}news/`, { waitUntil: 'networkidle' });
    await page.locator('#header-search-input').focus();
    await page.keyboard.type('cost');
    await page.waitForTimeout(300);
    const onContentPage = requests.filter((path) => /pagefind|site-search/i.test(path));
    expect(onContentPage, 'search requests on a content page').toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/results? for “cost”/);
    expect(requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    page.removeAllListeners('request');
  });

  it('on the search page, loads the search code only once the box is focused', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
    expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await page.locator('#search-input').focus();
    await expect.poll(() => requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    page.removeAllListeners('request');
  });
});

describe('when the search code cannot load', () => {
  it('says so and offers the site map and the FAQs', async () => {
    const context = await browser.newContext();
    const offline = await context.newPage();
    await offline.route('**/pagefind/**', (route) => route.abort());
    await offline.goto(`${server.url}search/?q=safe`);
    const said = offline.locator('[data-search-status]');
    await expect.poll(() => said.textContent()).toBe('Search could not be loaded. Check your connection and try again.');
    expect(await offline.locator('[data-search-nojs] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([sitePath('/site-map/'), sitePath('/faqs/')]);
    expect(await offline.locator('[data-search-nojs]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('says search needs JavaScript, links to the site map and FAQs, and shows no form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.url}search/?q=safe`);
    const message = noJs.locator('[data-search-nojs]');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain('Search needs JavaScript');
    expect(await message.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([sitePath('/site-map/'), sitePath('/faqs/')]);
    expect(await noJs.locator('#search-input').isVisible(), 'no dead search form').toBe(false);
    await context.close();
  });
});
