import { z } from 'astro/zod';
import { field } from './editor';
import type { SchemaContext } from './context';
import { draftField, text } from './shared';
import { entryFields } from './known-fields';

/** One question and answer: content/faqs/slug.md (the body is the answer). */
export const faqSchema = (ctx: SchemaContext) =>
  entryFields('an FAQ', {
    /** The question, worded the way people ask it. */
    question: text('The question', 'Question', 'Write it the way a member of the public would ask it.', 90),
    /** Which group the question sits in on the FAQs page. */
    group: field(
      z
        .string({ error: () => `The group is missing. Use one of: ${ctx.faqGroups.join(', ')}.` })
        .refine((g) => ctx.faqGroups.includes(g), {
          error: (issue) =>
            `The group ${JSON.stringify(issue.input)} is not one of the FAQ groups in the site settings (${ctx.faqGroups.join(', ')}). Use one of those, or add it to content/settings/site.yaml first.`,
        }),
      { label: 'Group', hint: 'The heading this question appears under.', widget: 'select', optionsFrom: 'faqGroups' },
    ),
    /** Position within its group: lower numbers come first. */
    order: field(z.number().int().default(100), { label: 'Order', hint: 'Lower numbers appear first within the group.' }),
    draft: draftField,
  });

export type FaqData = z.infer<ReturnType<typeof faqSchema>>;
