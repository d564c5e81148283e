import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTextOnly, wantsTextOnlyCopy } from '../lib/text-only/make-text-only';
import { TEXT_ONLY_DIR, fullPath } from '../lib/text-only/paths';
import { normaliseBase } from '../lib/base-path';

// why: text only must work without JavaScript (issue 4), so every built page gets a real
// text-only copy at /text-only/<same path>, written from the finished HTML after the build.
// Rejected: a second Astro route per page (every page template would need a text-only branch)
// and a CSS-only mode (it needs JavaScript to remember it, and images would still download).

/** "news/index.html" -> "/hat/news/"; "404.html" -> "/hat/404.html". */
function pagePathFor(relativeFile: string, base: string): string {
  const rel = relativeFile.split(sep).join('/');
  const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return `${base}${path}`;
}

async function htmlFiles(dir: string, top: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const rel = relative(top, full);
    if (entry.isDirectory()) {
      // why: hashed assets hold no pages, and a previous run's copies must not be copied again.
      if (rel !== '_astro' && rel !== TEXT_ONLY_DIR) out.push(...(await htmlFiles(full, top)));
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Writes the text-only copy of every built page under /text-only/, and serves them in dev. */
export function textOnlyPages(): AstroIntegration {
  let base = '/';
  return {
    name: 'hat:text-only-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const top = fileURLToPath(dir);
        const pages: { file: string; html: string; path: string }[] = [];
        for (const file of await htmlFiles(top, top)) {
          const html = await readFile(file, 'utf8');
          if (wantsTextOnlyCopy(html)) pages.push({ file, html, path: pagePathFor(relative(top, file), base) });
        }
        const paths = new Set(pages.map((p) => p.path));
        for (const page of pages) {
          const out = join(top, TEXT_ONLY_DIR, relative(top, page.file));
          await mkdir(dirname(out), { recursive: true });
          await writeFile(out, makeTextOnly(page.html, { pagePath: page.path, base, hasCopy: (p) => paths.has(p) }));
        }
        logger.info(`Wrote ${pages.length} text-only pages under ${base}${TEXT_ONLY_DIR}/.`);
      },
      'astro:server:setup': ({ server, logger }) => {
        // why: in `astro dev` there is no dist/: make the copy of the page on request instead.
        server.middlewares.use(async (req, res, next) => {
          const requested = new URL(req.url ?? '/', 'http://dev.invalid').pathname;
          // why: Astro may or may not have removed the base before this middleware runs.
          const withBase = requested.startsWith(base) ? requested : `${base}${requested.replace(/^\//, '')}`;
          const page = fullPath(withBase, base);
          if (!page || req.method !== 'GET') return next();
          try {
            const answer = await fetch(new URL(page, `http://${req.headers.host}`));
            const html = await answer.text();
            if (!answer.headers.get('content-type')?.includes('text/html') || !wantsTextOnlyCopy(html)) return next();
            // why: in dev the list of pages is unknown; any address ending in "/" is taken as a page.
            const hasCopy = (p: string) => p.endsWith('/') && !p.startsWith(`${base}admin/`);
            res.writeHead(answer.status, { 'Content-Type': 'text/html; charset=utf-8' });
            res.end(makeTextOnly(html, { pagePath: page, base, hasCopy }));
          } catch (error) {
            logger.warn(`Could not make the text-only copy of ${page}: ${(error as Error).message}`);
            next();
          }
        });
      },
    },
  };
}
