import type { z } from 'astro/zod';
import type { SchemaContext } from './context';
import { documentSchema } from './document';
import { eventSchema } from './event';
import { evidenceSchema } from './evidence';
import { faqSchema } from './faq';
import { milestoneSchema } from './milestone';
import { newsSchema } from './news';
import { pageSchema } from './page';
import { storySchema } from './story';

// why: one list of content types feeds Astro's collections (folder, file pattern, schema) and
// the CMS (labels, file format, slugs, sorting, filters), so a new type is declared once.

/** How an entry is stored: Markdown/MDX with frontmatter, or a YAML data file. */
export type StorageFormat = 'mdx' | 'md' | 'yaml';

/** The body (the text under the frontmatter) of a prose content type, as editors see it. */
export interface BodySpec {
  /** Label above the body editor. */
  label: string;
  /** One sentence under the label. */
  hint: string;
  /** True when editors may insert the site's components (Callout, Figure...) into the body. */
  components: boolean;
}

/** One content type: where it lives, what it contains and how the CMS presents it. */
export interface ContentType {
  /** Collection name, used by Astro (getCollection) and the CMS (URL /admin/#/collections/<name>). */
  name: string;
  /** Plural label in the CMS sidebar, e.g. "News". */
  label: string;
  /** Singular label for "New …" buttons, e.g. "News article". */
  labelSingular: string;
  /** One sentence at the top of the CMS list, saying what the collection is for. */
  description: string;
  /** Folder under content/. */
  folder: string;
  /** The file format new entries are written in. */
  format: StorageFormat;
  /** The schema every entry is validated against. */
  schema: (ctx: SchemaContext) => z.ZodType;
  /** The body, for prose types; absent for data files. */
  body?: BodySpec;
  /** The field used as the entry's title in lists and slugs. */
  titleField: string;
  /** The date field entries are sorted by (newest first) and file names are prefixed with, if any. */
  dateField?: string;
  /** True when file names start with the entry's date (news, events). */
  datePrefix?: boolean;
  /** Folder (relative to the entry) that images uploaded to this type are stored in. */
  mediaFolder: string;
}

const articleBody: BodySpec = {
  label: 'Article',
  hint: 'The text of the article. Use headings, lists and links from the toolbar; add a callout, image, key figure or video with the + button.',
  components: true,
};

/** Every content type of the site, in the order the CMS lists them. */
export const contentTypes: readonly ContentType[] = [
  {
    name: 'news', label: 'News', labelSingular: 'News article', folder: 'news', format: 'mdx',
    description: 'News articles, newest first. The file name starts with the published date.',
    schema: newsSchema, body: articleBody, titleField: 'title', dateField: 'published', datePrefix: true, mediaFolder: '../media/news',
  },
  {
    name: 'stories', label: 'Stories', labelSingular: 'Story', folder: 'stories', format: 'mdx',
    description: 'Participant stories, told in reported speech. Change names and never quote a real person word for word without their consent.',
    schema: storySchema, body: { ...articleBody, label: 'Story' }, titleField: 'title', dateField: 'published', mediaFolder: '../media/stories',
  },
  {
    name: 'pages', label: 'Pages', labelSingular: 'Page', folder: 'pages', format: 'mdx',
    description: 'The site\'s pages. Section pages (News, FAQs, Documents...) take their title and introduction from here.',
    schema: pageSchema, body: { ...articleBody, label: 'Page text' }, titleField: 'title', mediaFolder: '../media/pages',
  },
  {
    name: 'faqs', label: 'FAQs', labelSingular: 'Question', folder: 'faqs', format: 'md',
    description: 'Questions and answers, grouped under the headings set in Site settings.',
    schema: faqSchema, body: { label: 'Answer', hint: 'A short, plain answer. Lists and links are fine.', components: false },
    titleField: 'question', mediaFolder: '../media/faqs',
  },
  {
    name: 'documents', label: 'Documents', labelSingular: 'Document', folder: 'documents', format: 'mdx',
    description: 'Downloadable documents. Upload the file; its type and size are shown on the site automatically.',
    schema: documentSchema, body: { ...articleBody, label: 'What the document says', hint: 'The text of the document, or a full summary of it, so it can be read without downloading.' },
    titleField: 'title', dateField: 'published', mediaFolder: 'files',
  },
  {
    name: 'events', label: 'Events', labelSingular: 'Event', folder: 'events', format: 'mdx',
    description: 'Events, newest first. The file name starts with the event date.',
    schema: eventSchema, body: { ...articleBody, label: 'About the event' }, titleField: 'title', dateField: 'start', datePrefix: true, mediaFolder: '../media/events',
  },
  {
    name: 'evidence', label: 'Evidence figures', labelSingular: 'Set of figures', folder: 'evidence', format: 'yaml',
    description: 'Figures with their source and date: Middlesbrough\'s results and trials elsewhere.',
    schema: evidenceSchema, titleField: 'title', dateField: 'date', mediaFolder: '../media/evidence',
  },
  {
    name: 'timeline', label: 'Timeline', labelSingular: 'Milestone', folder: 'timeline', format: 'yaml',
    description: 'Dated milestones shown on the timeline page.',
    schema: milestoneSchema, titleField: 'title', dateField: 'date', mediaFolder: '../media/timeline',
  },
];

/** The file name endings of a content type's files. */
export const fileExtensions = (format: StorageFormat): readonly string[] => (format === 'yaml' ? ['yaml', 'yml', 'json'] : ['md', 'mdx']);

/** The glob pattern matching a content type's files inside its folder. */
export const filePattern = (format: StorageFormat): string => `**/*.{${fileExtensions(format).join(',')}}`;
