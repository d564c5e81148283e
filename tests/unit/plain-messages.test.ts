/**
 * Every way a content file can be broken gets a message in plain words: each field of each content
 * type (nested fields and list items included) is removed, or given a value of every other kind, and
 * parsed the way Astro parses it, with Astro's own developer-worded error map underneath.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import { contentTypes } from '../../src/schema/content-types';
import { settingsSchema } from '../../src/schema/settings';
import { listFields } from '../../src/schema/fields';
import type { SchemaContext } from '../../src/schema/context';
import { readSettingsLists } from '../../src/lib/settings-lists';
import { readFrontmatter } from './frontmatter';

const content = fileURLToPath(new URL('../../content', import.meta.url));
// why: Astro's image() for content collections is a string piped into a transform; a stand-in of
// the same shape has the same places where a problem can arise.
const context: SchemaContext = {
  ...readSettingsLists(join(content, 'settings/site.yaml')),
  image: () => z.string().transform((path) => path) as unknown as z.ZodType<ImageMetadata>,
};

/** What Astro's error map writes, for any issue a schema leaves unworded. */
const ASTRO_WORDING = 'FROM-ASTRO **field**: Required';
/** Words and marks of zod and Astro that mean nothing to a comms officer. */
const JARGON = /Required|Expected|expected|invalid_type|\*\*|received|Invalid input|ZodError|undefined|NaN|\[object Object\]/;

/** Every entry of a content type as written, read the way the CMS and tests read it. */
function entriesOf(folder: string): Record<string, unknown>[] {
  return readdirSync(join(content, folder))
    .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
    .map((file) => (/\.ya?ml$/.test(file) ? parse(readFileSync(join(content, folder, file), 'utf8')) : readFrontmatter(join(content, folder, file))));
}

/** Each value found at a field path ('hero.src', 'related[].url'), as concrete paths into the entry. */
function concretePaths(data: unknown, path: string): (string | number)[][] {
  let found: { at: (string | number)[]; value: unknown }[] = [{ at: [], value: data }];
  for (const part of path.split('.')) {
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    found = found.flatMap(({ at, value }) => {
      const child = (value as Record<string, unknown> | undefined)?.[key];
      if (!list) return value && typeof value === 'object' ? [{ at: [...at, key], value: child }] : [];
      return Array.isArray(child) ? child.map((item, i) => ({ at: [...at, key, i], value: item })) : [];
    });
  }
  return found.map((f) => f.at);
}

/** A copy of the entry with the value at `at` replaced (or removed when `value` is the REMOVE mark). */
const REMOVE = Symbol('remove');
function withValue(data: unknown, at: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  const parent = at.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
  if (value === REMOVE) delete parent[at.at(-1)!];
  else parent[at.at(-1)!] = value;
  return copy;
}

const WRONG_VALUES: unknown[] = [REMOVE, 12345, true, ['a list item'], { nested: 'value' }, 'some text', null, ''];

const types = [
  ...contentTypes.map((type) => ({ name: type.name, schema: type.schema(context), entries: entriesOf(type.folder) })),
  { name: 'settings', schema: settingsSchema() as z.ZodType, entries: [parse(readFileSync(join(content, 'settings/site.yaml'), 'utf8'))] },
];

describe('every broken field gets a plain message naming the field', () => {
  for (const { name, schema, entries } of types) {
    it(`${name}: every field, removed or of the wrong kind`, () => {
      const fields = listFields(schema);
      let tried = 0;
      const bad: string[] = [];
      for (const field of fields) {
        // why: the entry that has the field (and list items to break) is the one to break it in.
        const entry = entries.find((e) => concretePaths(e, field.path).length > 0 && concretePaths(e, field.path).some((at) => at.length > 0));
        if (!entry) continue;
        const at = concretePaths(entry, field.path)[0]!;
        const key = String([...at].reverse().find((p) => typeof p === 'string'));
        for (const value of WRONG_VALUES) {
          const result = schema.safeParse(withValue(entry, at, value), { error: () => ASTRO_WORDING });
          tried++;
          for (const issue of result.error?.issues ?? []) {
            const line = `${field.path} = ${String(typeof value === 'symbol' ? '(removed)' : JSON.stringify(value))} → ${issue.path.join('.')}: ${issue.message}`;
            if (JARGON.test(issue.message) || issue.message.includes('FROM-ASTRO')) bad.push(line);
            // why: the message must say which field it is about, by its label or its name in the file.
            const namesField = [key, field.meta?.label ?? key, ...issue.path.map(String)].some((word) => issue.message.toLowerCase().includes(word.toLowerCase()));
            if (!namesField) bad.push(`${line} (does not name the field)`);
          }
        }
      }
      expect(tried, 'fields broken').toBeGreaterThan(fields.length);
      expect(bad).toEqual([]);
    });
  }
});

describe('the cases people hit first', () => {
  const news = types.find((t) => t.name === 'news')!;
  const article = news.entries.find((e) => (e as { hero?: unknown }).hero)!;
  const messages = (data: unknown) => news.schema.safeParse(data, { error: () => ASTRO_WORDING }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('a missing image names it by its label', () => {
    expect(messages(withValue(article, ['hero'], REMOVE))).toEqual(['hero: Main image (hero) is missing. Fill it in in the CMS, or add hero: to the file.']);
  });

  it('an image written as text says what it should be', () => {
    expect(messages(withValue(article, ['hero'], 'photo.jpg'))).toEqual([
      'hero: Main image (hero) must be a group of fields, each on its own line below it and indented, but it is the text "photo.jpg". Check the spelling and the indentation of this field.',
    ]);
  });

  it('an image with no file names the file field', () => {
    expect(messages(withValue(article, ['hero', 'src'], REMOVE))).toEqual(['hero.src: Image file (src) is missing. Fill it in in the CMS, or add src: to the file.']);
  });

  it('a list item of the wrong kind says which item', () => {
    expect(messages(withValue(article, ['related'], ['/evidence/']))).toEqual([
      'related.0: Item 1 of Related links (related) must be a group of fields, each on its own line below it and indented, but it is the text "/evidence/". Check the spelling and the indentation of this field.',
    ]);
  });

  it('a choice that is not one of the choices lists them', () => {
    const timeline = types.find((t) => t.name === 'timeline')!;
    const result = timeline.schema.safeParse({ ...timeline.entries[0]!, datePrecision: 'week' }, { error: () => ASTRO_WORDING });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Date shown as (datePrecision) cannot be the text "week". Choose one of: day, month, season.']);
  });
});
