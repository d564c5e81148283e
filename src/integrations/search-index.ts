import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, closeSearchService, pageUrlFor } from '../lib/search/build-index';
import { UNSEARCHED_PREFIXES, crawlSite } from '../lib/search/crawl';
import type { SearchDocument } from '../lib/search/records';
import { normaliseBase } from '../lib/base-path';
import { contentDir } from '../lib/content-dir';

// why: search (issue 5) must work after `npm run build` and in `npm start` (astro dev), where
// there is no dist/. The build indexes the finished HTML with Pagefind's Node API; the dev server
// crawls itself on the first search and serves the index from memory, rebuilding it after edits.

/** Folders of dist/ that hold no pages to search (assets, copies, apps, the index itself). */
const SKIP = new Set(UNSEARCHED_PREFIXES.map((prefix) => prefix.replace(/\/$/, '')));

async function builtPages(dir: string, top: string, base: string): Promise<SearchDocument[]> {
  const out: SearchDocument[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const rel = relative(top, full);
    if (entry.isDirectory()) {
      if (!SKIP.has(rel)) out.push(...(await builtPages(full, top, base)));
    } else if (entry.name.endsWith('.html')) {
      out.push({ url: pageUrlFor(rel, base), html: await readFile(full, 'utf8') });
    }
  }
  return out;
}

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', json: 'application/json; charset=utf-8', css: 'text/css; charset=utf-8' };

/** The in-memory index of the dev server: built on the first search, rebuilt after an edit. */
function devIndex(base: string, log: (message: string) => void) {
  let files = new Map<string, Uint8Array>();
  let previous = new Map<string, Uint8Array>();
  let building: Promise<void> | undefined;
  let stale = true;
  const rebuild = async (origin: string) => {
    const started = Date.now();
    const pages = await crawlSite(new URL(base, origin), base);
    const { index, count, pageCount } = await buildSearchIndex(pages);
    const { files: made, errors } = await index.getFiles();
    if (errors.length > 0) throw new Error(errors.join('; '));
    await index.deleteIndex();
    // why: a page opened before the rebuild may still ask for the old index's hashed chunks.
    previous = files;
    files = new Map(made.map((file) => [file.path.replace(/\\/g, '/'), file.content]));
    log(`Search index for the dev server: ${count} results from ${pageCount} pages in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  };
  return {
    markStale: () => (stale = true),
    /** The file at `name` ("pagefind.js", "fragment/…"), rebuilding first when content changed. */
    async file(name: string, origin: string): Promise<Uint8Array | undefined> {
      // why: pagefind.js and its entry file are fetched when a search starts: the moment to catch up with edits.
      if (stale && (name === 'pagefind.js' || name === 'pagefind-entry.json' || files.size === 0)) {
        stale = false;
        building = rebuild(origin).catch((error) => {
          stale = true;
          throw error;
        });
      }
      await building;
      return files.get(name) ?? previous.get(name);
    },
  };
}

/** Builds the Pagefind search index after `astro build`, and serves one in `astro dev`. */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let contentRoots: string[] = [];
  return {
    name: 'hat:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        contentRoots = [fileURLToPath(config.srcDir), contentDir];
      },
      'astro:build:done': async ({ dir, logger }) => {
        const top = fileURLToPath(dir);
        const started = Date.now();
        const outputPath = join(top, 'pagefind');
        await rm(outputPath, { recursive: true, force: true });
        try {
          const pages = await builtPages(top, top, base);
          const { index, count, pageCount } = await buildSearchIndex(pages);
          const { errors } = await index.writeFiles({ outputPath });
          if (errors.length > 0) throw new Error(errors.join('; '));
          logger.info(`Search index: ${count} results from ${pageCount} pages in ${Date.now() - started} ms (${base}pagefind/).`);
        } finally {
          await closeSearchService();
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const index = devIndex(base, (message) => logger.info(message));
        server.watcher.on('all', (_event, file) => {
          if (contentRoots.some((root) => file.startsWith(root))) index.markStale();
        });
        server.httpServer?.once('close', () => void closeSearchService());
        server.middlewares.use(async (req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://dev.invalid').pathname;
          // why: Astro may or may not have removed the base before this middleware runs.
          const prefix = [`${base}pagefind/`, '/pagefind/'].find((p) => path.startsWith(p));
          if (!prefix || req.method !== 'GET') return next();
          try {
            const name = decodeURIComponent(path.slice(prefix.length));
            const file = await index.file(name, `http://${req.headers.host}`);
            if (!file) return next();
            res.writeHead(200, { 'Content-Type': TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
            res.end(file);
          } catch (error) {
            logger.error(`Search: could not build the index for the dev server: ${(error as Error).message}`);
            res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The search index could not be built: see the terminal running npm start.');
          }
        });
      },
    },
  };
}
