import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatFileSize } from './file-size';
import { fileTypeLabel } from './file-type-label';

/** What a download link says about its file: computed from the file itself at build time. */
export interface FileDescription {
  /** File name, e.g. hat-a5-leaflet.pdf. */
  name: string;
  /** MIME type read from the file's bytes. */
  mime: string;
  /** Size in bytes. */
  bytes: number;
  /** What the link shows, e.g. "PDF, 1.5 MB". */
  label: string;
}

/**
 * Read a file and describe it for a download link; a missing file fails with the path and the fix.
 * @example await describeFile('/site/content/documents/files/leaflet.pdf') // { label: 'PDF, 34 KB', ... }
 */
export async function describeFile(path: string): Promise<FileDescription> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new Error(`${path}: this document file does not exist. Upload it, or correct the file: field of the document entry.`);
  }
  const name = basename(path);
  const type = await fileTypeLabel(bytes, name);
  return { name, mime: type.mime, bytes: bytes.length, label: `${type.label}, ${formatFileSize(bytes.length)}` };
}
