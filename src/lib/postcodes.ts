import { parse } from 'postcode';

// why: pure helpers shared by the build (settings validation, the table sent to the page) and the
// browser (<site-postcode>), so a postcode is read and placed the same way in both.

/** A UK postcode tidied up: the full postcode, its district (outward code) and its sector. */
export interface ParsedPostcode {
  /** "TS1 2AB" */
  postcode: string;
  /** "TS1": the outward code, which Royal Mail calls the postcode district. */
  district: string;
  /** "TS1 2": the district and the first digit of the inward code. */
  sector: string;
}

/**
 * Reads a UK postcode typed any way a person might (any case, no space, extra spaces); null when
 * it is not a postcode.
 * @example parsePostcode(' ts1  2ab') // { postcode: 'TS1 2AB', district: 'TS1', sector: 'TS1 2' }
 */
export function parsePostcode(input: string): ParsedPostcode | null {
  // why: the package refuses spaces at either end and inside the outward code, which people type
  // and paste all the time; the last three characters are always the inward code, so drop them all.
  const result = parse(input.replace(/\s+/g, ''));
  if (!result.valid) return null;
  // why: the package's own `district` drops a sub-district letter (EC1A -> EC1); areas list the
  // outward code, which is what Royal Mail and the ONS call the postcode district.
  return { postcode: result.postcode, district: result.outcode, sector: result.sector };
}

const DISTRICT = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const SECTOR = /^[A-Z]{1,2}\d[A-Z\d]? \d$/;

/**
 * A postcode district ("TS1") or sector ("TS7 9") as written in the settings, tidied; null when it
 * is neither (a full postcode, a typo, a sector without its space).
 * @example normaliseAreaCode(' ts7  9 ') // 'TS7 9'
 * @example normaliseAreaCode('TS79AB') // null
 */
export function normaliseAreaCode(code: string): string | null {
  const tidy = code.trim().replace(/\s+/g, ' ').toUpperCase();
  return DISTRICT.test(tidy) || SECTOR.test(tidy) ? tidy : null;
}

/** An area as the settings describe it: id, name and the districts and sectors it covers. */
export interface AreaPostcodes {
  id: string;
  name: string;
  postcodes?: string[];
}

/** What the page needs to place a postcode: district or sector -> area id, and area id -> name. */
export interface PostcodeTable {
  codes: Record<string, string>;
  names: Record<string, string>;
}

/**
 * The lookup table for the browser, built from the settings' areas.
 * @example postcodeTable([{ id: 'hartlepool', name: 'Hartlepool', postcodes: ['TS24'] }])
 * // { codes: { TS24: 'hartlepool' }, names: { hartlepool: 'Hartlepool' } }
 */
export function postcodeTable(areas: AreaPostcodes[]): PostcodeTable {
  const table: PostcodeTable = { codes: {}, names: {} };
  for (const area of areas) {
    table.names[area.id] = area.name;
    for (const code of area.postcodes ?? []) {
      const tidy = normaliseAreaCode(code);
      if (tidy) table.codes[tidy] = area.id;
    }
  }
  return table;
}

/**
 * The id of the area a postcode belongs to, or null when it is outside every area. A sector
 * ("TS7 9") wins over its district ("TS7"), so a district shared by two areas can be split.
 * @example findArea(parsePostcode('TS7 9AB')!, { 'TS7': 'middlesbrough', 'TS7 9': 'redcar-and-cleveland' }) // 'redcar-and-cleveland'
 */
export function findArea(postcode: ParsedPostcode, codes: Record<string, string>): string | null {
  return codes[postcode.sector] ?? codes[postcode.district] ?? null;
}

/**
 * Every district or sector listed more than once, with the areas that list it (an area twice
 * when it lists the code twice). Empty when every code has one area.
 * @example postcodeClaims([{ name: 'A', postcodes: ['TS1'] }, { name: 'B', postcodes: ['ts1'] }])
 * // [{ code: 'TS1', areas: ['A', 'B'] }]
 */
export function postcodeClaims(areas: Pick<AreaPostcodes, 'name' | 'postcodes'>[]): { code: string; areas: string[] }[] {
  const claims = new Map<string, string[]>();
  for (const area of areas) {
    for (const code of area.postcodes ?? []) {
      const tidy = normaliseAreaCode(code);
      if (tidy) claims.set(tidy, [...(claims.get(tidy) ?? []), area.name]);
    }
  }
  return [...claims].filter(([, names]) => names.length > 1).map(([code, names]) => ({ code, areas: names }));
}
