/**
 * "Set your postcode" in real Chromium over the built site (HAT_DIST_DIR): each area, typed
 * loosely, a district split by sector, outside the areas, invalid, empty, forget; it persists
 * across pages and reloads, never makes a network request, is absent without JavaScript (where
 * everything is shown), and passes axe with a postcode set and with its error shown.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPage } from '../helpers/built-pages';
import { CHROMIUM_ARGS, findChromium, launchChromium, type LaunchedChromium } from '../helpers/chromium';
import { serveDist, type DistServer } from '../helpers/serve-dist';

const KEY = 'hat:postcode';
const AREAS = [
  { id: 'middlesbrough', name: 'Middlesbrough', postcode: 'TS1 2AB' },
  { id: 'redcar-and-cleveland', name: 'Redcar and Cleveland', postcode: 'TS10 1LZ' },
  { id: 'stockton-on-tees', name: 'Stockton-on-Tees', postcode: 'TS18 1AA' },
  { id: 'hartlepool', name: 'Hartlepool', postcode: 'TS24 9AH' },
];
const PAGES = ['/', '/news/', '/events/'];
const OUTSIDE = 'TS9 6AB is outside the areas this site covers (Middlesbrough, Redcar and Cleveland, Stockton-on-Tees, Hartlepool). Showing everything.';

/** Links of the built page's list items tagged with an area, in page order (what the section must show). */
const builtItems = (path: string, area: string) => {
  const $ = loadPage(path);
  return $(`[data-area-list] [data-area="${area}"]`)
    .map((_, li) => $(li).find('a').first().attr('href'))
    .get();
};
/** Number of items in the built page's area lists. */
const builtCount = (path: string) => loadPage(path)('[data-area-list] > li').length;

let server: DistServer;
let browser: LaunchedChromium;
let page: Page;
/** Every request the browser made, as "METHOD url". */
const requests: string[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  browser.context.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await open('/');
  await page.evaluate(() => localStorage.clear());
});

/** Loads a page and waits until <site-postcode> has shown itself (its script has run). */
async function open(path: string) {
  const response = await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  await page.waitForSelector('site-postcode:not([hidden])', { timeout: 5_000 });
}

async function setPostcode(typed: string) {
  await page.getByLabel('Postcode', { exact: true }).fill(typed);
  await page.getByRole('button', { name: 'Set postcode' }).click();
}

const stored = () => page.evaluate((key) => localStorage.getItem(key), KEY);
const status = () => page.locator('site-postcode [role="status"]').innerText();
const latest = () => page.locator('[data-latest]');

