/** Every content type's schema: the single source of truth for Astro's collections and the CMS config. */
export { newsSchema } from './news';
export { storySchema } from './story';
export { faqSchema } from './faq';
export { pageSchema } from './page';
export { documentSchema } from './document';
export { evidenceSchema } from './evidence';
export { milestoneSchema } from './milestone';
export { eventSchema } from './event';
export { settingsSchema } from './settings';
export { editorMeta, field, type EditorMeta } from './editor';
export { editorComponents, editorComponentNames, type EditorComponentSpec } from './components';
export type { SchemaContext } from './context';
