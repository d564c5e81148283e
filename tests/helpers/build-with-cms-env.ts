/**
 * A real build of the whole site (the same /admin/ page users get) with given CMS_* settings, for
 * the browser tests of the production backends. Unset CMS_* variables are blanked, so a developer's
 * own shell settings cannot leak into the test build.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CMS_ENV_KEYS, type CmsEnv } from '../../admin/config/backend';
import { astroBuild } from './astro-build';
import type { BuiltSite } from './build-site';

const root = fileURLToPath(new URL('../..', import.meta.url));
// why: these builds read the project's own content, so one cache kept between runs (in the ignored
// node_modules/.cache) spares re-encoding every image each time; it is never shared with `npm run build`.
const CACHE = join(root, 'node_modules', '.cache', 'hat-test-builds', 'cms-env-cache');

/** Builds the project's content/ with exactly `env` as the CMS settings, into a new temporary folder. */
export function buildWithCmsEnv(env: CmsEnv): BuiltSite {
  const scratch = mkdtempSync(join(tmpdir(), 'hat-cms-build-'));
  const dist = join(scratch, 'dist');
  mkdirSync(CACHE, { recursive: true });
  const cms = Object.fromEntries(CMS_ENV_KEYS.map((key) => [key, env[key] ?? '']));
  const { status, output } = astroBuild({ contentDir: join(root, 'content'), outDir: dist, cacheDir: CACHE, env: cms });
  return { status, output, dist, remove: () => rmSync(scratch, { recursive: true, force: true }) };
}
