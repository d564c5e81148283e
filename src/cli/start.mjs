// @ts-check
// `npm start`: the site and the CMS (/admin) together, with the local backend in its safe mode.
// Extra arguments go to astro dev, e.g. `npm start -- --port 4000`.
import { startSiteAndCms } from './site-and-cms.mjs';

// why: MODE=fs writes files and nothing else (no git commits, no branch switching), so it cannot
// sweep anyone's unrelated work into a commit. The editorial workflow has its own command.
await startSiteAndCms({ mode: 'fs', astroArgs: process.argv.slice(2) });
