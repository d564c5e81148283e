import { z } from 'astro/zod';
import { field } from './editor';
import type { SchemaContext } from './context';
import { areaField, dateField, draftField, imageField, reviewAfter, reviewFields, text } from './shared';
import { entryFields } from './known-fields';

/** A participant story: content/stories/slug.mdx, told in reported speech. */
export const storySchema = (ctx: SchemaContext) =>
  entryFields('a story', {
    /** The story's heading. */
    title: text('The title', 'Title', 'A short heading for the story, about 65 characters at most.', 65),
    /** One or two sentences shown in lists and to search engines. */
    summary: text('The summary', 'Summary', 'One or two sentences about the person and what changed. About 160 characters.', 160),
    /** The name the person is called by in the story. */
    name: text('The name (name)', 'Name used in the story', 'Usually a made-up first name to protect the person.'),
    /** True when the name is not the person's real name: the site then marks it "not their real name". */
    pseudonym: field(z.boolean().default(true), {
      label: 'Name has been changed',
      hint: 'Leave ticked unless the person has agreed in writing to use their real name.',
    }),
    /** The person's age when the story was told, if they are happy to share it. */
    age: field(z.number().int().min(18).max(100).optional(), { label: 'Age', hint: 'Optional.' }),
    /** The date the story was published. */
    published: dateField('The published date (published)', 'Published on', 'The date the story first appeared.'),
    /** The local area the person lives in, if relevant. */
    area: areaField(ctx).optional(),
    /** Show this story on the home page (the newest featured story is used). */
    featured: field(z.boolean().default(false), { label: 'Feature on the home page', hint: 'Tick to show this story on the home page.' }),
    /** An optional image; never a photo that could identify the person. */
    hero: imageField(ctx, 'Image', 'Optional. Never use a photo that could identify the person.').optional(),
    ...reviewFields,
    draft: draftField,
  }).superRefine(reviewAfter);

export type StoryData = z.infer<ReturnType<typeof storySchema>>;
