/**
 * Chromium picks the AVIF version of a news article's hero image (sharp made it; product.md).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, isNewsArticle, loadPage } from '../helpers/built-pages';
import { launchChromium, type LaunchedChromium } from '../helpers/chromium';
import { serveDist, type DistServer } from '../helpers/serve-dist';

// The first article whose main content has a <picture>: its first image is the hero.
const article = builtPages().find((p) => isNewsArticle(p.path) && loadPage(p.path)('main picture img').length > 0)?.path;

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

describe('a news article hero image', () => {
  it('loads as AVIF', async () => {
    expect(article, 'a built news article with a <picture> in main').toBeDefined();
    if (!article) return;
    await page.goto(new URL(article.slice(1), server.url).href, { waitUntil: 'load' });
    const hero = page.locator('main picture img').first();
    await hero.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const img = document.querySelector('main picture img') as HTMLImageElement | null;
      return !!img && img.complete && img.currentSrc !== '';
    });
    const image = await hero.evaluate((img: HTMLImageElement) => ({ src: img.currentSrc, width: img.naturalWidth }));
    expect(new URL(image.src).pathname, `${article} hero currentSrc`).toMatch(/\.avif$/);
    expect(image.width, 'the AVIF decoded (naturalWidth > 0)').toBeGreaterThan(0);
  });
});
