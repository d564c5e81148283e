import { z } from 'astro/zod';
import { withPlainMessages } from './plain-issues';
import type { UploadKind } from '../lib/upload-types';

/** What the CMS needs to show a field to a comms officer: label, hint and (optionally) widget. */
export interface EditorMeta {
  /** Plain-English label shown above the field in the CMS. */
  label: string;
  /** One-sentence help text shown under the label: what to write, and how long. */
  hint: string;
  /** Decap widget to use when it cannot be inferred from the zod type (e.g. 'markdown', 'text'). */
  // why: 'alt-text' is the site's own CMS widget: alt text required unless the image is marked decorative.
  widget?: 'string' | 'text' | 'markdown' | 'datetime' | 'date' | 'image' | 'file' | 'boolean' | 'number' | 'select' | 'list' | 'object' | 'hidden' | 'alt-text';
  /** Recommended maximum length, shown to editors as guidance (not enforced). */
  suggestedMax?: number;
  /** For a select: the list in the site settings its choices come from (ids stored, names shown). */
  optionsFrom?: 'areas' | 'faqGroups';
  /** For a file field: the kind of upload it takes, checked from the file's bytes. Image fields always take images. */
  accepts?: UploadKind;
}

// why: a zod 4 typed registry lets each field carry its editor metadata beside its
// validation, so Astro and the CMS config are built from one declaration.
/** Registry holding the editor metadata of every schema field. */
export const editorMeta = z.registry<EditorMeta>();

/**
 * Attach editor metadata to a field schema and return the same schema, which from then on words
 * any problem it has no message for in plain English, naming the field by its label.
 * @example field(z.string(), { label: 'Title', hint: 'Shown as the page heading.' })
 */
export function field<T extends z.ZodType>(schema: T, meta: EditorMeta): T {
  (schema as z.ZodType).register(editorMeta, meta);
  return withPlainMessages(schema, meta, (s) => editorMeta.has(s));
}
