import { z } from 'astro/zod';
import { nearestName } from '../lib/nearest-name';
import { FIELD_SYNONYMS } from './field-synonyms';

// why: zod drops fields it does not know, so a misspelt `date:` (for `published:`) vanished without
// a word. Every group of fields here refuses unknown ones, one message per field, naming the field
// meant, from the group's own list of fields (the schema is the one source of them).

/**
 * The message for a field a group does not have, with the field most likely meant.
 * @example unknownFieldMessage('date', 'a news article', ['title', 'published']) // '`date` is not a field of a news article; did you mean `published`? ...'
 */
export function unknownFieldMessage(key: string, where: string, known: readonly string[]): string {
  const meant = nearestName(key, known, FIELD_SYNONYMS);
  if (meant) return `\`${key}\` is not a field of ${where}; did you mean \`${meant}\`? Rename it to ${meant}, or remove it.`;
  return `\`${key}\` is not a field of ${where}. Remove it, or use one of the fields ${where} has: ${known.join(', ')}.`;
}

// why: a catch-all that always fails reports each unknown field at its own path (the build shows
// its line); zod's strict mode would report them all at once on the group with no field named.
const unknownField = (where: string, known: readonly string[]) =>
  z.unknown().refine(() => false, { error: (issue) => unknownFieldMessage(String(issue.path?.at(-1)), where, known) });

/**
 * A group of fields (an image, a link, a list item) that refuses any field it does not list.
 * @example knownFields('a related link', { title: ..., url: ... })
 */
export const knownFields = <S extends z.core.$ZodLooseShape>(where: string, shape: S) =>
  z.object(shape).catchall(unknownField(where, Object.keys(shape)));

/**
 * The fields of one content file (frontmatter or data file): refuses fields it does not list, and
 * says how to write the fields when the file has none in a readable form.
 * @example entryFields('a news article', { title: ..., published: ... })
 */
export const entryFields = <S extends z.core.$ZodLooseShape>(where: string, shape: S) =>
  z
    .object(shape, {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? `The fields of ${where} could not be read: write one field per line as name: value (between the --- lines in a Markdown file).`
          : undefined,
    })
    .catchall(unknownField(where, Object.keys(shape)));
