/**
 * Runs a real `astro build` in a child process over another content folder, for tests that
 * prove what a build does with given content (fixtures, bad files).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// why: vitest copies import.meta.env (its own BASE_URL, MODE, DEV, PROD, SSR and the defines of
// astro.config.mjs) into process.env; a child build inheriting them builds for the wrong base
// path or content folder. The child must see only what the test sets.
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'HAT_CONTENT_DIR'];

/** This process's environment without what vitest copied into it, for a child process (a build, another vitest). */
export const childEnv = (): Record<string, string> =>
  Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !VITEST_ENV.includes(entry[0])));

// why: with an --outDir outside the repository, Astro writes its prerender chunks to the shared
// <repo>/.astro/.prerender, so builds running at once (vitest runs files in parallel; people
// share the machine) overwrite each other's chunks. Inside the repository they stay in the
// build's own folder; node_modules/.cache is ignored by git and lets those chunks find packages.
const PRIVATE_BUILDS = join(root, 'node_modules', '.cache', 'hat-test-builds');

/** Options of one test build. */
export interface AstroBuildOptions {
  /** The content folder to build (CONTENT_DIR). */
  contentDir: string;
  /** Where the built site ends up (it is built in a private folder, then moved here). */
  outDir: string;
  /** Astro's cache for this build (HAT_CACHE_DIR), so it never shares the real one. */
  cacheDir: string;
  /** Extra environment, e.g. { BASE_PATH: '/hat/' }. */
  env?: Record<string, string>;
}

/**
 * Builds the site and returns the exit code and the whole log without colours.
 * @example astroBuild({ contentDir, outDir, cacheDir }).status // 0 when the build passed
 */
export function astroBuild({ contentDir, outDir, cacheDir, env = {} }: AstroBuildOptions): { status: number | null; output: string } {
  const inherited = childEnv();
  mkdirSync(PRIVATE_BUILDS, { recursive: true });
  const privateOut = mkdtempSync(join(PRIVATE_BUILDS, 'dist-'));
  try {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', privateOut], {
      cwd: root,
      env: { ...inherited, CONTENT_DIR: contentDir, HAT_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      encoding: 'utf8',
    });
    if (result.status === 0 && existsSync(privateOut)) {
      cpSync(privateOut, outDir, { recursive: true, filter: (path) => !path.split(sep).includes('.prerender') });
    }
    return { status: result.status, output: (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
  } finally {
    rmSync(privateOut, { recursive: true, force: true });
  }
}
