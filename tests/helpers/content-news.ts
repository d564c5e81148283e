/**
 * The news articles in a content folder, read and checked with the site's own schema, so tests
 * over a build can work out which articles the feeds and the API should hold.
 */
import { newsSchema } from '../../src/schema';
import type { NewsData } from '../../src/schema/news';
import { isDue, ukToday } from '../../src/lib/scheduled';
import { readEntries, type ContentEntry } from './content-entries';

/** One news file: its slug (file name without .mdx) and its checked data. */
export type ContentNews = ContentEntry<NewsData>;

/** Every article in `<contentDir>/news`, drafts and scheduled ones included. */
export const readNews = (contentDir: string): ContentNews[] => readEntries(contentDir, 'news', newsSchema);

/** The articles a build made today should publish (no drafts, none dated after today in the UK), newest first. */
export const publishedNews = (contentDir: string, today = ukToday()): ContentNews[] =>
  readNews(contentDir)
    .filter((n) => !n.data.draft && isDue(n.data.published, today))
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
