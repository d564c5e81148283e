/**
 * Keyboard-only use in real Chromium: the skip link is the first Tab stop, is visible when
 * focused and moves focus to the main content; FAQ answers open with Enter and Space.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, isNewsArticle } from '../helpers/built-pages';
import { launchChromium, type LaunchedChromium } from '../helpers/chromium';
import { serveDist, type DistServer } from '../helpers/serve-dist';

const article = builtPages().find((p) => isNewsArticle(p.path))?.path;

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

async function open(path: string) {
  const response = await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
}

describe('the skip link', () => {
  it('is on a news article page we can test', () => {
    expect(article, 'a built news article (/news/<slug>/)').toBeDefined();
  });

  it.each(['/', article ?? '/news/(no article built)/', '/faqs/'])(
    '%s: first Tab shows it, Enter moves to main',
    async (path) => {
      await open(path);
      await page.keyboard.press('Tab');

      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return undefined;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return {
          html: el.outerHTML.slice(0, 120),
          isSkipLink: el.matches('a.app-skip-link[href="#main-content"]'),
          box: { x: box.x, y: box.y, width: box.width, height: box.height },
          viewport: { width: innerWidth, height: innerHeight },
          visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
          clipped: style.clip !== 'auto' || style.clipPath !== 'none',
        };
      });
      expect(focused?.isSkipLink, `first Tab stop is the skip link, not ${focused?.html}`).toBe(true);
      if (!focused) return;
      const { box, viewport } = focused;
      expect(box.width * box.height, 'skip link has a size when focused').toBeGreaterThan(0);
      expect(
        box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height,
        `skip link box ${JSON.stringify(box)} inside the ${viewport.width}x${viewport.height} viewport`,
      ).toBe(true);
      expect(focused.visible, 'skip link visible (not hidden, transparent or display:none)').toBe(true);
      expect(focused.clipped, 'skip link not clipped away when focused').toBe(false);

      await page.keyboard.press('Enter');
      // why: the key press returns before Chromium commits the same-page navigation; wait briefly.
      await page
        .waitForFunction(() => location.hash === '#main-content' && !!document.activeElement?.closest('main'), null, {
          timeout: 2_000,
        })
        .catch(() => undefined);
      expect(new URL(page.url()).hash, 'URL fragment after Enter on the skip link').toBe('#main-content');
      // why: following a link to a plain <main> only moves the caret; focus moves to it only
      // when it is focusable (tabindex="-1"), so screen readers start reading there.
      const active = await page.evaluate(() => {
        const el = document.activeElement;
        return { inMain: !!el?.closest('main#main-content'), html: el?.outerHTML.slice(0, 80) };
      });
      expect(active.inMain, `focus after Enter is in main#main-content, not ${active.html}`).toBe(true);
    },
  );
});

describe('/faqs/ questions', () => {
  it('open and close with Enter and Space', async () => {
    await open('/faqs/');
    // why: the "Embed this" boxes inside the answers (details.app-embed-this) are not questions.
    const summaries = page.locator('main details:not(.app-embed-this) > summary');
    expect(await summaries.count()).toBeGreaterThanOrEqual(2);
    const isOpen = (i: number) => summaries.nth(i).evaluate((s) => (s.parentElement as HTMLDetailsElement).open);

    // why: poll, because the toggle can land a moment after the key press returns.
    await summaries.nth(0).focus();
    expect(await isOpen(0), 'first question starts closed').toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(0), { message: 'first question opens with Enter' }).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(0), { message: 'and closes with Enter' }).toBe(false);

    await summaries.nth(1).focus();
    expect(await isOpen(1), 'second question starts closed').toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(() => isOpen(1), { message: 'second question opens with Space' }).toBe(true);
  });
});
