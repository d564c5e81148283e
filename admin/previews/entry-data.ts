import type { PreviewProps } from './types';

// why: Decap hands previews an Immutable Map whose values are whatever the editor has typed
// so far: missing, empty, a string, or (from YAML) a Date. These readers turn that into plain
// values once, so templates never crash on a half-filled new entry.

/** The entry's fields as a plain object (nested objects and lists included). */
export type EntryData = Record<string, unknown>;

/** The entry's fields as a plain object, empty for a brand-new entry. */
export function entryData(entry: PreviewProps['entry']): EntryData {
  const data = entry.get('data') as { toJS?: () => unknown } | undefined;
  const plain = data?.toJS ? data.toJS() : data;
  return plain && typeof plain === 'object' ? (plain as EntryData) : {};
}

/**
 * A field as text: '' when missing, trimmed otherwise.
 * @example textOf({ title: ' Hi ' }, 'title') // 'Hi'
 */
export const textOf = (data: EntryData, key: string): string => {
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
};

/**
 * A nested object field (such as `hero`), or undefined when it is missing.
 * @example objectOf({ hero: { src: 'a.jpg' } }, 'hero') // { src: 'a.jpg' }
 */
export const objectOf = (data: EntryData, key: string): EntryData | undefined => {
  const value = data[key];
  return value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) ? (value as EntryData) : undefined;
};

/**
 * A list of objects (such as `related` links); non-objects are skipped.
 * @example listOf({ related: [{ title: 'A' }] }, 'related') // [{ title: 'A' }]
 */
export const listOf = (data: EntryData, key: string): EntryData[] => {
  const value = data[key];
  return Array.isArray(value) ? value.filter((item): item is EntryData => Boolean(item) && typeof item === 'object') : [];
};

/**
 * A calendar date field (YYYY-MM-DD, an ISO date-time, or a Date), as the UTC midnight of that day; undefined when not a date yet.
 * @example dateOf({ published: '2020-02-24' }, 'published') // 2020-02-24T00:00:00.000Z
 */
export function dateOf(data: EntryData, key: string): Date | undefined {
  const value = data[key];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!match) return undefined;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The label a select field shows for a stored value (e.g. the FAQ group's title for its id), or the value itself.
 * @example optionLabel(fields, 'group', 'about-the-treatment') // 'About the treatment'
 */
export function optionLabel(fields: PreviewProps['fields'] | undefined, name: string, value: string): string {
  const field = fields?.find((f) => f?.get('name') === name);
  const options = (field?.get('options') as { toJS?: () => unknown } | undefined)?.toJS?.();
  if (!Array.isArray(options)) return value;
  for (const option of options as unknown[]) {
    if (option === value) return value;
    if (option && typeof option === 'object' && (option as { value?: unknown }).value === value) {
      return String((option as { label?: unknown }).label ?? value);
    }
  }
  return value;
}
