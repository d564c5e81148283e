import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentDir } from './lib/content-dir';
import { readSettingsLists } from './lib/settings-lists';
import * as schema from './schema';
import { contentTypes, filePattern } from './schema/content-types';

const lists = readSettingsLists(join(contentDir, 'settings/site.yaml'));

// why: folders and file patterns come from src/schema/content-types.ts, which the CMS config is
// generated from too; the schemas stay spelled out here so Astro keeps each collection's type.
const from = (name: string) => {
  const type = contentTypes.find((t) => t.name === name);
  if (!type) throw new Error(`src/schema/content-types.ts has no content type named "${name}".`);
  return glob({ pattern: filePattern(type.format), base: join(contentDir, type.folder) });
};

export const collections = {
  pages: defineCollection({ loader: from('pages'), schema: ({ image }) => schema.pageSchema({ image, ...lists }) }),
  news: defineCollection({ loader: from('news'), schema: ({ image }) => schema.newsSchema({ image, ...lists }) }),
  stories: defineCollection({ loader: from('stories'), schema: ({ image }) => schema.storySchema({ image, ...lists }) }),
  faqs: defineCollection({ loader: from('faqs'), schema: ({ image }) => schema.faqSchema({ image, ...lists }) }),
  documents: defineCollection({ loader: from('documents'), schema: ({ image }) => schema.documentSchema({ image, ...lists }) }),
  events: defineCollection({ loader: from('events'), schema: ({ image }) => schema.eventSchema({ image, ...lists }) }),
  evidence: defineCollection({ loader: from('evidence'), schema: ({ image }) => schema.evidenceSchema({ image, ...lists }) }),
  timeline: defineCollection({ loader: from('timeline'), schema: ({ image }) => schema.milestoneSchema({ image, ...lists }) }),
  settings: defineCollection({ loader: glob({ pattern: filePattern('yaml'), base: join(contentDir, 'settings') }), schema: schema.settingsSchema() }),
};
