import { z } from 'astro/zod';
import { normaliseAreaCode, postcodeClaims } from '../lib/postcodes';
import { field } from './editor';

// why: "Set your postcode" places a postcode in an area from these lists (issue 4), so another
// area reuses the feature by editing its settings, not code.

const FORMAT_HELP = 'Write a postcode district such as TS1, or a sector such as TS7 9 (the district, a space and one digit).';

/** Postcode districts ("TS1") and sectors ("TS7 9") that belong to one area. */
export const areaPostcodesField = field(z.array(z.string({ error: () => `A postcode entry must be text. ${FORMAT_HELP}` })).default([]), {
  label: 'Postcode districts and sectors',
  hint: 'One per line: a district such as TS1, or a sector such as TS7 9 when a district is shared with another area (a sector wins over its district).',
  widget: 'list',
});

/** Refinement for one area: every entry is a district or a sector, and the message names the area. */
export function checkAreaPostcodes(area: { name: string; postcodes: string[] }, ctx: z.RefinementCtx) {
  area.postcodes.forEach((code, index) => {
    if (normaliseAreaCode(code)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['postcodes', index],
      message: `"${code}" in the postcodes of ${area.name} is not a postcode district or sector. ${FORMAT_HELP} A full postcode such as TS1 2AB is too precise.`,
    });
  });
}

/** Refinement for the areas list: no district or sector may belong to two areas (or twice to one). */
export function checkPostcodeClaims(areas: { name: string; postcodes: string[] }[], ctx: z.RefinementCtx) {
  for (const { code, areas: names } of postcodeClaims(areas)) {
    const last = areas.findLastIndex((area) => area.postcodes.some((c) => normaliseAreaCode(c) === code));
    const where = new Set(names).size === 1 ? `twice in ${names[0]}` : `for more than one area (${names.join(' and ')})`;
    ctx.addIssue({
      code: 'custom',
      path: [last, 'postcodes'],
      message: `The postcode ${code} is listed ${where}. A district or sector belongs to one area only: remove it from all but one. To split a district between areas, list its sectors instead (e.g. TS7 9).`,
    });
  }
}
