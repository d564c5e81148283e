import { z } from 'astro/zod';
import type { SchemaContext } from './context';
import { areaField, dateField, draftField, imageField, linksField, reviewAfter, reviewFields, text } from './shared';
import { entryFields } from './known-fields';

/** A news article: content/news/YYYY-MM-DD-slug.mdx. */
export const newsSchema = (ctx: SchemaContext) =>
  entryFields('a news article', {
    /** Headline, shown as the page heading and in lists. */
    title: text('The title', 'Headline', 'A plain statement of the news, about 65 characters at most.', 65),
    /** One or two sentences shown in lists and as the page description for search engines. */
    summary: text('The summary', 'Summary', 'One or two sentences saying what happened. About 160 characters at most.', 160),
    /** The date the article was first published. */
    published: dateField('The published date (published)', 'Published on', 'The date the article first appeared.'),
    /** The date of the last change that matters to readers; leave empty if never changed. */
    updated: dateField('The updated date (updated)', 'Updated on', 'Only if the article was changed after publishing.').optional(),
    /** The local area the article is about, if it is about one. */
    area: areaField(ctx).optional(),
    /** The image at the top of the article, with its alt text and caption. */
    hero: imageField(ctx, 'Main image', 'Shown at the top of the article.'),
    /** Links to read more, shown under the article. */
    related: linksField('Related links', 'Pages or documents to read next.'),
    ...reviewFields,
    draft: draftField,
  }).superRefine((v, c) => {
    reviewAfter(v, c);
    if (v.updated && v.updated < v.published) {
      c.addIssue({ code: 'custom', path: ['updated'], message: 'The updated date is before the published date. Set updated to the published date or later, or remove it.' });
    }
  });

export type NewsData = z.infer<ReturnType<typeof newsSchema>>;