/** What the "Latest from your area" section shows: visible?, heading, links of its items. */
async function latestSection() {
  const section = latest();
  const visible = await section.isVisible();
  return {
    visible,
    heading: visible ? await section.getByRole('heading', { level: 2 }).innerText() : null,
    links: visible ? await section.locator('[data-latest-items] > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))) : [],
  };
}

describe('a postcode in each area', () => {
  it('the events page has items in every area, so each area is shown first somewhere', () => {
    for (const area of AREAS) expect(builtItems('/events/', area.id).length, `events in ${area.name}`).toBeGreaterThan(0);
  });

  for (const path of PAGES) {
    it.each(AREAS)(`${path}: $postcode shows only $name's items first, and names the area`, async (area) => {
      await open(path);
      await setPostcode(area.postcode);
      const expected = builtItems(path, area.id);
      const shown = await latestSection();
      if (expected.length) {
        expect(shown).toEqual({ visible: true, heading: `Latest from your area: ${area.name}`, links: expected });
        expect(await latest().locator('[data-latest-note]').innerText()).toContain(`Chosen from your postcode, ${area.postcode}.`);
        expect(await status()).toBe(`${area.postcode} is in ${area.name}. Showing news and events from ${area.name} first.`);
        const target = await latest().locator('[data-show-all]').getAttribute('href');
        const firstList = loadPage(path)('[data-area-list]').first().children('li').length;
        expect(await page.locator(`${target}[data-area-list] > li`).count(), 'the "show everything" link leads to the full list').toBe(firstList);
      } else {
        expect(shown.visible, 'no section when the page has nothing from the area').toBe(false);
        expect(await status()).toBe(`${area.postcode} is in ${area.name}. There is nothing from ${area.name} on this page yet, so everything is shown.`);
      }
      // why: the rest stays on the page: every item of the full lists is still there and visible.
      await expect.poll(() => page.locator('[data-area-list] > li:visible').count()).toBe(builtCount(path));
      expect(JSON.parse((await stored()) ?? 'null')).toEqual({ postcode: area.postcode, area: area.id });
    });
  }
});

describe('how people type it', () => {
  it('reads lower case without a space, shows it tidied and stores it tidied', async () => {
    await open('/events/');
    await setPostcode('ts12ab');
    expect(await page.getByLabel('Postcode', { exact: true }).inputValue()).toBe('TS1 2AB');
    expect(JSON.parse((await stored()) ?? 'null')).toEqual({ postcode: 'TS1 2AB', area: 'middlesbrough' });
    expect((await latestSection()).heading).toBe('Latest from your area: Middlesbrough');
  });

  it('decides a district shared by two areas by its sector (TS7 8 Middlesbrough, TS7 9 Redcar and Cleveland)', async () => {
    await open('/events/');
    await setPostcode(' ts7  9ab ');
    expect((await latestSection()).heading).toBe('Latest from your area: Redcar and Cleveland');
    await setPostcode('TS78AB');
    expect((await latestSection()).heading).toBe('Latest from your area: Middlesbrough');
  });

  it('a real postcode outside the four areas says so and shows everything', async () => {
    await open('/events/');
    await setPostcode('ts9 6ab');
    expect(await status()).toBe(OUTSIDE);
    expect((await latestSection()).visible).toBe(false);
    expect(await page.locator('[data-area-list] > li:visible').count()).toBe(builtCount('/events/'));
    expect(JSON.parse((await stored()) ?? 'null')).toEqual({ postcode: 'TS9 6AB', area: null });
  });
});

describe('bad input: the GOV.UK error message pattern, nothing stored', () => {
  /** The error as a screen reader meets it, plus the state around it. */
  const errorState = () =>
    page.evaluate(() => {
      const input = document.getElementById('site-postcode-input') as HTMLInputElement;
      const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/);
      const error = document.getElementById('site-postcode-error') as HTMLElement;
      return {
        focused: document.activeElement === input,
        describedBy: described,
        errorText: error.hidden ? null : error.textContent?.replace(/\s+/g, ' ').trim(),
        prefixHidden: error.querySelector('.app-visually-hidden')?.textContent,
        groupInError: input.closest('.app-form-group')?.classList.contains('app-form-group--error'),
        inputInError: input.classList.contains('app-input--error'),
      };
    });

  it.each([
    ['TS1 2A', 'Enter a real postcode, like TS1 2AB'],
    ['hello', 'Enter a real postcode, like TS1 2AB'],
    ['', 'Enter a postcode, like TS1 2AB'],
    ['   ', 'Enter a postcode, like TS1 2AB'],
  ])('%j: inline error, focus on the input, linked by aria-describedby', async (typed, message) => {
    await open('/news/');
    await setPostcode(typed);
    expect(await errorState()).toEqual({
      focused: true,
      describedBy: ['site-postcode-hint', 'site-postcode-error'],
      errorText: `Error: ${message}`,
      prefixHidden: 'Error:',
      groupInError: true,
      inputInError: true,
    });
    expect(await stored()).toBeNull();
    expect((await latestSection()).visible).toBe(false);
  });

  it('keeps a postcode set earlier when a wrong one is typed, and clears the error once it is right', async () => {
    await open('/news/');
    await setPostcode('TS1 2AB');
    await setPostcode('TS1 2A');
    expect(JSON.parse((await stored()) ?? 'null')).toEqual({ postcode: 'TS1 2AB', area: 'middlesbrough' });
    await setPostcode('TS24 9AH');
    const state = await errorState();
    expect([state.errorText, state.groupInError, state.describedBy]).toEqual([null, false, ['site-postcode-hint']]);
  });
});

