/**
 * Search works in the README's start command (`npm start`: astro dev + decap-server), where there
 * is no dist/: the dev server indexes itself on the first search, serves /<base>/pagefind/ from
 * memory, and a content edit shows up in search after it is saved. Run for real in a scratch copy,
 * under a sub-path, with Chromium searching the dev server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/decap-server';
import { launchBrowser } from '../helpers/reading-browser';
import { personEnv, scratchProject } from '../helpers/scratch-project';

const COPIED = ['src', 'content', 'public', 'admin', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const ARTICLE = 'content/news/2020-02-24-early-findings-show-fall-in-offending.mdx';
/** A made-up word that is nowhere on the site until the test adds it. */
const NEW_WORD = 'zebrafinch';

let dir: string;
let script: ChildProcess;
let output = '';
let site: string;
let browser: Browser;
let page: Page;

async function waitFor<T>(what: string, check: () => Promise<T | undefined>, ms = 120_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const found = await check().catch(() => undefined);
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Timed out waiting for ${what}.\nOutput of npm start:\n${output.slice(-3000)}`);
}

/** Searches on the dev server's search page and returns the live region's text and the result links. */
async function search(query: string) {
  await page.goto(`${site}search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.textContent(), { timeout: 120_000 }).toMatch(/results? for|No results|could not be loaded/);
  return { status: await status.textContent(), links: await page.locator('.app-search-result h3 a').evaluateAll((a) => a.map((l) => l.getAttribute('href'))) };
}

beforeAll(async () => {
  dir = scratchProject(COPIED, 'hat-search-dev-');
  const [sitePort, cmsPort] = [await freePort(), await freePort()];
  script = spawn(process.execPath, ['src/cli/start.mjs', '--host', '127.0.0.1', '--port', String(sitePort)], {
    cwd: dir,
    env: { ...personEnv(), DECAP_PORT: String(cmsPort), BASE_PATH: '/hat/', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  script.stdout!.on('data', (chunk) => (output += chunk));
  script.stderr!.on('data', (chunk) => (output += chunk));
  site = `http://127.0.0.1:${sitePort}/hat/`;
  await waitFor('the home page', async () => ((await fetch(site, { signal: AbortSignal.timeout(30_000) })).ok ? true : undefined));
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  if (script && script.exitCode === null) {
    script.kill('SIGINT');
    await new Promise((r) => script.once('exit', r));
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('search in npm start', () => {
  it('serves Pagefind under the base path and finds the FAQ about safety', async () => {
    const js = await fetch(`${site}pagefind/pagefind.js`, { signal: AbortSignal.timeout(180_000) });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(await js.text()).toContain('export');
    const found = await search('is it safe');
    expect(found.status).toMatch(/^\d+ results? for “is it safe”/);
    expect(found.links[0]).toBe('/hat/faqs/#is-it-safe-answer');
    expect(output).toMatch(/Search index for the dev server: \d+ results from \d+ pages/);
  });

  it('keeps the admin, text-only copies and the 404 out of the dev index', async () => {
    const found = await search('content manager');
    expect(found.links.filter((href) => /\/(admin|text-only)\//.test(href ?? ''))).toEqual([]);
  });

  it('finds words added to a page after it is saved', async () => {
    expect((await search(NEW_WORD)).status).toBe(`No results for “${NEW_WORD}”.`);
    const file = join(dir, ARTICLE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n/, `\n---\n\nA ${NEW_WORD} was seen near the clinic.\n`));
    const after = await waitFor('the new word in search', async () => {
      const found = await search(NEW_WORD);
      return found.links.length > 0 ? found : undefined;
    });
    expect(after.links).toEqual(['/hat/news/2020-02-24-early-findings-show-fall-in-offending/']);
  });
});
