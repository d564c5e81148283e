// why: these content/pages entries hold the introduction of a page with its own template
// (lists, tables, settings); every other page entry is rendered by the generic [page].astro route.
/** Page slugs rendered by their own route rather than the generic page template. */
export const SECTION_PAGES = new Set([
  'home',
  'stories',
  'news',
  'events',
  'faqs',
  'evidence',
  'timeline',
  'documents',
  'partners',
  'contact',
  'not-found',
  'search',
  'site-map',
]);
