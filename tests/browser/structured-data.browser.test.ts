/**
 * JSON-LD blocks in real Chromium: the page's Content Security Policy reports no violation (a data
 * block is never run, so it needs no hash), no console error appears, and every block the browser
 * sees parses as JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPages, isNewsArticle } from '../helpers/built-pages';
import { launchChromium, type LaunchedChromium } from '../helpers/chromium';
import { serveDist, type DistServer } from '../helpers/serve-dist';

const pages = contentPages().map((p) => p.path);
const sample = ['/', '/faqs/', pages.find(isNewsArticle), pages.find((p) => /^\/events\/(?!past\/)[^/]+\/$/.test(p))].filter((p): p is string => Boolean(p));

let chromium: LaunchedChromium;
let server: DistServer;

beforeAll(async () => {
  server = await serveDist();
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe.each(sample)('%s in Chromium', (path) => {
  it('has no CSP violation or console error, and its JSON-LD blocks parse', async () => {
    const page = await chromium.context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'load' });
    const types = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => (JSON.parse(s.textContent ?? '') as { '@type': string })['@type']),
    );
    await page.close();
    expect(errors).toEqual([]);
    expect(types).toContain('Organization');
  });
});
