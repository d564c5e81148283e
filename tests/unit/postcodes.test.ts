/**
 * Reading a postcode as people type it, and placing it in an area with the real settings
 * (content/settings/site.yaml), including a district shared by two areas and decided by sector.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findArea, normaliseAreaCode, parsePostcode, postcodeClaims, postcodeTable } from '../../src/lib/postcodes';

const settings = parse(readFileSync(new URL('../../content/settings/site.yaml', import.meta.url), 'utf8'));
const table = postcodeTable(settings.areas);

/** The area id a typed postcode lands in with the real settings; 'invalid' when it is not a postcode. */
const areaOf = (typed: string) => {
  const parsed = parsePostcode(typed);
  return parsed ? findArea(parsed, table.codes) : 'invalid';
};

describe('parsePostcode', () => {
  it.each([
    ['TS1 2AB', 'TS1 2AB'],
    ['ts12ab', 'TS1 2AB'],
    [' ts1  2ab ', 'TS1 2AB'],
    ['TS12AB', 'TS1 2AB'],
    ['Ts 1 2 a b', 'TS1 2AB'],
    ['\tTS24\u00a09AH\n', 'TS24 9AH'],
  ])('reads %j as %s', (typed, postcode) => {
    expect(parsePostcode(typed)?.postcode).toBe(postcode);
  });

  it('works out the district (outward code) and the sector', () => {
    expect(parsePostcode('ts79ab')).toEqual({ postcode: 'TS7 9AB', district: 'TS7', sector: 'TS7 9' });
    // why: the district is the whole outward code; the package's own "district" would say EC1.
    expect(parsePostcode('ec1a 1bb')).toEqual({ postcode: 'EC1A 1BB', district: 'EC1A', sector: 'EC1A 1' });
  });

  it.each(['', '   ', 'TS1', 'TS1 2A', '12345', 'not a postcode', 'TS1 2AB extra', 'TSS1 2AB'])('refuses %j', (typed) => {
    expect(parsePostcode(typed)).toBeNull();
  });
});

describe('findArea with the real settings', () => {
  it.each([
    ['TS1 2AB', 'middlesbrough'],
    ['ts5 6aa', 'middlesbrough'],
    ['TS10 1LZ', 'redcar-and-cleveland'],
    ['ts14 6aa', 'redcar-and-cleveland'],
    ['TS18 1AA', 'stockton-on-tees'],
    ['ts176aa', 'stockton-on-tees'],
    ['TS24 9AH', 'hartlepool'],
    ['  ts26   8aa ', 'hartlepool'],
  ])('%s is in %s', (typed, area) => {
    expect(areaOf(typed)).toBe(area);
  });

  it('decides a district shared by two areas by its sector (TS7: Marton is Middlesbrough, Ormesby Redcar and Cleveland)', () => {
    expect(areaOf('TS7 8AB')).toBe('middlesbrough');
    expect(areaOf('ts79ab')).toBe('redcar-and-cleveland');
  });

  it('places only the listed sector of a district partly outside the four areas', () => {
    expect(areaOf('TS27 3AA')).toBe('hartlepool');
    expect(areaOf('TS27 4HA')).toBeNull();
    expect(areaOf('TS15 9AA')).toBe('stockton-on-tees');
    expect(areaOf('TS15 0AA')).toBeNull();
  });

  it.each(['TS9 6AB', 'TS28 5BJ', 'TS29 6AA', 'SW1A 2AA', 'DL1 1AA'])('%s is a real postcode outside every area', (typed) => {
    expect(areaOf(typed)).toBeNull();
  });

  it.each(['', 'hello', 'TS1'])('%j is not a postcode at all', (typed) => {
    expect(areaOf(typed)).toBe('invalid');
  });

  it('names every area of the settings, in order, for the "outside" message', () => {
    expect(Object.values(table.names)).toEqual(['Middlesbrough', 'Redcar and Cleveland', 'Stockton-on-Tees', 'Hartlepool']);
  });

  it('has no district or sector claimed twice in the shipped settings', () => {
    expect(postcodeClaims(settings.areas)).toEqual([]);
  });
});

describe('normaliseAreaCode', () => {
  it.each([
    ['TS1', 'TS1'],
    [' ts7  9 ', 'TS7 9'],
    ['ec1a', 'EC1A'],
  ])('tidies %j to %s', (code, tidy) => {
    expect(normaliseAreaCode(code)).toBe(tidy);
  });

  it.each(['TS1 2AB', 'TS7 99', 'T', '1TS', 'TS 1', ''])('refuses %j', (code) => {
    expect(normaliseAreaCode(code)).toBeNull();
  });
});

describe('postcodeClaims', () => {
  it('names the areas that both list a district, however it is written', () => {
    const areas = [
      { id: 'a', name: 'Middlesbrough', postcodes: ['TS1', 'TS7'] },
      { id: 'b', name: 'Redcar and Cleveland', postcodes: ['ts7', 'TS7 9'] },
    ];
    expect(postcodeClaims(areas)).toEqual([{ code: 'TS7', areas: ['Middlesbrough', 'Redcar and Cleveland'] }]);
  });

  it('allows a sector in one area and its district in another (the sector wins)', () => {
    expect(postcodeClaims([{ name: 'A', postcodes: ['TS7'] }, { name: 'B', postcodes: ['TS7 9'] }])).toEqual([]);
  });
});
