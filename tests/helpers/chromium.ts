/**
 * Finds and launches the machine's Chromium or Chrome for the browser tests.
 * why: playwright-core drives an installed browser; `npx playwright install` downloads from
 * the internet, which CI cannot reach (see ../shared/stack-notes.md).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where Debian, Ubuntu and Google install their browsers, in order of preference. */
export const DEFAULT_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

const HOW_TO_INSTALL =
  'Browser tests need Chromium or Chrome. Install it with `sudo apt-get install chromium` (Debian/Ubuntu) ' +
  'or set CHROME_PATH to your Chrome/Chromium executable.';

export interface FindOptions {
  env?: Record<string, string | undefined>;
  candidates?: string[];
  exists?: (path: string) => boolean;
}

/**
 * The browser executable: CHROME_PATH when set, else the first candidate that exists.
 * Throws an error saying how to install one when there is none.
 * @example findChromium({ env: {}, candidates: ['/usr/bin/chromium'] }) // '/usr/bin/chromium'
 */
export function findChromium({
  env = process.env,
  candidates = DEFAULT_CANDIDATES,
  exists = existsSync,
}: FindOptions = {}): string {
  const chosen = env.CHROME_PATH;
  if (chosen) {
    // why: someone who set CHROME_PATH meant that browser; silently using another would hide the typo.
    if (exists(chosen)) return chosen;
    throw new Error(`CHROME_PATH is set to ${chosen}, but there is no file there. ${HOW_TO_INSTALL}`);
  }
  const found = candidates.find((path) => exists(path));
  if (found) return found;
  throw new Error(`${HOW_TO_INSTALL} (Looked in: ${candidates.join(', ')}.)`);
}

/** Flags verified on this kind of machine (../shared/stack-notes.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedChromium {
  context: BrowserContext;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh profile; call close() in afterAll. */
export async function launchChromium(viewport = { width: 1280, height: 800 }, locale = 'en-GB'): Promise<LaunchedChromium> {
  const executablePath = findChromium();
  const profile = await mkdtemp(join(tmpdir(), 'hat-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      // why: --lang sets the format of native date boxes; the context locale alone does not.
      args: [...CHROMIUM_ARGS, `--lang=${locale}`],
      viewport,
      // why: a UK browser, as comms officers use: date boxes in the CMS show dd/mm/yyyy.
      locale,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    close: async () => {
      try {
        await context.close();
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    },
  };
}
