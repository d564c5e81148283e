import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// why: the area and FAQ-group lists live in settings content, and the other schemas must
// validate against them; Astro's schema functions are synchronous, so read the file directly.
/** Ids of areas and FAQ groups from a settings file, for validating other content against. */
export function readSettingsLists(path: string): { areas: string[]; faqGroups: string[] } {
  const data = parse(readFileSync(path, 'utf8')) ?? {};
  const ids = (list: unknown) => (Array.isArray(list) ? list.map((item) => String(item?.id)) : []);
  return { areas: ids(data.areas), faqGroups: ids(data.faqGroups) };
}
