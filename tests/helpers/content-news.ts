/**
 * The news articles in a content folder, read and checked with the site's own schema, so tests
 * over a build can work out which articles the feeds and the API should hold.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import { newsSchema } from '../../src/schema';
import type { NewsData } from '../../src/schema/news';
import { readSettingsLists } from '../../src/lib/settings-lists';
import { isDue, ukToday } from '../../src/lib/scheduled';
import { readFrontmatter } from '../unit/frontmatter';

/** One news file: its slug (file name without .mdx) and its checked data. */
export interface ContentNews {
  id: string;
  data: NewsData;
}

/** Every article in `<contentDir>/news`, drafts and scheduled ones included. */
export function readNews(contentDir: string): ContentNews[] {
  const lists = readSettingsLists(join(contentDir, 'settings/site.yaml'));
  // why: the image helper resolves files through Vite; a plain stand-in is enough to read the data.
  const schema = newsSchema({ ...lists, image: () => z.string() as unknown as z.ZodType<ImageMetadata> });
  return readdirSync(join(contentDir, 'news'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ id: file.replace(/\.mdx$/, ''), data: schema.parse(readFrontmatter(join(contentDir, 'news', file))) }));
}

/** The articles a build made today should publish (no drafts, none dated after today in the UK), newest first. */
export const publishedNews = (contentDir: string, today = ukToday()): ContentNews[] =>
  readNews(contentDir)
    .filter((n) => !n.data.draft && isDue(n.data.published, today))
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
