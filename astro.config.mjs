// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// why: the public origin and sub-path are set at build time so the same build works anywhere.
const site = process.env.SITE_URL ?? 'https://hat.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
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
