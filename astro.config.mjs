// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { join } from 'node:path';
import { contentFilesCheck } from './src/integrations/content-files-check';
import { realDatesCheck } from './src/integrations/real-dates-check';
import { bodySafetyCheck } from './src/integrations/body-safety-check';
import { siteMarkdownProcessor } from './src/integrations/site-markdown';
import { textOnlyPages } from './src/integrations/text-only-pages';
import { responseHeaders } from './src/integrations/response-headers';
import { contentDir } from './src/lib/content-dir';
import sitemap from '@astrojs/sitemap';
import { inSitemap } from './src/integrations/sitemap-filter';
import { searchIndex } from './src/integrations/search-index';
import { localCmsProxy } from './src/integrations/local-cms-proxy';

// why: the body check comes in two halves, either side of mdx(): one measures bodies before the MDX
// compiler runs, the other judges what it produced (src/integrations/compiled-body-check.ts).
const bodyCheck = bodySafetyCheck(contentDir);

// why: the public origin and sub-path are set at build time so the same build works anywhere.
// An empty value (a CI variable left blank) counts as unset.
const site = process.env.SITE_URL || 'https://hat.example.org';
const base = process.env.BASE_PATH || '/';
// why: /admin reaches the CMS's local backend (decap-server, started by `npm start`) on the site's own
// origin: the dev server forwards <base>api/v1 to it, for requests from this computer only.
// Only `astro dev` uses this.
const cmsProxy = localCmsProxy(process.env.DECAP_PORT ?? 8081);

export default defineConfig({
  // why: builds over fixture content (tests) keep their content cache apart from the real one.
  ...(process.env.HAT_CACHE_DIR ? { cacheDir: process.env.HAT_CACHE_DIR } : {}),
  site,
  base,
  // why: 'always' makes the dev server 404 file endpoints such as /documents/files/x.pdf.
  trailingSlash: 'ignore',
  integrations: [contentFilesCheck(contentDir), realDatesCheck(contentDir), bodyCheck.beforeMdx, mdx(), bodyCheck.afterMdx, textOnlyPages(), searchIndex(), sitemap({ filter: (page) => inSitemap(page, base) }), responseHeaders()],
  build: { format: 'directory' },
  markdown: { processor: siteMarkdownProcessor(base) },
  devToolbar: { enabled: false },
  // why: a Content Security Policy on every page; Astro hashes its own scripts and styles into a
  // <meta>. The build also sends each page's policy as a header, with frame-ancestors (which a
  // <meta> cannot set): src/integrations/response-headers.ts reads it back from the built pages.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  vite: {
    define: { 'import.meta.env.HAT_CONTENT_DIR': JSON.stringify(contentDir) },
    server: { proxy: cmsProxy },
    // why: the editor component Figure finds body images with import.meta.glob over this folder
    // (src/user-components/media-images.ts); an alias keeps it right when CONTENT_DIR is set.
    resolve: { alias: { '@content-media': join(contentDir, 'media') } },
    build: {
      // why: page scripts stay separate files (cached once for the whole site, allowed by
      // script-src 'self'), never inlined into every page's HTML; other assets keep Vite's default.
      assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined),
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' || log.code === 'EVAL') return;
          handler(level, log);
        },
      },
    },
  },
});
