/**
 * Every reading mode passes axe (WCAG 2.2 A/AA) and reflows without sideways scrolling at 320 px
 * (issue 4: "both pass axe on every page in every combination").
 * Chosen to keep the run to a few minutes: EVERY page in the three hardest modes (Largest at
 * 320 px; Largest + text only at 320 px; Default + text only at 1280 px) and every built
 * /text-only/ copy in Largest at 320 px; a representative set of pages (home, a news article,
 * the news list, FAQs, evidence, privacy, events) in the other combinations, with the Reading
 * options panel open so its buttons are checked in each state too. Default without options is
 * tests/browser/accessibility.browser.test.ts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreferenceName } from '../../src/scripts/preferences';
import { contentPages, isNewsArticle, textOnlyPages } from '../helpers/built-pages';
import { at, axeViolations, launchBrowser, setPreferences, sidewaysOverflow } from '../helpers/reading-browser';
import { serveDist, type DistServer } from '../helpers/serve-dist';

const every = contentPages().map((p) => p.path);
const copies = textOnlyPages().map((p) => p.path);
const article = every.find(isNewsArticle);
const sample = ['/', article, '/news/', '/faqs/', '/evidence/', '/privacy/', '/events/'].filter((p): p is string => !!p && every.includes(p));

interface Mode {
  name: string;
  prefs: Partial<Record<PreferenceName, string>>;
  width: number;
  pages: string[];
  /** Classes <html> must have, proving the mode is on. */
  classes: string[];
  /** Open the Reading options panel before checking. */
  openOptions?: boolean;
}

const MODES: Mode[] = [
  { name: 'Largest', prefs: { textSize: 'largest' }, width: 320, pages: every, classes: ['app-text-size-largest'] },
  { name: 'Largest + text only', prefs: { textSize: 'largest', textOnly: 'on' }, width: 320, pages: every, classes: ['app-text-size-largest', 'app-text-only'] },
  { name: 'Default + text only', prefs: { textOnly: 'on' }, width: 1280, pages: every, classes: ['app-text-only'] },
  { name: 'the /text-only/ copies in Largest', prefs: { textSize: 'largest' }, width: 320, pages: copies, classes: ['app-text-size-largest', 'app-text-only'] },
  { name: 'Default, options open', prefs: {}, width: 320, pages: sample, classes: ['app-js'], openOptions: true },
  { name: 'Large, options open', prefs: { textSize: 'large' }, width: 1280, pages: sample, classes: ['app-text-size-large'], openOptions: true },
  { name: 'Large, options open', prefs: { textSize: 'large' }, width: 320, pages: sample, classes: ['app-text-size-large'], openOptions: true },
  { name: 'Largest, options open', prefs: { textSize: 'largest' }, width: 1280, pages: sample, classes: ['app-text-size-largest'], openOptions: true },
  { name: 'Large + text only, options open', prefs: { textSize: 'large', textOnly: 'on' }, width: 320, pages: sample, classes: ['app-text-size-large', 'app-text-only'], openOptions: true },
  { name: 'Largest + text only, options open', prefs: { textSize: 'largest', textOnly: 'on' }, width: 1280, pages: sample, classes: ['app-text-size-largest', 'app-text-only'], openOptions: true },
];

let server: DistServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(MODES)('$name at $width px', (mode) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: mode.width, height: 800 } });
    page = await context.newPage();
    await setPreferences(page, server, mode.prefs);
  });
  afterAll(() => context?.close());

  it('has pages to check', () => {
    expect(mode.pages.length).toBeGreaterThan(0);
  });

  it.each(mode.pages)('%s: no sideways scrolling, no axe violations', async (path) => {
    const response = await page.goto(at(server, path), { waitUntil: 'load' });
    expect(response?.status(), `HTTP status of ${path}`).toBe(200);
    const classes = await page.evaluate(() => [...document.documentElement.classList]);
    expect(classes, `the mode is on for ${path}`).toEqual(expect.arrayContaining(mode.classes));
    if (mode.openOptions) await page.locator('summary.app-reading__summary').click();

    const overflow = await sidewaysOverflow(page, mode.width);
    expect(overflow.width, `${path} is ${overflow.width} px wide at ${mode.width} px; sticking out: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(mode.width);
    const report = await axeViolations(page, `${path} (${mode.name}, ${mode.width} px)`);
    expect(report.length, `axe violations:\n${report.join('\n')}\n`).toBe(0);
  });
});
