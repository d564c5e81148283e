import { z } from 'astro/zod';
import { field } from './editor';
import type { SchemaContext } from './context';
import { sourceField } from './source';
import { dateField, text } from './shared';
import { entryFields, knownFields } from './known-fields';

/** One set of figures at one date (content/evidence/slug.yaml): a Middlesbrough result or an international trial. */
export const evidenceSchema = (_ctx: SchemaContext) =>
  entryFields('a set of figures', {
    /** What this set of figures is, e.g. "Early findings, 11 participants". */
    title: text('The title', 'Title', 'What these figures are, e.g. "Year-one evaluation".', 80),
    /** Middlesbrough's own results, or a trial elsewhere. */
    kind: field(z.enum(['middlesbrough', 'international'], { error: 'The kind must be middlesbrough or international.' }), {
      label: 'Kind',
      hint: 'Middlesbrough results, or a trial elsewhere.',
      widget: 'select',
    }),
    /** The date the figures describe (the 1st of the month when only the month is known). */
    date: dateField('The date (date)', 'Date', 'When the figures were reported.'),
    /** How the date is shown: e.g. "c. August 2020" when the day is not known. */
    dateLabel: field(z.string().trim().optional(), { label: 'Date as shown', hint: 'Optional, e.g. "c. August 2020" when the date is approximate.' }),
    /** Who the figures are about, e.g. "11 participants". */
    cohort: text('The cohort (cohort)', 'Who the figures cover', 'E.g. "11 participants" or "1,015 people in a randomised trial".'),
    /** The figures themselves: a short value and what it means. */
    figures: field(
      z
        .array(
          knownFields('a figure', {
            /** The number as shown, e.g. "99%" or "£3.7m". */
            value: text('The figure value (figures.value)', 'Value', 'The number as it should appear, e.g. "99%".', 12),
            /** What the number means, in one short sentence. */
            label: text('The figure label (figures.label)', 'Meaning', 'What the number means, e.g. "attendance at twice-daily doses".', 120),
            /** Show this figure on the home page as a key figure. */
            key: field(z.boolean().default(false), { label: 'Key figure', hint: 'Tick to show this figure on the home page.' }),
          }),
        )
        .min(1, { error: 'Add at least one figure (figures:) with a value and a label.' }),
      { label: 'Figures', hint: 'Each number with what it means.', widget: 'list' },
    ),
    /** Honest limits of the figures: sample size, no control group, self-report. */
    caveat: field(z.string().trim().optional(), {
      label: 'Caveat',
      hint: 'What the figures cannot show, e.g. "Small group, no comparison group."',
      widget: 'text',
    }),
    /** Where the figures come from. */
    source: sourceField(),
  });

export type EvidenceData = z.infer<ReturnType<typeof evidenceSchema>>;
