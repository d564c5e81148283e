import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

// why: tests build the site over fixture content (CONTENT_DIR) to prove bad files fail the build.
// Inside the bundled build import.meta.url points into dist/, so the config passes the resolved
// folder in as HAT_CONTENT_DIR (see astro.config.mjs).
/** Absolute path of the content folder: CONTENT_DIR when set, else the top-level content/. */
export const contentDir: string = resolve(
  process.env.CONTENT_DIR ?? import.meta.env?.HAT_CONTENT_DIR ?? fileURLToPath(new URL('../../content', import.meta.url)),
);
