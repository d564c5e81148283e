/**
 * The response headers in real Chromium, served as a `_headers` host serves them: the search page
 * runs Pagefind's WebAssembly under the header policy (its 'wasm-unsafe-eval' comes from the page's
 * own <meta>), with no policy violation or console error, Permissions-Policy included.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, launchBrowser } from '../helpers/reading-browser';
import { serveDist, type DistServer } from '../helpers/serve-dist';
import { DENIED_FEATURES } from '../../src/lib/security-headers';

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

  it('Permissions-Policy denies what no page uses, names only features Chromium knows, and keeps what the site uses', async () => {
    await page.goto(at(server, '/'));
    // why: document.featurePolicy is Chromium's view of the policy it parsed from the header.
    const policy = await page.evaluate((denied) => {
      const fp = (document as unknown as { featurePolicy: { features(): string[]; allowsFeature(name: string): boolean } }).featurePolicy;
      const known = fp.features();
      return {
        unknown: denied.filter((name) => !known.includes(name)),
        allowed: denied.filter((name) => fp.allowsFeature(name)),
        // why: Chromium on Linux has no Web Share, so it does not know that name; it is left out.
        used: Object.fromEntries(['clipboard-write', 'web-share', 'fullscreen', 'picture-in-picture'].filter((name) => known.includes(name)).map((name) => [name, fp.allowsFeature(name)])),
      };
    }, [...DENIED_FEATURES]);
    expect(policy).toEqual({ unknown: [], allowed: [], used: { 'clipboard-write': true, fullscreen: true, 'picture-in-picture': true } });
  });

});
