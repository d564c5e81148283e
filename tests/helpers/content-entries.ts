/**
 * The entries of one collection in a content folder, read and checked with the site's own schema,
 * so tests over a build can work out what the build should have made from them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import type { SchemaContext } from '../../src/schema/context';
import { readSettingsLists } from '../../src/lib/settings-lists';
import { readFrontmatter } from '../unit/frontmatter';

/** One entry file: its slug (file name without .mdx) and its checked data. */
export interface ContentEntry<T> {
  id: string;
  data: T;
}

/**
 * Every .mdx entry in `<contentDir>/<folder>`, drafts and scheduled ones included, parsed with `schemaFor`.
 * @example readEntries('content', 'news', newsSchema).length // number of news files
 */
export function readEntries<T>(contentDir: string, folder: string, schemaFor: (ctx: SchemaContext) => z.ZodType<T>): ContentEntry<T>[] {
  const lists = readSettingsLists(join(contentDir, 'settings/site.yaml'));
  // why: the image helper resolves files through Vite; a plain stand-in is enough to read the data.
  const schema = schemaFor({ ...lists, image: () => z.string() as unknown as z.ZodType<ImageMetadata> });
  return readdirSync(join(contentDir, folder))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ id: file.replace(/\.mdx$/, ''), data: schema.parse(readFrontmatter(join(contentDir, folder, file))) }));
}
