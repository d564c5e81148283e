import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { emptyPaths, entryProblems } from '../../admin/entry-checks';
import { settingsChoices } from '../../admin/config/build-cms-config';
import { ALT_TEXT_MISSING, altTextProblem } from '../../admin/widgets/alt-text';
import { bodyProblemMessage } from '../../admin/widgets/checked-markdown';
import { lengthNote } from '../../admin/widgets/character-count';

const choices = settingsChoices(parse(readFileSync(new URL('../../content/settings/site.yaml', import.meta.url), 'utf8')));
const news = {
  title: 'Clinic opens', summary: 'It opened.', published: '2026-11-20', reviewed: '2026-11-20', reviewDue: '2027-11-20',
  hero: { src: '../media/news/a.jpg', alt: 'A door.', decorative: false }, body: 'Text.',
};

describe('alt text in the CMS', () => {
  it('is required next to an image unless the image is marked decorative', () => {
    expect(altTextProblem('', { src: 'a.jpg', decorative: false })).toBe(ALT_TEXT_MISSING);
    expect(altTextProblem('   ', { src: 'a.jpg' })).toBe(ALT_TEXT_MISSING);
    expect(altTextProblem('', { src: 'a.jpg', decorative: true })).toBeUndefined();
    expect(altTextProblem('A door.', { src: 'a.jpg' })).toBeUndefined();
    expect(altTextProblem('', { src: '' }), 'no image chosen: nothing to describe').toBeUndefined();
  });
});

describe('what the CMS leaves behind that is not content', () => {
  it('finds empty strings, nulls and optional images with no file', () => {
    expect(emptyPaths({ title: 'x', updated: '', area: null, hero: { decorative: false }, related: [{ title: 'a', url: '' }] })).toEqual([
      ['updated'], ['area'], ['hero'], ['related', 0, 'url'],
    ]);
    expect(emptyPaths(news)).toEqual([]);
  });
});

describe('the check before every save', () => {
  it('passes an entry the build accepts', () => {
    expect(entryProblems('news', news, choices)).toEqual([]);
  });

  it('names each field the build would refuse, in the schema\'s own words', () => {
    const problems = entryProblems('news', { ...news, title: undefined, area: 'darlington' }, choices);
    expect(problems).toContain("title: The title is missing. Add the title to the file's frontmatter.");
    expect(problems.some((p) => p.startsWith('area: The area "darlington" is not one of the areas in the site settings'))).toBe(true);
    const dates = entryProblems('news', { ...news, reviewDue: '2020-01-01' }, choices);
    expect(dates).toEqual([expect.stringMatching(/^reviewDue: The next review due date \(2020-01-01\) is not after the last reviewed date/)]);
  });

  it('refuses a body with code, giving the line', () => {
    const problems = entryProblems('news', { ...news, body: 'Fine.\n\n{alert(1)}' }, choices);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Body line 3: /);
  });

  it('checks the site settings file too', () => {
    expect(entryProblems('settings', { siteName: '' }, choices).some((p) => p.startsWith('siteName: '))).toBe(true);
  });

  it('writes the body problems as one message with line numbers', () => {
    expect(bodyProblemMessage([{ line: 3, column: 1, reason: '<script> is not allowed.', fix: 'Delete it.' }])).toBe(
      'This text cannot be saved yet. Line 3: <script> is not allowed. Delete it.',
    );
  });
});

describe('the live character count under titles and summaries', () => {
  it('counts what people see (an emoji is one character) against the suggested length', () => {
    expect(lengthNote('', 65)).toEqual({ text: '0 characters (aim for 65 or fewer)', over: false });
    expect(lengthNote('😀', 65).text).toBe('1 character (aim for 65 or fewer)');
    expect(lengthNote('x'.repeat(65), 65).over).toBe(false);
  });

  it('says by how much a text is too long, without blocking the save', () => {
    expect(lengthNote('x'.repeat(70), 65)).toEqual({
      text: '70 characters: 5 more than the 65 suggested. Shorter is easier to read in lists and search results.',
      over: true,
    });
  });
});
