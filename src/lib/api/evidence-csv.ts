import { stringify } from 'csv-stringify/sync';
import type { EvidenceItem } from './schemas';
import { spreadsheetSafe } from './spreadsheet-safe';

/** The CSV's columns, in order: one row per figure, with the facts of the set it belongs to. */
export const EVIDENCE_CSV_COLUMNS = [
  'figure',
  'value',
  'key_figure',
  'set_id',
  'set_title',
  'kind',
  'date',
  'date_label',
  'cohort',
  'caveat',
  'source_name',
  'source_date',
  'source_url',
  'page_url',
] as const;

/** One row of the CSV. */
export type EvidenceCsvRow = Record<(typeof EVIDENCE_CSV_COLUMNS)[number], string>;

/**
 * The CSV's rows: one per figure. `value` is the figure exactly as shown on the site ("99%", "£3.7m"):
 * the unit is part of it, as editors write it.
 * @example evidenceCsvRows([set])[0] // { figure: 'attendance at twice-daily doses', value: '99%', key_figure: 'yes', ... }
 */
export function evidenceCsvRows(items: EvidenceItem[]): EvidenceCsvRow[] {
  return items.flatMap((set) =>
    set.figures.map((figure) => ({
      figure: figure.label,
      value: figure.value,
      key_figure: figure.key ? 'yes' : 'no',
      set_id: set.id,
      set_title: set.title,
      kind: set.kind,
      date: set.date,
      date_label: set.dateLabel ?? '',
      cohort: set.cohort,
      caveat: set.caveat ?? '',
      source_name: set.source.name,
      source_date: set.source.date,
      source_url: set.source.url ?? '',
      page_url: set.url,
    })),
  );
}

/**
 * The evidence figures as CSV (RFC 4180: a header row, CRLF line ends, quotes where needed), with
 * a byte-order mark so Excel reads "£" and other non-ASCII text correctly, and no cell a
 * spreadsheet would run as a formula.
 * @example evidenceCsv([set]).split('\r\n')[0] // "\uFEFFfigure,value,key_figure,set_id,..."
 */
export function evidenceCsv(items: EvidenceItem[]): string {
  return stringify(evidenceCsvRows(items), {
    header: true,
    columns: [...EVIDENCE_CSV_COLUMNS],
    record_delimiter: 'windows',
    bom: true,
    cast: { string: spreadsheetSafe },
  });
}
