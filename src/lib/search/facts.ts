import { formatDate, isoDate } from '../dates';

// why: the search page filters by these names (issue 5), so they are the words readers see.
/** The content types search can filter by, as readers see them. */
export const SEARCH_TYPES = ['Page', 'News', 'Story', 'FAQ', 'Document', 'Event', 'Evidence'] as const;

/** One content type, as readers see it. */
export type SearchType = (typeof SEARCH_TYPES)[number];

/** What a page tells the search index about itself: its type, and its area and date if it has them. */
export interface SearchFacts {
  /** The content type shown with the result and offered as a filter. */
  type: SearchType;
  /** The area's name as shown on the site (e.g. "Stockton-on-Tees"), for the area filter. */
  area?: string;
  /** The date shown with the result; its year is offered as a filter. */
  date?: Date;
}

/** Pagefind filters (data-pagefind-filter) and metadata (data-pagefind-meta) for one page. */
export interface SearchAttributes {
  filters: string[];
  meta: string[];
  sort?: string;
}

/**
 * The `name:value` strings for a page's Pagefind filter, metadata and sort attributes.
 * @example searchAttributes({ type: 'News', area: 'Middlesbrough', date: new Date('2020-02-24') })
 * // { filters: ['type:News', 'area:Middlesbrough', 'year:2020'], meta: ['type:News', 'date:24 February 2020'], sort: 'date:2020-02-24' }
 */
export function searchAttributes({ type, area, date }: SearchFacts): SearchAttributes {
  // why: Pagefind reads "name:value"; a comma would start a second pair, so it is dropped from values.
  const clean = (value: string) => value.replace(/\s*,\s*/g, ' ').trim();
  const filters = [`type:${type}`];
  if (area) filters.push(`area:${clean(area)}`);
  if (date) filters.push(`year:${date.getUTCFullYear()}`);
  const meta = [`type:${type}`];
  if (date) meta.push(`date:${formatDate(date)}`);
  return { filters, meta, ...(date ? { sort: `date:${isoDate(date)}` } : {}) };
}
