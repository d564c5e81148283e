/**
 * Shared steps of the reading-options and share browser tests: a Chromium that can open
 * contexts with JavaScript off, stored preferences set the way a reader's browser keeps them,
 * sideways-scroll and axe checks with readable failures.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PREFERENCE_KEYS, type PreferenceName } from '../../src/scripts/preferences';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import type { DistServer } from './serve-dist';

/** WCAG 2.2 A and AA, as tests/browser/accessibility.browser.test.ts checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Headless Chromium (not a persistent profile), so a test can open several contexts, e.g. one
 * with JavaScript switched off. Close it in afterAll.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, '--lang=en-GB'] });
}

/** The full URL of a site path ("/news/") on the test server. */
export const at = (server: DistServer, path: string): string => new URL(path.replace(/^\//, ''), server.url).href;

/** Empties the site's storage, then stores the given preferences (by name: textSize, textOnly, postcode). */
export async function setPreferences(page: Page, server: DistServer, prefs: Partial<Record<PreferenceName, string>> = {}): Promise<void> {
  // why: localStorage belongs to the origin, so the page must be on the site to set it.
  if (!page.url().startsWith(server.url)) await page.goto(at(server, '/404.html'));
  const entries = Object.entries(prefs).map(([name, value]) => [PREFERENCE_KEYS[name as PreferenceName], value]);
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [key, value] of items) localStorage.setItem(key, value);
  }, entries);
}

/** The three stored values, by key (null when unset). */
export function storedPreferences(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate((keys) => Object.fromEntries(keys.map((k) => [k, localStorage.getItem(k)])), Object.values(PREFERENCE_KEYS));
}

/** The page's width, and the elements sticking out past `width` when it scrolls sideways. */
export function sidewaysOverflow(page: Page, width: number): Promise<{ width: number; culprits: string[] }> {
  return page.evaluate((limit) => {
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= limit) return { width: scrollWidth, culprits: [] as string[] };
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
      .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > limit + 0.5))
      .slice(0, 5)
      .map((el) => {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`;
      });
    return { width: scrollWidth, culprits };
  }, width);
}

/** axe's WCAG 2.2 AA violations, one readable block each (rule, impact, help, failing selectors). */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${label}: ${v.id} (${v.impact ?? 'unknown'}) ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`).join('\n'),
  );
}
