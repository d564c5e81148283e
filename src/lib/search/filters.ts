import { SEARCH_TYPES } from './facts';

/** The filter groups on the search page, in the order shown, with their names as readers see them. */
export const FILTER_GROUPS = [
  { id: 'type', legend: 'Content type' },
  { id: 'area', legend: 'Area' },
  { id: 'year', legend: 'Year' },
] as const;

/** A filter group's id: "type", "area" or "year". */
export type FilterGroup = (typeof FILTER_GROUPS)[number]['id'];

/** The ticked values of each group. */
export type Selection = Partial<Record<FilterGroup, string[]>>;

/** What Pagefind's search() takes as `filters`. */
export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * The Pagefind filters for a selection: a result matches ANY ticked value within a group and
 * EVERY group used (News or FAQ, from 2020), which is what people expect from tick boxes.
 * `without` leaves one group out, to count what ticking each of its values would give.
 * @example pagefindFilters({ type: ['News', 'FAQ'], year: [] }) // { type: { any: ['News', 'FAQ'] } }
 */
export function pagefindFilters(selection: Selection, without?: FilterGroup): PagefindFilters {
  const out: PagefindFilters = {};
  for (const { id } of FILTER_GROUPS) {
    const values = selection[id] ?? [];
    if (id !== without && values.length > 0) out[id] = { any: values };
  }
  return out;
}

/**
 * The values of a group in the order shown: types as listed in SEARCH_TYPES, years newest first,
 * areas alphabetically.
 * @example orderValues('year', ['2019', '2022', '2020']) // ['2022', '2020', '2019']
 */
export function orderValues(group: FilterGroup, values: string[]): string[] {
  const list = [...values];
  if (group === 'type') {
    const rank = (v: string) => {
      const i = (SEARCH_TYPES as readonly string[]).indexOf(v);
      return i === -1 ? SEARCH_TYPES.length : i;
    };
    return list.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  }
  if (group === 'year') return list.sort((a, b) => b.localeCompare(a));
  return list.sort((a, b) => a.localeCompare(b));
}

/**
 * The sentence the live region announces after a search.
 * @example searchStatus({ query: 'safe', total: 12, shown: 5, filtered: false }) // "12 results for “safe”. Showing the first 5."
 * @example searchStatus({ query: 'xyz', total: 0, shown: 0, filtered: true }) // "No results for “xyz” with the filters you chose."
 * @example searchStatus({ query: 'safe', total: 12, shown: 10, filtered: false, more: true }) // "Showing 10 of 12 results for “safe”."
 */
export function searchStatus({ query, total, shown, filtered, more = false }: { query: string; total: number; shown: number; filtered: boolean; more?: boolean }): string {
  const withFilters = filtered ? ' with the filters you chose' : '';
  if (total === 0) return `No results for “${query}”${withFilters}.`;
  if (more) return `Showing ${shown} of ${total} results for “${query}”${withFilters}.`;
  const count = `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${withFilters}.`;
  if (shown >= total) return count;
  return `${count} Showing the first ${shown}.`;
}

/**
 * The selection written into the address (?q=safe&type=FAQ&year=2020), so a search can be shared
 * or reloaded; and read back from it. Unknown parameters are ignored.
 * @example selectionFromParams(new URLSearchParams('q=safe&type=FAQ&type=News')) // { type: ['FAQ', 'News'], area: [], year: [] }
 */
export function selectionFromParams(params: URLSearchParams): Required<Selection> {
  return { type: params.getAll('type'), area: params.getAll('area'), year: params.getAll('year') };
}
