/**
 * A real build of the site over another content folder, into a new temporary folder.
 * why: tests prove what the build does with content they wrote (never into content/ itself).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from './astro-build';

/** The result of a build: exit status, everything it printed, where it wrote. */
export interface BuiltSite {
  status: number | null;
  output: string;
  /** The built site's folder. */
  dist: string;
  /** Removes the build output and its cache. */
  remove(): void;
}

/** Builds the site from `contentDir` into a new temporary folder; extra env vars are passed on. */
export function buildSite(contentDir: string, env: Record<string, string> = {}): BuiltSite {
  const scratch = mkdtempSync(join(tmpdir(), 'hat-build-'));
  const dist = join(scratch, 'dist');
  const { status, output } = astroBuild({ contentDir, outDir: dist, cacheDir: join(scratch, 'cache'), env });
  return { status, output, dist, remove: () => rmSync(scratch, { recursive: true, force: true }) };
}
