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
  trailingSlash: 'always',
  integrations: [contentFilesCheck(contentDir), mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
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
