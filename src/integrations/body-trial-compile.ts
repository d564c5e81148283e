import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Features } from 'satteri';
import type { TrialBody } from '../lib/body-safety/check-content-bodies';

const CHILD = fileURLToPath(new URL('./body-trial-compile.child.mjs', import.meta.url));
// why: a body that takes longer than this to compile would hang the build; it is refused instead.
const TRIAL_SECONDS = 60;

/**
 * Compiles the bodies in a separate process and returns the indexes of those that crashed it or took too long.
 * @example crashingBodies([{ body: '>'.repeat(100000), format: 'mdx' }], { gfm: true }) // [0]
 */
export function crashingBodies(bodies: readonly TrialBody[], features: Features): number[] {
  const crashed: number[] = [];
  let next = 0;
  // why: a crash ends the child; the rest are tried again in a new one, so one bad body does not
  // hide another.
  while (next < bodies.length) {
    const batch = bodies.slice(next);
    const result = spawnSync(process.execPath, [CHILD], {
      input: JSON.stringify({ bodies: batch, features }),
      encoding: 'utf8',
      timeout: TRIAL_SECONDS * 1000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const done = result.stdout.split('\n').filter((line) => line.startsWith('done ')).length;
    if (result.status === 0 && done === batch.length) break;
    // why: a crash or the time limit ends the child with a signal; anything else means it could not
    // run at all, which says nothing about the bodies.
    if (result.signal === null) throw new Error(`The trial compile of content bodies failed: ${result.error ?? result.stderr}`);
    crashed.push(next + done);
    next += done + 1;
  }
  return crashed;
}
