import { fileTypeFromBuffer } from 'file-type';
import { extname } from 'node:path';

// why: the labels people recognise (GOV.UK uses "PDF", "MS Word Document", "CSV"), keyed by MIME type.
const LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'MS Word Document',
  'application/msword': 'MS Word Document',
  'application/vnd.oasis.opendocument.text': 'OpenDocument Text',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'MS Excel Spreadsheet',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument Spreadsheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'MS PowerPoint Presentation',
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
};

// why: plain-text formats have no magic bytes, so file-type cannot sniff them; fall back to the extension.
const TEXT_TYPES: Record<string, { mime: string; label: string }> = {
  '.csv': { mime: 'text/csv', label: 'CSV' },
  '.txt': { mime: 'text/plain', label: 'Plain text' },
};

/**
 * The MIME type and human label of a file, read from its bytes (its extension only for plain text).
 * Throws when the bytes do not match the extension, so a mislabelled upload fails the build.
 * @example await fileTypeLabel(pdfBytes, 'leaflet.pdf') // { mime: 'application/pdf', label: 'PDF' }
 */
export async function fileTypeLabel(bytes: Uint8Array, name: string): Promise<{ mime: string; label: string }> {
  const ext = extname(name).toLowerCase();
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed) {
    const text = TEXT_TYPES[ext];
    if (text) return text;
    throw new Error(`${name}: the type of this file could not be recognised from its contents. Upload a PDF, Word, OpenDocument, CSV or image file.`);
  }
  if (`.${sniffed.ext}` !== ext && !(sniffed.ext === 'jpg' && ext === '.jpeg')) {
    throw new Error(`${name}: the file name ends in ${ext} but the file is really a .${sniffed.ext} file. Rename it or upload the right file.`);
  }
  return { mime: sniffed.mime, label: LABELS[sniffed.mime] ?? sniffed.ext.toUpperCase() };
}
