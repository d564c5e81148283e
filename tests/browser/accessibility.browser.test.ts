/**
 * WCAG 2.2 AA with axe-core in real Chromium on every built content page, at desktop width
 * and at 320 CSS px, where the page must also reflow without sideways scrolling (WCAG 1.4.10).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPages, embedPages } from '../helpers/built-pages';
import { launchChromium, type LaunchedChromium } from '../helpers/chromium';
import { serveDist, type DistServer } from '../helpers/serve-dist';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// why: /admin/ is the Decap CMS app, not our markup (see isAppPage); every other page is checked,
// including the widgets under /embed/ (shown inside other sites, held to the same standard).
const pages = [...contentPages(), ...embedPages()].map((p) => p.path);

let server: DistServer;
let browser: LaunchedChromium;
let page: Page;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads a site path; fails when the server answers with an error. */
async function open(path: string) {
  const response = await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
}

/** Runs axe and fails with one readable block per violation: rule, impact, help, failing selectors. */
async function expectNoViolations(path: string, width: number) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = results.violations.map(
    (v) =>
      `${path}: ${v.id} (${v.impact ?? 'unknown'}) ${v.help}\n` +
      v.nodes
        .map(
          (n) =>
            `    ${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`,
        )
        .join('\n'),
  );
  expect(report.length, `axe violations on ${path} at ${width} px:\n${report.join('\n')}\n`).toBe(0);
}

describe('at 1280 px wide', () => {
  it.each(pages)('%s has no axe violations', async (path) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(path);
    await expectNoViolations(path, 1280);
  });
});

describe('at 320 px wide', () => {
  it.each(pages)('%s reflows without sideways scrolling and has no axe violations', async (path) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(path);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.scrollWidth;
      if (width <= 320) return { width, culprits: [] as string[] };
      // why: name the elements that stick out, so the fix is obvious.
      const culprits = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > 320.5)
        .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > 320.5))
        .slice(0, 5)
        .map((el) => {
          const id = el.id ? `#${el.id}` : '';
          const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
          return `${el.tagName.toLowerCase()}${id}${cls} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`;
        });
      return { width, culprits };
    });
    expect(
      overflow.width,
      `${path} is ${overflow.width} px wide at 320 px; sticking out: ${overflow.culprits.join(', ')}`,
    ).toBeLessThanOrEqual(320);
    await expectNoViolations(path, 320);
  });
});
