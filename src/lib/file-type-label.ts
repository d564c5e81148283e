import { checkUpload } from './upload-types';

/**
 * The MIME type and human label of a document, read from its bytes (its name only for CSV and text).
 * Throws when the type is not one editors may upload, or the name lies about it, so the build fails.
 * @example await fileTypeLabel(pdfBytes, 'leaflet.pdf') // { mime: 'application/pdf', label: 'PDF' }
 */
export async function fileTypeLabel(bytes: Uint8Array, name: string): Promise<{ mime: string; label: string }> {
  const result = await checkUpload(bytes, name, 'document');
  if (!result.ok) throw new Error(result.problem);
  return { mime: result.type.mime, label: result.type.label };
}
