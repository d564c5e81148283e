import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { contentTypes, fileExtensions, type ContentType } from '../schema/content-types';

// why: the build's own checks (missing files, uploads, dates) read content files as written,
// before Astro does: YAML here keeps dates as text (the `yaml` package's YAML 1.2 core schema),
// so 2020-02-30 is seen as written rather than as 1 March.

/**
 * The fields of a content file as written: the frontmatter of a Markdown file, or a YAML/JSON data file.
 * @example readEntryData('/site/content/news/x.mdx') // { title: 'Clinic opens', published: '2020-02-24', ... }
 */
export function readEntryData(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  if (/\.ya?ml$/.test(file)) return parse(text);
  if (file.endsWith('.json')) return JSON.parse(text);
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? parse(match[1]!) : {};
}

/** One content file of a content type. */
export interface TypedEntry {
  type: ContentType;
  /** Absolute path of the file. */
  file: string;
  /** The file relative to the content folder, with / separators, e.g. news/2020-02-24-x.mdx. */
  entry: string;
}

/** Every content file of every content type under a content folder (a missing folder has none). */
export function typedEntries(contentDir: string): TypedEntry[] {
  return contentTypes.flatMap((type) => {
    const folder = join(contentDir, type.folder);
    let names: { name: string; parentPath: string; isFile(): boolean }[];
    try {
      names = readdirSync(folder, { recursive: true, withFileTypes: true });
    } catch {
      return [];
    }
    return names
      .filter((d) => d.isFile() && fileExtensions(type.format).includes(d.name.split('.').pop()!) && !join(d.parentPath, d.name).split(sep).includes('node_modules'))
      .map((d) => join(d.parentPath, d.name))
      .sort()
      .map((file) => ({ type, file, entry: relative(contentDir, file).split(sep).join('/') }));
  });
}
