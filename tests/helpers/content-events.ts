/**
 * The events in a content folder, read and checked with the site's own schema, so tests over a
 * build can work out what the build should have made (which events, their real start and end).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import { eventSchema } from '../../src/schema';
import type { EventData } from '../../src/schema/event';
import { readSettingsLists } from '../../src/lib/settings-lists';
import { readFrontmatter } from '../unit/frontmatter';

/** One event file: its slug (file name without .mdx) and its checked data. */
export interface ContentEvent {
  id: string;
  data: EventData;
}

/** Every event in `<contentDir>/events`, drafts included (check `data.draft`). */
export function readEvents(contentDir: string): ContentEvent[] {
  const lists = readSettingsLists(join(contentDir, 'settings/site.yaml'));
  // why: events have no images; a plain stand-in is enough for the image helper.
  const schema = eventSchema({ ...lists, image: () => z.string() as unknown as z.ZodType<ImageMetadata> });
  return readdirSync(join(contentDir, 'events'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ id: file.replace(/\.mdx$/, ''), data: schema.parse(readFrontmatter(join(contentDir, 'events', file))) }));
}
