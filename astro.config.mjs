// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentFilesCheck } from './src/integrations/content-files-check';
import { contentDir } from './src/lib/content-dir';

// why: the public origin and sub-path are set at build time so the same build works anywhere.
const site = process.env.SITE_URL ?? 'https://hat.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // why: builds over fixture content (tests) keep their content cache apart from the real one.
  ...(process.env.HAT_CACHE_DIR ? { cacheDir: process.env.HAT_CACHE_DIR } : {}),
  site,
  base,
  // why: 'always' makes the dev server 404 file endpoints such as /documents/files/x.pdf.
  trailingSlash: 'ignore',
  integrations: [contentFilesCheck(contentDir), mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // why: a Content Security Policy on every page; Astro hashes its own scripts and styles.
  // frame-ancestors cannot be set from a <meta> tag: the deploy issue adds it as a header.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  vite: {
    define: { 'import.meta.env.HAT_CONTENT_DIR': JSON.stringify(contentDir) },
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' || log.code === 'EVAL') return;
          handler(level, log);
        },
      },
    },
  },
});
