import { z } from 'astro/zod';
import { contentTypes } from '../src/schema/content-types';
import type { SchemaContext } from '../src/schema/context';
import { uploadFields } from '../src/lib/upload-fields';
import { checkUpload, type UploadKind } from '../src/lib/upload-types';

/** A file the editor has attached to the entry but not saved yet, as Decap holds it. */
export interface PendingUpload {
  /** The file's name as it will be saved, e.g. report.xml. */
  name: string;
  /** The file's bytes. */
  bytes: Uint8Array;
  /** The name of the field whose button uploaded it, e.g. file or src. */
  fieldName?: string;
  /** That field's widget: image or file. */
  widget?: string;
}

// why: only which fields take uploads matters here, not the settings lists.
const LISTING: SchemaContext = { image: () => z.string() as never, areas: [], faqGroups: [] };

/** What kind of file the field that uploaded a file takes: the schema's upload fields, and any image button (body images too). */
function kindOf(upload: PendingUpload, fields: { path: string; kind: UploadKind }[]): { kind: UploadKind; field: string } | undefined {
  // why: a body's Video has a file field called src too; only an image button uploads into an image field.
  const declared = fields.find((f) => f.path.split('.').pop() === upload.fieldName && (f.kind === 'image') === (upload.widget === 'image'));
  if (declared) return { kind: declared.kind, field: declared.path };
  if (upload.widget === 'image') return { kind: 'image', field: upload.fieldName ?? 'image' };
  return undefined;
}

/**
 * Every upload waiting to be saved with an entry that the build would refuse, checked from its bytes
 * against the one upload list (src/lib/upload-types.ts), as "field: message" lines. Empty when all may be saved.
 * @example await uploadProblems('documents', [{ name: 'report.xml', bytes, fieldName: 'file', widget: 'file' }])
 * // ['file: Only PDF, ... report.xml is an XML file, which is not allowed.']
 */
export async function uploadProblems(collection: string, uploads: PendingUpload[]): Promise<string[]> {
  const type = contentTypes.find((t) => t.name === collection);
  const fields = type ? uploadFields(type.schema(LISTING)) : [];
  const problems: string[] = [];
  for (const upload of uploads) {
    const target = kindOf(upload, fields);
    if (!target) continue;
    const result = await checkUpload(upload.bytes, upload.name, target.kind);
    if (!result.ok) problems.push(`${target.field}: ${result.problem}`);
  }
  return problems;
}
