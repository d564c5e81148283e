/**
 * A field a content type does not have is refused, naming the field most likely meant, instead of
 * being dropped without a word; and nothing the CMS writes is a field the schema lacks.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { CmsField } from 'decap-cms-core';
import { evidenceSchema, newsSchema, settingsSchema } from '../../src/schema';
import { listFields } from '../../src/schema/fields';
import { contentTypes } from '../../src/schema/content-types';
import { editDistance, nearestName } from '../../src/lib/nearest-name';
import { buildCmsConfig } from '../../admin/config/build-cms-config';
import { testContext } from './schema-context';
import { readFrontmatter } from './frontmatter';

const file = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const article = readFrontmatter(file('content/news/2022-12-06-clinic-closes-after-three-years.mdx'));
const figures = parse(readFileSync(file('content/evidence/middlesbrough-2020-02-early-findings.yaml'), 'utf8'));

/** The build's messages for an entry, as "field: message" lines. */
function problems(schema: { safeParse(data: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown): string[] {
  return schema.safeParse(data).error?.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`) ?? [];
}

/** The entry with one field renamed, keeping its value. */
function renamed(data: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  const { [from]: value, ...rest } = data;
  return { ...rest, [to]: value };
}

describe('a field the content type does not have', () => {
  it('is refused with the field meant, and the real field is reported missing', () => {
    expect(problems(newsSchema(testContext), renamed(article, 'published', 'date'))).toEqual([
      'published: The published date (published) is missing. Add it as YYYY-MM-DD, for example 2020-02-24.',
      'date: `date` is not a field of a news article; did you mean `published`? Rename it to published, or remove it.',
    ]);
  });

  it('catches slips of the keyboard, other spellings and other sites\' names', () => {
    const news = newsSchema(testContext);
    expect(problems(news, renamed(article, 'summary', 'sumary'))).toContain('sumary: `sumary` is not a field of a news article; did you mean `summary`? Rename it to summary, or remove it.');
    expect(problems(news, renamed(article, 'reviewDue', 'review_due'))).toContain('review_due: `review_due` is not a field of a news article; did you mean `reviewDue`? Rename it to reviewDue, or remove it.');
    expect(problems(news, renamed(article, 'hero', 'image'))).toContain('image: `image` is not a field of a news article; did you mean `hero`? Rename it to hero, or remove it.');
  });

  it('is refused inside an image, a list item and a source too', () => {
    const hero = article.hero as Record<string, unknown>;
    expect(problems(newsSchema(testContext), { ...article, hero: renamed(hero, 'alt', 'atl') })).toContain(
      'hero.atl: `atl` is not a field of an image; did you mean `alt`? Rename it to alt, or remove it.',
    );
    const links = article.related as Record<string, unknown>[];
    expect(problems(newsSchema(testContext), { ...article, related: [renamed(links[0]!, 'url', 'link')] })).toContain(
      'related.0.link: `link` is not a field of a related link; did you mean `url`? Rename it to url, or remove it.',
    );
    expect(problems(evidenceSchema(testContext), { ...figures, source: { ...figures.source, publisher: 'x' } })).toContain(
      'source.publisher: `publisher` is not a field of a source. Remove it, or use one of the fields a source has: name, date, datePrecision, url.',
    );
  });

  it('with nothing close, lists the fields there are', () => {
    expect(problems(newsSchema(testContext), { ...article, colour: 'blue' })).toEqual([
      'colour: `colour` is not a field of a news article. Remove it, or use one of the fields a news article has: title, summary, published, updated, area, hero, related, reviewed, reviewDue, draft.',
    ]);
  });

  it('is refused in the site settings', () => {
    const settings = parse(readFileSync(file('content/settings/site.yaml'), 'utf8'));
    expect(problems(settingsSchema(), { ...settings, sitename: 'x' })).toContain('sitename: `sitename` is not a field of the site settings; did you mean `siteName`? Rename it to siteName, or remove it.');
  });
});

describe('the nearest field', () => {
  it('counts a swap of two letters as one slip', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('published', 'publised')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('is not guessed when nothing is close', () => {
    expect(nearestName('colour', ['title', 'summary'], {})).toBeUndefined();
    expect(nearestName('date', ['title', 'updated'], { date: ['published'] }), 'a synonym the type lacks is not offered').toBeUndefined();
  });
});

/** Every field path the CMS can write for a collection: 'hero.src', 'related[].url'; the body is not a field. */
function cmsPaths(fields: CmsField[] | undefined, prefix = ''): string[] {
  return (fields ?? [])
    .filter((f) => !(prefix === '' && f.name === 'body'))
    .flatMap((f) => {
      const path = prefix ? `${prefix}.${f.name}` : f.name;
      const nested = f as CmsField & { fields?: CmsField[] };
      if (f.widget === 'list' && nested.fields) return [path, ...cmsPaths(nested.fields, `${path}[]`)];
      if (f.widget === 'object') return [path, ...cmsPaths(nested.fields, path)];
      return [path];
    });
}

describe('what the CMS writes', () => {
  const settings = parse(readFileSync(file('content/settings/site.yaml'), 'utf8'));
  const { config } = buildCmsConfig({ settings, env: { CMS_REPO: 'example-council/hat-site' } });

  it('has exactly the schema\'s fields, for every collection and the settings file', () => {
    for (const type of contentTypes) {
      const collection = config.collections.find((c) => c.name === type.name)!;
      expect(cmsPaths(collection.fields).sort(), type.name).toEqual(listFields(type.schema(testContext)).map((f) => f.path).sort());
    }
    const site = config.collections.find((c) => c.name === 'settings')!.files![0]!;
    expect(cmsPaths(site.fields).sort()).toEqual(listFields(settingsSchema()).map((f) => f.path).sort());
  });
});
