import { z } from 'astro/zod';
import type { CmsField } from 'decap-cms-core';
import { objectFields, unwrap, type FieldInfo } from '../../src/schema/fields';
import type { EditorMeta } from '../../src/schema/editor';

/** A choice in a select: the id stored in the file and the name shown to editors. */
export interface Choice {
  value: string;
  label: string;
}

/** The lists in the site settings that selects take their choices from. */
export type SettingsChoices = Record<NonNullable<EditorMeta['optionsFrom']>, Choice[]>;

// why: the site shows dates as "24 February 2020"; the date box follows the browser's locale (dd/mm/yyyy in a UK browser);
// files keep ISO dates (YYYY-MM-DD) so they sort and validate, in the editor's local (UK) time.
const DATE = { widget: 'datetime', date_format: 'DD/MM/YYYY', time_format: false, format: 'YYYY-MM-DD' } as const;
const DATE_TIME = { widget: 'datetime', date_format: 'DD/MM/YYYY', time_format: 'HH:mm', format: 'YYYY-MM-DDTHH:mm' } as const;

/**
 * The hint shown under a field, with the length guidance added when the field has one.
 * @example hintFor({ label: 'Title', hint: 'The page heading.', suggestedMax: 65 }) // 'The page heading. Aim for 65 characters or fewer.'
 */
export function hintFor(meta: EditorMeta): string {
  // why: many hints already say "about 65 characters"; say it once.
  if (!meta.suggestedMax || meta.hint.includes(String(meta.suggestedMax))) return meta.hint;
  return `${meta.hint} Aim for ${meta.suggestedMax} characters or fewer.`.trim();
}

/** "day" → "Day", "middlesbrough" → "Middlesbrough": readable labels for enum values. */
const readable = (value: string) => value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ');

/** Throws naming the field when a schema field has no editor metadata (a test also checks this). */
function metaOrThrow(info: FieldInfo): EditorMeta {
  if (!info.meta) throw new Error(`The schema field "${info.path}" has no editor label or hint: wrap it in field(...) in src/schema/.`);
  return info.meta;
}

/** The widget-specific part of a Decap field for one schema field. */
function widgetFor(info: FieldInfo, meta: EditorMeta, choices: SettingsChoices): Record<string, unknown> {
  const { schema } = info;
  if (meta.widget === 'date') return { ...DATE };
  if (meta.widget === 'datetime') return { ...DATE_TIME };
  if (meta.optionsFrom) return { widget: 'select', options: choices[meta.optionsFrom] };
  if (schema instanceof z.ZodEnum) {
    return { widget: 'select', options: (schema.options as string[]).map((value) => ({ value, label: readable(value) })) };
  }
  if (schema instanceof z.ZodObject) return { widget: 'object', collapsed: false, fields: decapFields(schema, choices, info.path) };
  if (schema instanceof z.ZodArray) {
    const element = unwrap(schema.element as z.ZodType);
    if (element instanceof z.ZodObject) return { widget: 'list', collapsed: true, fields: decapFields(element, choices, `${info.path}[]`) };
    return { widget: 'list', field: { name: 'item', label: meta.label, widget: 'string' } };
  }
  if (schema instanceof z.ZodBoolean) return { widget: 'boolean' };
  if (schema instanceof z.ZodNumber) return { widget: 'number', value_type: schema.isInt ? 'int' : 'float' };
  if (meta.widget === 'alt-text') return altTextWidget(info.path);
  // why: files must be uploaded into the content tree (sharp, type and size come from them); a URL would bypass that.
  if (meta.widget === 'image' || meta.widget === 'file') return { widget: meta.widget, choose_url: false };
  if (meta.suggestedMax && (!meta.widget || meta.widget === 'string' || meta.widget === 'text')) {
    // why: a summary of ~160 characters wraps; a one-line box would hide most of it.
    const multiLine = meta.widget === 'text' || (!meta.widget && meta.suggestedMax > 100);
    return { widget: multiLine ? 'counted-text' : 'counted-string', suggested_max: meta.suggestedMax };
  }
  return { widget: meta.widget ?? 'string' };
}

/** The alt-text widget, told where its image's file and decorative box are in the entry. */
function altTextWidget(path: string) {
  const parent = path.split('.').slice(0, -1).join('.');
  if (!parent || parent.includes('[]')) throw new Error(`Alt text "${path}" must sit in an image object outside lists (the CMS cannot find its image otherwise).`);
  return { widget: 'alt-text', decorative_field: `${parent}.decorative`, image_field: `${parent}.src` };
}

/**
 * Decap field definitions for every field of an object schema, nested objects and lists included.
 * Labels, hints and widgets come from each field's editor metadata; `required` and defaults from zod.
 * @example decapFields(faqSchema(ctx), choices).map((f) => f.name) // ['question', 'group', 'order', 'draft']
 */
export function decapFields(schema: z.ZodType, choices: SettingsChoices, prefix = ''): CmsField[] {
  return objectFields(schema, prefix).map((info) => {
    const meta = metaOrThrow(info);
    const name = info.path.split(/[.\]]/).filter(Boolean).pop()!.replace(/\[$/, '');
    const widget = widgetFor(info, meta, choices);
    // why: Decap would otherwise write `false` into every new file for untouched tick boxes and
    // numbers; defaults from zod keep files and the site in step.
    const withDefault = info.defaultValue !== undefined && !(info.schema instanceof z.ZodArray) ? { default: info.defaultValue } : {};
    return { name, label: meta.label, hint: hintFor(meta), required: info.required, ...widget, ...withDefault } as CmsField;
  });
}
