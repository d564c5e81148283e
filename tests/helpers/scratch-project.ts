/**
 * A scratch copy of the project for tests that run its commands for real (npm start, the
 * workflow mode), so they can edit content and let the CMS write without touching the working tree.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Copies the named top-level items (those that exist) into a new temp folder, with node_modules linked. */
export function scratchProject(items: string[], prefix = 'hat-scratch-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const item of items) if (existsSync(join(root, item))) cpSync(join(root, item), join(dir, item), { recursive: true });
  // why: one link per package rather than one link to node_modules: Vite and Astro write their
  // caches into node_modules/.vite and .astro, which must stay inside the copy, not the shared ones.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.') || name === '.bin') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** Process ids (other than this one) whose environment holds `entry` (KEY=value): finds servers even after their parent exited. */
export function processesWithEnv(entry: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter((name) => {
      try {
        return readFileSync(`/proc/${name}/environ`, 'utf8').split('\0').includes(entry);
      } catch {
        return false; // the process ended while we looked, or is not ours to read
      }
    })
    .map(Number);
}

/**
 * This process's environment without vitest's variables, so a command runs as a person runs it.
 * why: under VITEST=true astro dev answers 404 and never finishes preparing its dependencies.
 */
export const personEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(key)));
