import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { searchRecords, type SearchDocument } from './records';

// why: lists of other pages (news cards, document lists), the postcode panel, paging and "embed
// this" boxes repeat what each item's own page says; indexing them would return the list page for
// every word of every item. One list here, rather than an attribute on every list component.
/** Parts of an indexed page that are left out of the search index. */
export const SEARCH_EXCLUDE = ['[data-area-list]', '.app-documents', 'site-postcode', '.app-pagination', '.app-subscribe', '.app-embed-this'];

/**
 * True when a built page asks to be searched (BaseLayout's data-pagefind-body on <main>).
 * The admin, the 404, embeds and the text-only copies carry no such attribute.
 * @example isSearchable('<main data-pagefind-body>') // true
 */
export const isSearchable = (html: string): boolean => /<[^>]+\sdata-pagefind-body[\s=>]/.test(html);

/**
 * The address of a built page: "news/a/index.html" → "/hat/news/a/"; "index.html" → "/hat/".
 * @example pageUrlFor('news/a/index.html', '/hat/') // "/hat/news/a/"
 */
export function pageUrlFor(relativeFile: string, base: string): string {
  const rel = relativeFile.replace(/\\/g, '/');
  const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return `${base}${path}`;
}

/** The search index of some pages, still in the Pagefind service: write it with writeFiles or read it with getFiles. */
export interface BuiltIndex {
  index: PagefindIndex;
  /** How many results it holds (pages plus records such as single FAQs). */
  count: number;
  /** How many pages were searchable (the rest carry no data-pagefind-body). */
  pageCount: number;
}

/**
 * Indexes each searchable page and its records (e.g. each FAQ on /faqs/ as its own result).
 * Throws with Pagefind's own messages if it cannot.
 */
export async function buildSearchIndex(pages: SearchDocument[]): Promise<BuiltIndex> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE, forceLanguage: 'en' });
  if (!index) throw new Error(`Search: Pagefind could not start: ${errors.join('; ')}`);
  let count = 0;
  const add = async (doc: SearchDocument) => {
    const added = await index.addHTMLFile({ url: doc.url, content: doc.html });
    if (added.errors.length > 0) throw new Error(`Search: could not index ${doc.url}: ${added.errors.join('; ')}`);
    count += 1;
  };
  const searchable = pages.filter((p) => isSearchable(p.html));
  for (const page of searchable) {
    await add(page);
    for (const record of searchRecords(page.html, page.url)) await add(record);
  }
  return { index, count, pageCount: searchable.length };
}

/** Stops the Pagefind service (a child process); call it when the index is written or the server stops. */
export const closeSearchService = (): Promise<unknown> => pagefind.close();
