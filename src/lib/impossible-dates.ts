import { z } from 'astro/zod';
import type { SchemaContext } from '../schema/context';
import { listFields } from '../schema/fields';
import { readEntryData, typedEntries } from './entry-files';
import { valuesAt } from './field-values';
import { impossibleDateMessage, impossibleDateReason } from './real-dates';

/** A date in a content file that is not on the calendar. */
export interface ImpossibleDate {
  /** The content file, relative to the content folder, e.g. news/2020-02-30-x.mdx. */
  entry: string;
  /** The field, e.g. published or source.date. */
  field: string;
  /** Plain-English message naming the field and the date as written. */
  message: string;
}

// why: only which fields hold dates matters here, not the settings lists or sharp's images.
const LISTING: SchemaContext = { image: () => z.string() as never, areas: [], faqGroups: [] };

// why: Astro's YAML reader turns an unquoted 2020-02-30 into 1 March before the schema sees it, so
// impossible dates are found here, in the files as written, before Astro reads them.
/**
 * Every date or date-and-time field in the content whose value is written as a date but is not a real one.
 * @example findImpossibleDates('/site/content') // [{ entry: 'news/x.mdx', field: 'published', message: 'published is 2020-02-30, which is not a real date: February 2020 has 29 days. ...' }]
 */
export function findImpossibleDates(contentDir: string): ImpossibleDate[] {
  const found: ImpossibleDate[] = [];
  for (const { type, file, entry } of typedEntries(contentDir)) {
    let data: unknown;
    try {
      data = readEntryData(file);
    } catch {
      continue; // why: unreadable YAML is reported by Astro's own loader, with its line number.
    }
    const dates = listFields(type.schema(LISTING)).filter((f) => f.meta?.widget === 'date' || f.meta?.widget === 'datetime');
    for (const { path } of dates) {
      for (const { field, value } of valuesAt(data, path)) {
        const reason = typeof value === 'string' ? impossibleDateReason(value) : undefined;
        if (reason) found.push({ entry, field, message: impossibleDateMessage(field.replace(/\.\d+(?=\.|$)/g, ''), value as string, reason) });
      }
    }
  }
  return found;
}

/** The build error message: one line per date, naming the content file, the field and the date. */
export const describeImpossibleDates = (dates: ImpossibleDate[]) => dates.map((d) => `content/${d.entry}: ${d.field}: ${d.message}`).join('\n');
