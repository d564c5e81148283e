import { z } from 'astro/zod';
import { field } from './editor';
import { dateField, text } from './shared';
import { isHttpsAddress } from '../lib/link-rules';
import { knownFields } from './known-fields';

/** Where a figure or milestone comes from: every figure on the site shows its source and date. */
export const sourceField = () =>
  field(
    knownFields('a source', {
      /** The publisher and title, e.g. "Teesside University, year-one evaluation". */
      name: text('The source name (source.name)', 'Source', 'Who published it and what it is called.'),
      /** The date the source was published. */
      date: dateField('The source date (source.date)', 'Source date', 'When the source was published (use the 1st if only the month is known).'),
      /** How precisely the date is known: shown as a full date, a month, or a year. */
      datePrecision: field(z.enum(['day', 'month', 'year']).default('day'), {
        label: 'Date shown as',
        hint: 'Choose "month" or "year" when the exact day is not known.',
        widget: 'select',
      }),
      /** A link to the source, when it is public. */
      url: field(
        z
          .string()
          .refine(isHttpsAddress, { error: 'The source link (source.url) must be a full https:// address, with no spaces or backslashes.' })
          .optional(),
        { label: 'Source link', hint: 'A full https:// address. Optional.' },
      ),
    }),
    { label: 'Source', hint: 'Where the figures come from.', widget: 'object' },
  );
