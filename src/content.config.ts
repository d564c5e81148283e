import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentDir } from './lib/content-dir';
import { readSettingsLists } from './lib/settings-lists';
import * as schema from './schema';

const lists = readSettingsLists(join(contentDir, 'settings/site.yaml'));
const from = (folder: string, pattern: string) => glob({ pattern, base: join(contentDir, folder) });
const prose = '**/*.{md,mdx}';
const data = '**/*.{yaml,yml,json}';

export const collections = {
  pages: defineCollection({ loader: from('pages', prose), schema: ({ image }) => schema.pageSchema({ image, ...lists }) }),
  news: defineCollection({ loader: from('news', prose), schema: ({ image }) => schema.newsSchema({ image, ...lists }) }),
  stories: defineCollection({ loader: from('stories', prose), schema: ({ image }) => schema.storySchema({ image, ...lists }) }),
  faqs: defineCollection({ loader: from('faqs', prose), schema: ({ image }) => schema.faqSchema({ image, ...lists }) }),
  documents: defineCollection({ loader: from('documents', prose), schema: ({ image }) => schema.documentSchema({ image, ...lists }) }),
  events: defineCollection({ loader: from('events', prose), schema: ({ image }) => schema.eventSchema({ image, ...lists }) }),
  evidence: defineCollection({ loader: from('evidence', data), schema: ({ image }) => schema.evidenceSchema({ image, ...lists }) }),
  timeline: defineCollection({ loader: from('timeline', data), schema: ({ image }) => schema.milestoneSchema({ image, ...lists }) }),
  settings: defineCollection({ loader: from('settings', data), schema: schema.settingsSchema() }),
};
