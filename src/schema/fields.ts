import { z } from 'astro/zod';
import { editorMeta, type EditorMeta } from './editor';

/** One field found in a schema: its dotted path, its schema (wrappers removed) and its editor metadata. */
export interface FieldInfo {
  path: string;
  schema: z.ZodType;
  meta: EditorMeta | undefined;
  required: boolean;
  /** The value used when the field is left out (from `.default()`), if any. */
  defaultValue: unknown;
}

// why: `.optional()`, `.default()` and `z.preprocess` wrap the registered schema; look through them.
/** The schema inside `.optional()`, `.default()`, `.nullable()` and `z.preprocess` wrappers. */
export const unwrap = (schema: z.ZodType): z.ZodType => {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return unwrap(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) return unwrap(schema.out as z.ZodType);
  return schema;
};

/**
 * The direct fields of an object schema (not their children), each with its metadata.
 * @example objectFields(sourceField()).map((f) => f.path) // ['name', 'date', 'datePrecision', 'url']
 */
export function objectFields(schema: z.ZodType, prefix = ''): FieldInfo[] {
  const object = unwrap(schema);
  if (!(object instanceof z.ZodObject)) return [];
  return Object.entries(object.shape as Record<string, z.ZodType>).map(([key, child]) => {
    const absent = child.safeParse(undefined);
    return {
      path: prefix ? `${prefix}.${key}` : key,
      schema: unwrap(child),
      meta: metaOf(child),
      required: !absent.success,
      defaultValue: absent.success ? absent.data : undefined,
    };
  });
}

const metaOf = (schema: z.ZodType): EditorMeta | undefined => {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const meta = editorMeta.get(current);
    if (meta) return meta;
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.out as z.ZodType;
    else current = undefined;
  }
  return undefined;
};

/**
 * Every field of an object schema, nested objects and list items included, with its editor metadata.
 * @example listFields(newsSchema(ctx)).map((f) => f.path) // ['title', 'summary', ..., 'hero.alt', 'related[].url']
 */
export function listFields(schema: z.ZodType, prefix = ''): FieldInfo[] {
  return objectFields(schema, prefix).flatMap((info) => {
    const { path, schema: inner } = info;
    if (inner instanceof z.ZodObject) return [info, ...listFields(inner, path)];
    if (inner instanceof z.ZodArray) return [info, ...listFields(inner.element as z.ZodType, `${path}[]`)];
    return [info];
  });
}
