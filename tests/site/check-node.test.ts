import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../src/cli/check-node.mjs', import.meta.url));

/** Runs the check with a pretend Node version, using whatever `node` runs the tests. */
function check(version: string) {
  return spawnSync(process.execPath, [script], {
    env: { ...process.env, HAT_FAKE_NODE_VERSION: version },
    encoding: 'utf8',
  });
}

describe('src/cli/check-node.mjs', () => {
  it('stops an old Node with a message saying what is needed, what was found and how to fix it', () => {
    const run = check('20.20.2');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Node.js 22.12 or newer');
    expect(run.stderr).toContain('20.20.2');
    expect(run.stderr).toContain('nodejs.org');
    expect(run.stderr).toContain('nvm install 24');
    expect(run.stderr).toContain('npm install --prefix ~/.cache/node24 node@24');
    expect(run.stderr).toMatch(/(~|\$HOME)\/\.cache\/node24\/node_modules\/\.bin/);
  });

  it.each(['22.11.9', '21.99.0', 'v18.0.0'])('stops Node %s', (version) => {
    expect(check(version).status).toBe(1);
  });

  it.each(['24.0.0', '22.12.0', '23.0.0', '30.1.2'])('lets Node %s through silently', (version) => {
    const run = check(version);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
  });
});
