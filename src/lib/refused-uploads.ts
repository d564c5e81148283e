import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import type { SchemaContext } from '../schema/context';
import { readEntryData, typedEntries } from './entry-files';
import { valuesAt } from './field-values';
import { uploadFields } from './upload-fields';
import { allowedExtensions, checkUpload } from './upload-types';

/** An uploaded file the site will not publish, and why. */
export interface RefusedUpload {
  /** The content file that uses it, relative to the content folder (e.g. documents/report.mdx), or the file itself for a body image. */
  entry: string;
  /** The field that names it, e.g. file or hero.src; empty for a file in content/media/. */
  field: string;
  /** Plain-English reason, naming the uploaded file. */
  problem: string;
}

// why: only which fields hold uploads matters here, not the settings lists or sharp's images.
const LISTING: SchemaContext = { image: () => z.string() as never, areas: [], faqGroups: [] };

/** The file's bytes, or undefined when it is not there (the missing-files check reports that). */
const bytesOf = (path: string) => {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
};

/** Every image in content/media/ the site would resize and publish (body images are found there by name). */
function mediaImages(contentDir: string): string[] {
  const extensions = allowedExtensions('image');
  try {
    return readdirSync(join(contentDir, 'media'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && extensions.includes(d.name.split('.').pop()!.toLowerCase()))
      .map((d) => join(d.parentPath, d.name))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Every uploaded file the build must refuse: documents and images whose bytes are not an allowed
 * type (src/lib/upload-types.ts), or whose name lies about their type. Each names the content
 * file and field that use it, and the uploaded file.
 * @example await findRefusedUploads('/site/content') // [{ entry: 'documents/report.mdx', field: 'file', problem: 'Only PDF, ... report.xml is an XML file, which is not allowed.' }]
 */
export async function findRefusedUploads(contentDir: string): Promise<RefusedUpload[]> {
  const refused: RefusedUpload[] = [];
  const checked = new Set<string>();
  for (const { type, file, entry } of typedEntries(contentDir)) {
    let data: unknown;
    try {
      data = readEntryData(file);
    } catch {
      continue; // why: unreadable YAML is reported by Astro's own loader, with its line number.
    }
    for (const { path, kind } of uploadFields(type.schema(LISTING))) {
      for (const { field, value } of valuesAt(data, path)) {
        if (typeof value !== 'string' || !value.trim()) continue;
        const upload = resolve(dirname(file), value.trim());
        const bytes = bytesOf(upload);
        if (!bytes) continue;
        checked.add(upload);
        const result = await checkUpload(bytes, basename(upload), kind);
        if (!result.ok) refused.push({ entry, field, problem: result.problem });
      }
    }
  }
  for (const image of mediaImages(contentDir)) {
    if (checked.has(image)) continue;
    const result = await checkUpload(readFileSync(image), basename(image), 'image');
    if (!result.ok) refused.push({ entry: relative(contentDir, image).split(sep).join('/'), field: '', problem: result.problem });
  }
  return refused;
}

/** The build error message for refused uploads: one line per file, naming the content file, the field and the fix. */
export const describeRefused = (refused: RefusedUpload[]) =>
  refused.map((r) => `content/${r.entry}: ${r.field ? `${r.field}: ` : ''}${r.problem}`).join('\n');
