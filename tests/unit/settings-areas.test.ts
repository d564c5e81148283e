/**
 * The areas in the site settings: each postcode entry must be a district or sector, and no
 * district or sector may belong to two areas. A wrong entry gets a message naming the area, the
 * entry and the fix; the shipped settings are valid and keep their postcodes.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSettingsLists } from '../../src/lib/settings-lists';
import { settingsSchema } from '../../src/schema';

const file = new URL('../../content/settings/site.yaml', import.meta.url);
const shipped = parse(readFileSync(file, 'utf8'));

/** The settings with the areas replaced, as "field: message" lines (empty when valid). */
function problems(areas: unknown): string[] {
  const result = settingsSchema().safeParse({ ...shipped, areas });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const area = (id: string, name: string, postcodes?: unknown) => ({ id, name, ...(postcodes === undefined ? {} : { postcodes }) });

describe('areas in the site settings', () => {
  it('accepts the shipped settings and keeps every area with its postcodes', () => {
    const result = settingsSchema().safeParse(shipped);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(result.data?.areas.map((a) => [a.id, a.postcodes.length])).toEqual([
      ['middlesbrough', 7],
      ['redcar-and-cleveland', 7],
      ['stockton-on-tees', 9],
      ['hartlepool', 4],
    ]);
  });

  it('names the area, the entry and both right formats when an entry is not a district or sector', () => {
    expect(problems([area('middlesbrough', 'Middlesbrough', ['TS1', 'TS1 2AB', 'Linthorpe'])])).toEqual([
      'areas.0.postcodes.1: "TS1 2AB" in the postcodes of Middlesbrough is not a postcode district or sector. Write a postcode district such as TS1, or a sector such as TS7 9 (the district, a space and one digit). A full postcode such as TS1 2AB is too precise.',
      'areas.0.postcodes.2: "Linthorpe" in the postcodes of Middlesbrough is not a postcode district or sector. Write a postcode district such as TS1, or a sector such as TS7 9 (the district, a space and one digit). A full postcode such as TS1 2AB is too precise.',
    ]);
  });

  it('fails when two areas claim the same district, naming both areas and how to split it', () => {
    expect(problems([area('middlesbrough', 'Middlesbrough', ['TS7']), area('redcar-and-cleveland', 'Redcar and Cleveland', ['ts7 '])])).toEqual([
      'areas.1.postcodes: The postcode TS7 is listed for more than one area (Middlesbrough and Redcar and Cleveland). A district or sector belongs to one area only: remove it from all but one. To split a district between areas, list its sectors instead (e.g. TS7 9).',
    ]);
  });

  it('fails when two areas claim the same sector', () => {
    const [message] = problems([area('a', 'Stockton-on-Tees', ['TS21 1']), area('b', 'Hartlepool', ['TS21 1'])]);
    expect(message).toContain('The postcode TS21 1 is listed for more than one area (Stockton-on-Tees and Hartlepool)');
  });

  it('reports an entry listed twice in one area', () => {
    const [message] = problems([area('hartlepool', 'Hartlepool', ['TS24', 'TS24'])]);
    expect(message).toContain('The postcode TS24 is listed twice in Hartlepool.');
  });

  it('allows a district in one area and one of its sectors in another', () => {
    expect(problems([area('middlesbrough', 'Middlesbrough', ['TS7']), area('redcar-and-cleveland', 'Redcar and Cleveland', ['TS7 9'])])).toEqual([]);
  });

  it('allows an area without postcodes (another site may not use the feature)', () => {
    const result = settingsSchema().safeParse({ ...shipped, areas: [area('somewhere', 'Somewhere')] });
    expect(result.data?.areas[0].postcodes).toEqual([]);
  });

  it('refuses an empty list of areas with a plain message', () => {
    expect(problems([])).toEqual(['areas: The site needs at least one area. Add one under "Areas" in the site settings.']);
  });

  it('still gives readSettingsLists the area ids', () => {
    expect(readSettingsLists(new URL(file).pathname).areas).toEqual(['middlesbrough', 'redcar-and-cleveland', 'stockton-on-tees', 'hartlepool']);
  });
});