describe('forget my postcode', () => {
  it('clears it, restores the unfiltered page and confirms politely', async () => {
    await open('/events/');
    await setPostcode('TS1 2AB');
    expect((await latestSection()).visible).toBe(true);
    await page.getByRole('button', { name: 'Forget my postcode' }).click();
    expect(await stored()).toBeNull();
    expect((await latestSection()).visible).toBe(false);
    expect(await status()).toBe('Your postcode has been forgotten. Showing everything.');
    expect(await page.getByRole('button', { name: 'Forget my postcode' }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-postcode-input');
    await open('/events/');
    expect((await latestSection()).visible, 'still forgotten after reloading').toBe(false);
  });

  it('the page says the postcode stays in the browser and is never sent', async () => {
    await open('/');
    expect(await page.locator('site-postcode').innerText()).toContain('Your postcode stays in this browser and is never sent anywhere.');
  });
});

describe('across pages and reloads', () => {
  it('a postcode set on one page applies on the home page, news and events, and after a reload', async () => {
    await open('/news/');
    await setPostcode('TS1 2AB');
    for (const path of ['/', '/events/', '/news/']) {
      await open(path);
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('site-postcode:not([hidden])');
      expect(await page.getByLabel('Postcode', { exact: true }).inputValue(), path).toBe('TS1 2AB');
      const expected = builtItems(path, 'middlesbrough');
      expect((await latestSection()).links, path).toEqual(expected);
      expect(await status(), path).toContain('TS1 2AB is in Middlesbrough.');
    }
  });
});

describe('privacy', () => {
  it('setting, changing and forgetting a postcode makes no network request at all', async () => {
    await open('/events/');
    await page.waitForLoadState('networkidle');
    const before = requests.length;
    await setPostcode('TS1 2AB');
    await setPostcode('ts9 6ab');
    await setPostcode('nonsense');
    await page.getByRole('button', { name: 'Forget my postcode' }).click();
    await page.waitForTimeout(500);
    expect(requests.slice(before)).toEqual([]);
  });

  it('every request of the whole run went to the site itself', () => {
    const origin = new URL(server.url).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.split(' ')[1].startsWith(`${origin}/`))).toEqual([]);
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'hat-chromium-nojs-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: CHROMIUM_ARGS,
      javaScriptEnabled: false,
    });
  });

  afterAll(async () => {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it.each(PAGES)('%s shows every item and no postcode form that could not work', async (path) => {
    const noJs = await context.newPage();
    await noJs.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'load' });
    expect(await noJs.locator('site-postcode').count(), 'the component is in the HTML').toBe(1);
    expect(await noJs.locator('site-postcode').isVisible()).toBe(false);
    expect(await noJs.getByLabel('Postcode', { exact: true }).isVisible()).toBe(false);
    expect(await noJs.getByRole('button', { name: 'Set postcode' }).count(), 'hidden from assistive technology too').toBe(0);
    expect(builtCount(path)).toBeGreaterThan(0);
    expect(await noJs.locator('[data-area-list] > li:visible').count()).toBe(builtCount(path));
    await noJs.close();
  });
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const violations = async () =>
    (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  it.each(['/', '/news/'])('%s with a postcode set', async (path) => {
    await open(path);
    await setPostcode('TS1 2AB');
    expect((await latestSection()).visible || (await status()).includes('nothing from')).toBe(true);
    expect(await violations()).toEqual([]);
  });

  it.each(['/', '/news/'])('%s with the error shown', async (path) => {
    await open(path);
    await setPostcode('TS1 2A');
    expect(await page.locator('#site-postcode-error').isVisible()).toBe(true);
    expect(await violations()).toEqual([]);
  });
});
