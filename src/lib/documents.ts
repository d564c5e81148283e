import { join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { contentDir } from './content-dir';
import { getPublished } from './content';
import { describeFile, type FileDescription } from './describe-file';
import { newestFirst } from './dates';

/** A document entry with the facts about its file, read from the file at build time. */
export interface DocumentWithFile {
  entry: CollectionEntry<'documents'>;
  file: FileDescription;
  /** Site path of the download, e.g. /documents/files/hat-a5-leaflet.pdf. */
  href: string;
}

/** Absolute path of a document's file on disk. */
export const documentFilePath = (file: string) => join(contentDir, 'documents', file.replace(/^\.\//, ''));

/** Every published document, newest first, with its file's type and size. */
export async function getDocuments(): Promise<DocumentWithFile[]> {
  const entries = (await getPublished('documents')).sort(newestFirst((d) => d.data.published));
  return Promise.all(
    entries.map(async (entry) => {
      const file = await describeFile(documentFilePath(entry.data.file)).catch((error: Error) => {
        throw new Error(`content/documents/${entry.id}.mdx (field file): ${error.message}`);
      });
      return { entry, file, href: `/documents/files/${file.name}` };
    }),
  );
}
