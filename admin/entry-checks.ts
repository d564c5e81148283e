import { z } from 'astro/zod';
import { contentTypes } from '../src/schema/content-types';
import { settingsSchema } from '../src/schema/settings';
import type { SchemaContext } from '../src/schema/context';
import { checkBody } from '../src/lib/body-safety/check-body';
import type { SettingsChoices } from './config/decap-fields';

type Path = (string | number)[];

/**
 * Paths of values the CMS leaves behind that are not content: empty strings, nulls, and optional
 * images where no file was chosen (Decap still writes their "decorative: false").
 * @example emptyPaths({ updated: '', hero: { decorative: false } }) // [['updated'], ['hero']]
 */
export function emptyPaths(value: unknown, path: Path = []): Path[] {
  if (value === '' || value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => emptyPaths(item, [...path, i]));
  if (typeof value !== 'object' || value === undefined) return [];
  const record = value as Record<string, unknown>;
  if ('decorative' in record && !record.src && path.length > 0) return [path];
  return Object.entries(record).flatMap(([key, child]) => emptyPaths(child, [...path, key]));
}

/** The schema context in the CMS: file paths instead of sharp images, lists from the settings. */
const cmsContext = (choices: SettingsChoices): SchemaContext => ({
  image: () => z.string() as never,
  areas: choices.areas.map((c) => c.value),
  faqGroups: choices.faqGroups.map((c) => c.value),
});

/**
 * Everything the build would refuse in an entry, as plain-English lines naming the field (or the
 * body line). Empty when the entry is safe to save.
 * @example entryProblems('faqs', { question: 'Is it safe?', group: 'nope', body: 'Yes.' }, choices)
 */
export function entryProblems(collection: string, data: Record<string, unknown>, choices: SettingsChoices): string[] {
  const type = contentTypes.find((t) => t.name === collection);
  const schema = type ? type.schema(cmsContext(choices)) : collection === 'settings' ? settingsSchema() : undefined;
  if (!schema) return [];
  const { body, ...fields } = data;
  const result = schema.safeParse(fields);
  const fieldProblems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`);
  const bodyProblems =
    type?.body && typeof body === 'string'
      ? checkBody(body, { file: 'body', format: type.format === 'md' ? 'md' : 'mdx' }).map((p) => `Body line ${p.line}: ${p.reason} ${p.fix}`.trim())
      : [];
  return [...fieldProblems, ...bodyProblems];
}
