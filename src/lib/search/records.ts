import * as cheerio from 'cheerio';
import { SEARCH_TYPES, searchAttributes, type SearchType } from './facts';
import { escapeMarkup } from '../escape-markup';

/** One document for the search index: the address a result links to and the HTML to index. */
export interface SearchDocument {
  /** Address of the result, with the base path: "/faqs/#is-it-safe-answer". */
  url: string;
  /** Complete HTML; only what is inside data-pagefind-body is indexed. */
  html: string;
}


/**
 * The parts of a page that are their own search results: each element marked
 * `data-search-record="<anchor id>"` (an FAQ on /faqs/) becomes a small document whose title is
 * its `[data-search-record-title]` text and whose body is the rest, linking to `<page>#<anchor id>`;
 * `data-search-type` gives its type and `data-search-date` (YYYY-MM-DD) its date.
 * The page marks those elements data-pagefind-ignore="all", so their words are not counted twice.
 * @example searchRecords('<details data-search-record="a-answer" data-search-type="FAQ"><summary data-search-record-title>Is it safe?</summary><p>Yes.</p></details>', '/faqs/')
 * // [{ url: '/faqs/#a-answer', html: '<!doctype html><html lang="en">…<h1>Is it safe?</h1><p>Yes.</p>…' }]
 */
export function searchRecords(html: string, pageUrl: string): SearchDocument[] {
  const $ = cheerio.load(html);
  const lang = $('html').attr('lang') ?? 'en';
  return $('[data-search-record]')
    .toArray()
    .map((el) => {
      const record = $(el);
      const anchor = record.attr('data-search-record') ?? '';
      const type = record.attr('data-search-type') ?? 'Page';
      if (!anchor) throw new Error(`A search record on ${pageUrl} has an empty data-search-record: give it the id of the element results should jump to.`);
      if (!(SEARCH_TYPES as readonly string[]).includes(type)) {
        throw new Error(`The search record "${anchor}" on ${pageUrl} has data-search-type="${type}"; use one of ${SEARCH_TYPES.join(', ')}.`);
      }
      const titleEl = record.find('[data-search-record-title]').first();
      const title = titleEl.text().trim();
      if (!title) throw new Error(`The search record "${anchor}" on ${pageUrl} has no [data-search-record-title] text: results need a title.`);
      const body = record.clone();
      body.find('[data-search-record-title]').first().remove();
      const dateText = record.attr('data-search-date');
      const date = dateText ? new Date(`${dateText}T00:00:00Z`) : undefined;
      if (date && Number.isNaN(date.getTime())) throw new Error(`The search record "${anchor}" on ${pageUrl} has data-search-date="${dateText}"; write it as YYYY-MM-DD.`);
      const { filters, meta } = searchAttributes({ type: type as SearchType, ...(date ? { date } : {}) });
      const marks = [...filters.map((f) => `<span data-pagefind-filter="${escapeMarkup(f)}"></span>`), ...meta.map((m) => `<span data-pagefind-meta="${escapeMarkup(m)}"></span>`)];
      return {
        url: `${pageUrl}#${anchor}`,
        html: `<!doctype html><html lang="${escapeMarkup(lang)}"><head><title>${escapeMarkup(title)}</title></head><body><main data-pagefind-body><h1>${escapeMarkup(title)}</h1>${body.html() ?? ''}${marks.join('')}</main></body></html>`,
      };
    });
}
