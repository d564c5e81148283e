import { z } from 'astro/zod';
import type { EditorMeta } from './editor';

// why: zod and Astro word a problem for developers ("Required", "Expected object, received
// string", "**hero**: ..."). Astro parses content with its own error map, which zod uses for any
// issue whose schema has no message of its own. Every field therefore gets a plain-words message
// here, behind whatever message it already has, naming the field by the label editors see.

/** The parts of a zod issue the messages read. */
interface Issue {
  code?: string;
  path?: PropertyKey[];
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
}

/** What a value of each zod type is, in plain words. */
const KINDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  date: 'a date written as YYYY-MM-DD',
  object: 'a group of fields, each on its own line below it and indented',
  array: 'a list, each item on its own line below it starting with "- "',
};

/**
 * A value as a person would describe it.
 * @example describeValue([1]) // 'a list'
 */
export function describeValue(value: unknown): string {
  if (value === null || value === '') return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'a group of fields';
  return 'something else';
}

/** "Main image (hero)", or "Item 2 of Related links (related)" for an item of a list. */
function fieldName(path: PropertyKey[], label: string): string {
  const last = path.at(-1);
  const key = [...path].reverse().find((p) => typeof p === 'string');
  const named = key ? `${label} (${String(key)})` : label;
  return typeof last === 'number' ? `Item ${last + 1} of ${named}` : named;
}

/**
 * The plain-English message for a zod issue on a field with the given editor label and hint.
 * @example plainIssueMessage({ code: 'invalid_type', expected: 'object', path: ['hero'] }, { label: 'Main image', hint: '...' })
 * // 'Main image (hero) is missing. Fill it in in the CMS, or add hero: to the file.'
 */
export function plainIssueMessage(issue: Issue, meta: Pick<EditorMeta, 'label' | 'hint'>): string {
  const path = issue.path ?? [];
  const name = fieldName(path, meta.label);
  const key = String(path.at(-1) ?? '');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${name} is missing. Fill it in in the CMS, or add ${key}: to the file.`;
      return `${name} must be ${KINDS[issue.expected ?? ''] ?? 'a different kind of value'}, but it is ${describeValue(issue.input)}. Check the spelling and the indentation of this field.`;
    case 'invalid_value':
      return `${name} cannot be ${describeValue(issue.input)}. Choose one of: ${(issue.values ?? []).map(String).join(', ')}.`;
    case 'too_small':
      if (issue.origin === 'array') return `${name} needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'item' : 'items'}.`;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${name} cannot be left empty.` : `${name} must be at least ${issue.minimum} characters long.`;
      return `${name} must be ${issue.minimum} or more (it is ${describeValue(issue.input)}).`;
    case 'too_big':
      if (issue.origin === 'array') return `${name} can have at most ${issue.maximum} ${Number(issue.maximum) === 1 ? 'item' : 'items'}.`;
      if (issue.origin === 'string') return `${name} must be at most ${issue.maximum} characters long.`;
      return `${name} must be ${issue.maximum} or less (it is ${describeValue(issue.input)}).`;
    default:
      return `${name} is not right: ${describeValue(issue.input)} cannot be used here. ${meta.hint}`.trim();
  }
}

type ErrorMap = (issue: Issue) => unknown;
const installed = new WeakSet<object>();

/** Puts a fallback message behind a schema's own message (its own wins when it gives one). */
function install(schema: z.ZodType, fallback: ErrorMap) {
  if (installed.has(schema)) return;
  installed.add(schema);
  // why: zod reads `def.error` when it words an issue; there is no public way to add one to a built schema.
  const def = schema._zod.def as { error?: ErrorMap };
  const own = def.error;
  def.error = own ? (issue) => own(issue) ?? fallback(issue) : fallback;
}

/**
 * Gives a field's schema, the wrappers around it (optional, default, preprocess) and the items of a
 * list (unless they are fields of their own) a plain-words message for any problem without one.
 * Objects' own fields are fields of their own and get theirs from field().
 */
export function withPlainMessages<T extends z.ZodType>(schema: T, meta: EditorMeta, isField: (s: z.ZodType) => boolean): T {
  const fallback: ErrorMap = (issue) => plainIssueMessage(issue, meta);
  const visit = (node: z.ZodType) => {
    install(node, fallback);
    if (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) visit(node.unwrap() as z.ZodType);
    else if (node instanceof z.ZodPipe) {
      visit(node.in as z.ZodType);
      visit(node.out as z.ZodType);
    } else if (node instanceof z.ZodArray && !isField(node.element as z.ZodType)) visit(node.element as z.ZodType);
  };
  visit(schema);
  return schema;
}
