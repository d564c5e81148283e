import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/frame-policy';

// why: frame-ancestors only works as a response header, and a static site has no server of its own,
// so the build writes a `_headers` file (Netlify and Cloudflare Pages read it) naming every top-level
// folder and file it produced; src/lib/frame-policy.ts explains the rules. Listed last in
// astro.config.mjs so the folders other integrations write (text-only copies) are named too.

/** Writes dist/_headers after the build: widgets under /embed/ may be framed, nothing else. */
export function frameHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'hat:frame-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const top = fileURLToPath(dir);
        const entries = await readdir(top, { withFileTypes: true });
        const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
        // why: the _headers file itself and other dot/underscore host files are not served.
        const files = entries.filter((e) => e.isFile() && !/^[._]/.test(e.name)).map((e) => e.name);
        await writeFile(join(top, '_headers'), headersFile(base, { dirs, files }));
        logger.info(`Wrote _headers: ${dirs.length + files.length} paths may not be framed, /embed/ may.`);
      },
    },
  };
}
