import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { MAX_RULES, NGINX_SNIPPET_FILE, headerRules, headersFile, nginxSnippet } from '../lib/header-rules';

// why: a static site has no server of its own, so the build writes its response headers as files:
// `_headers` (Netlify and Cloudflare Pages read it) and an nginx snippet. The Content Security
// Policy in them is read back from each built page's <meta> (one source of truth: astro.config.mjs
// `security.csp` plus each page's relaxations); src/lib/header-rules.ts explains the rules. Listed
// last in astro.config.mjs so the folders other integrations write (text-only copies, search) are in.

/** Files Netlify and Cloudflare Pages read as settings and never serve. */
const HOST_FILES = new Set(['_headers', '_redirects', '_routes.json']);

/** Every HTML file under `dir`, as paths relative to `top` with "/" separators. */
async function htmlFiles(dir: string, top: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full, top)));
    else if (entry.name.endsWith('.html')) out.push(relative(top, full).split(sep).join('/'));
  }
  return out;
}

/** The Content Security Policy in a page's <meta http-equiv>, if it has one. */
const metaPolicy = (html: string): string | undefined =>
  cheerio.load(html)('meta').filter((_, el) => (el.attribs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy').attr('content');

/** Writes dist/_headers and the nginx snippet after the build, from the pages' own policies. */
export function responseHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'hat:response-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const top = fileURLToPath(dir);
        const entries = await readdir(top, { withFileTypes: true });
        const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
        // why: hosts read these files instead of serving them; every other file is named, the nginx snippet too.
        const files = [...new Set([...entries.filter((e) => e.isFile() && !HOST_FILES.has(e.name)).map((e) => e.name), NGINX_SNIPPET_FILE])];
        const pagePolicies = new Map<string, string>();
        for (const file of await htmlFiles(top, top)) {
          const policy = metaPolicy(await readFile(join(top, file), 'utf8'));
          // why: a page without its own policy takes its folder's (tests/site/response-headers.test.ts flags it).
          if (policy) pagePolicies.set(file, policy);
          else logger.warn(`${file} has no Content Security Policy <meta>: it gets its folder's policy from the headers only.`);
        }
        const rules = headerRules({ dirs, files, pagePolicies });
        if (rules.length > MAX_RULES) {
          logger.warn(`_headers has ${rules.length} rules, and Cloudflare Pages reads at most ${MAX_RULES}: move some top-level pages into a folder.`);
        }
        await writeFile(join(top, '_headers'), headersFile(base, rules));
        await writeFile(join(top, NGINX_SNIPPET_FILE), nginxSnippet(base, rules));
        logger.info(`Wrote _headers (${rules.length} rules) and ${NGINX_SNIPPET_FILE} from the Content Security Policies of ${pagePolicies.size} pages.`);
      },
    },
  };
}
