/**
 * Real calendar dates only: 2020-02-30 is refused, naming the file, the field and the date, where
 * before it became 1 March without a word. The schema refuses it when written as text (as the CMS
 * writes dates); the build's check refuses it unquoted in YAML, which Astro would read as 1 March.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { evidenceSchema, newsSchema } from '../../src/schema';
import { impossibleDateReason } from '../../src/lib/real-dates';
import { describeImpossibleDates, findImpossibleDates } from '../../src/lib/impossible-dates';
import { entryProblems } from '../../admin/entry-checks';
import { settingsChoices } from '../../admin/config/build-cms-config';
import { testContext } from './schema-context';
import { readFrontmatter } from './frontmatter';

const file = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const article = readFrontmatter(file('content/news/2022-12-06-clinic-closes-after-three-years.mdx'));
const problems = (data: unknown) => newsSchema(testContext).safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('a date that is not on the calendar', () => {
  it.each([
    ['2020-02-30', 'February 2020 has 29 days'],
    ['2021-02-29', 'February 2021 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2020-04-31', 'April 2020 has 30 days'],
    ['2020-01-00', 'January 2020 has 31 days'],
    ['2021-13-01', 'there is no month 13 (months run from 01 to 12)'],
    ['2021-00-10', 'there is no month 00 (months run from 01 to 12)'],
    ['2027-03-28T24:00', '24:00 is not a time of day (the clock runs from 00:00 to 23:59)'],
    ['2027-03-28T18:60', '18:60 is not a time of day (the clock runs from 00:00 to 23:59)'],
  ])('%s: %s', (text, reason) => {
    expect(impossibleDateReason(text)).toBe(reason);
  });

  it.each(['2020-02-29', '2000-02-29', '2021-12-31', '2027-03-28T23:59', '2027-03-28T18:00:00Z', 'not a date', '24/02/2020'])('%s is not called impossible', (text) => {
    expect(impossibleDateReason(text)).toBeUndefined();
  });

  it('is refused by the schema in plain words, naming the field and the date', () => {
    expect(problems({ ...article, published: '2020-02-30', reviewed: '2026-11-01' })).toEqual([
      'published: published is 2020-02-30, which is not a real date: February 2020 has 29 days. Correct the date.',
    ]);
  });

  it('is refused inside a source too', () => {
    const figures = parse(readFileSync(file('content/evidence/middlesbrough-2020-02-early-findings.yaml'), 'utf8'));
    const result = evidenceSchema(testContext).safeParse({ ...figures, source: { ...figures.source, date: '2021-02-29' } });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['source.date is 2021-02-29, which is not a real date: February 2021 has 28 days. Correct the date.']);
  });

  it('is refused by the CMS before saving', () => {
    const choices = settingsChoices(parse(readFileSync(file('content/settings/site.yaml'), 'utf8')));
    expect(entryProblems('news', { ...article, published: '2020-02-30', body: 'Text.' }, choices)).toContain(
      'published: published is 2020-02-30, which is not a real date: February 2020 has 29 days. Correct the date.',
    );
  });
});

describe('the build\'s check of the files as written', () => {
  it('finds impossible dates that YAML would quietly move, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hat-dates-'));
    try {
      mkdirSync(join(dir, 'news'));
      mkdirSync(join(dir, 'evidence'));
      mkdirSync(join(dir, 'events'));
      writeFileSync(join(dir, 'news/a.mdx'), '---\ntitle: A\npublished: 2020-02-30\nreviewed: 2020-03-01\n---\nBody');
      writeFileSync(join(dir, 'news/b.mdx'), '---\ntitle: B\npublished: 2020-02-29\n---\nBody');
      writeFileSync(join(dir, 'evidence/c.yaml'), 'title: C\ndate: 2021-01-01\nsource:\n  name: X\n  date: 2021-02-29\n');
      writeFileSync(join(dir, 'events/d.mdx'), '---\ntitle: D\nstart: 2027-02-10T18:00\nend: "2027-02-31T19:30"\n---\n');
      expect(describeImpossibleDates(findImpossibleDates(dir)).split('\n')).toEqual([
        'content/news/a.mdx: published: published is 2020-02-30, which is not a real date: February 2020 has 29 days. Correct the date.',
        'content/events/d.mdx: end: end is 2027-02-31T19:30, which is not a real date: February 2027 has 28 days. Correct the date.',
        'content/evidence/c.yaml: source.date: source.date is 2021-02-29, which is not a real date: February 2021 has 28 days. Correct the date.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds none in the real content', () => {
    expect(findImpossibleDates(file('content'))).toEqual([]);
  });
});
