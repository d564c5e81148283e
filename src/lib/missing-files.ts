import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readEntryData } from './entry-files';

/** A file referenced from a content entry that does not exist. */
export interface MissingFile {
  /** The content file, relative to the content folder, e.g. news/2020-02-24-x.mdx. */
  entry: string;
  /** The frontmatter field, e.g. hero.src. */
  field: string;
  /** The path as written. */
  path: string;
}

const FILE_PATH = /^(\.{1,2}\/|files\/)[^\s]*\.(jpe?g|png|webp|avif|gif|svg|pdf|docx?|odt|xlsx?|ods|csv|txt)$/i;
const ENTRY = /\.(mdx?|ya?ml|json)$/;

function* references(value: unknown, path: string): Generator<{ field: string; path: string }> {
  if (typeof value === 'string' && FILE_PATH.test(value)) yield { field: path, path: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* references(item, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* references(item, path ? `${path}.${key}` : key);
}

// why: Astro's own "image not found" error names the image but not the content file that
// asked for it; a comms officer needs the entry and field to fix it.
/**
 * Every relative file path (images, documents) in content frontmatter that points at nothing.
 * @example findMissingFiles('/site/content') // [{ entry: 'news/x.mdx', field: 'hero.src', path: '../media/y.jpg' }]
 */
export function findMissingFiles(contentDir: string): MissingFile[] {
  const entries = readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && ENTRY.test(d.name))
    .map((d) => join(d.parentPath, d.name));
  const missing: MissingFile[] = [];
  for (const file of entries) {
    let data: unknown;
    try {
      data = readEntryData(file);
    } catch {
      continue; // why: unreadable YAML is reported by Astro's own loader, with its line number.
    }
    for (const ref of references(data, '')) {
      if (!existsSync(join(dirname(file), ref.path))) missing.push({ entry: relative(contentDir, file), field: ref.field, path: ref.path });
    }
  }
  return missing;
}

/** The build error message for missing files: one line per file, naming the entry, field and fix. */
export const describeMissing = (missing: MissingFile[]) =>
  missing.map((m) => `content/${m.entry}: ${m.field}: the file ${m.path} does not exist. Upload it, or correct the path.`).join('\n');
