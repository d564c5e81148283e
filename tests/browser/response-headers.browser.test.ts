/**
 * The response headers in real Chromium, served as a `_headers` host serves them: the search page
 * runs Pagefind's WebAssembly under the header policy (its 'wasm-unsafe-eval' comes from the page's
 * own <meta>), with no policy violation or console error, Permissions-Policy included.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, launchBrowser } from '../helpers/reading-browser';
import { serveDist, type DistServer } from '../helpers/serve-dist';

let server: DistServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('response headers in Chromium', () => {
  it('searches with no policy violation or console error', async () => {
    problems.length = 0;
    const response = await page.goto(at(server, '/search/?q=heroin'));
    expect(await response?.headerValue('content-security-policy')).toMatch(/'wasm-unsafe-eval'/);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/results? for/);
    expect(problems).toEqual([]);
  });

});
