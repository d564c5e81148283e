import type { z } from 'astro/zod';
import { listFields } from '../schema/fields';
import type { UploadKind } from './upload-types';

/** A field of a schema that holds an uploaded file. */
export interface UploadField {
  /** The field's path, e.g. hero.src or file. */
  path: string;
  /** The kind of file it takes. */
  kind: UploadKind;
}

/**
 * The fields of a schema that hold uploads, with the kind each takes: image fields take images,
 * file fields what their `accepts` says (a file field without it, such as a video, is not one of these).
 * @example uploadFields(documentSchema(ctx)) // [{ path: 'file', kind: 'document' }]
 */
export function uploadFields(schema: z.ZodType): UploadField[] {
  return listFields(schema).flatMap(({ path, meta }) => {
    const kind = meta?.accepts ?? (meta?.widget === 'image' ? 'image' : undefined);
    return kind ? [{ path, kind }] : [];
  });
}
