import { z } from 'astro/zod';
import { field } from './editor';
import type { SchemaContext } from './context';
import { sourceField } from './source';
import { dateField, text } from './shared';
import { entryFields } from './known-fields';

/** One dated milestone on the timeline: content/timeline/slug.yaml. */
export const milestoneSchema = (_ctx: SchemaContext) =>
  entryFields('a timeline milestone', {
    /** What happened, in a few words. */
    title: text('The title', 'What happened', 'A few words, e.g. "Scheme launches".', 70),
    /** When it happened (the 1st of the month when only the month is known). */
    date: dateField('The date (date)', 'Date', 'When it happened.'),
    /** How precisely the date is known. */
    datePrecision: field(z.enum(['day', 'month', 'season']).default('day'), {
      label: 'Date shown as',
      hint: 'Choose "month" when the exact day is not known, "season" for e.g. "Autumn 2020".',
      widget: 'select',
    }),
    /** One or two sentences of detail. */
    description: text('The description', 'Details', 'One or two sentences of detail.', 240),
    /** Where this is recorded. */
    source: sourceField(),
  });

export type MilestoneData = z.infer<ReturnType<typeof milestoneSchema>>;
