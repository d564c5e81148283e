import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

// why: tests build the site over fixture content (CONTENT_DIR) to prove bad files fail the build.
/** Absolute path of the content folder: CONTENT_DIR when set, else the top-level content/. */
export const contentDir = resolve(process.env.CONTENT_DIR ?? fileURLToPath(new URL('../../content', import.meta.url)));
