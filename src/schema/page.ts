import { z } from 'astro/zod';
import { field } from './editor';
import type { SchemaContext } from './context';
import { draftField, imageField, reviewAfter, reviewFields, text } from './shared';
import { entryFields } from './known-fields';

/** A page of prose: content/pages/slug.mdx. Section pages (news, FAQs...) take their introduction from here. */
export const pageSchema = (ctx: SchemaContext) =>
  entryFields('a page', {
    /** The page heading and the start of the browser tab title. */
    title: text('The title', 'Title', 'The page heading, about 65 characters at most.', 65),
    /** One or two sentences shown to search engines and when the page is shared. */
    description: text('The description', 'Description', 'One or two sentences saying what the page covers. About 160 characters.', 160),
    /** The shorter title used in breadcrumbs and menus, when the title is long. */
    shortTitle: field(z.string().trim().optional(), { label: 'Short title', hint: 'Used in breadcrumbs and menus. Optional.' }),
    /** An optional image at the top of the page. */
    hero: imageField(ctx, 'Image', 'Optional image at the top of the page.').optional(),
    ...reviewFields,
    draft: draftField,
  }).superRefine(reviewAfter);

export type PageData = z.infer<ReturnType<typeof pageSchema>>;
