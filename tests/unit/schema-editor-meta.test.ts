import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import * as schemas from '../../src/schema';
import { listFields } from '../../src/schema/fields';
import { testContext } from './schema-context';

const all = {
  pages: schemas.pageSchema(testContext),
  news: schemas.newsSchema(testContext),
  stories: schemas.storySchema(testContext),
  faqs: schemas.faqSchema(testContext),
  documents: schemas.documentSchema(testContext),
  events: schemas.eventSchema(testContext),
  evidence: schemas.evidenceSchema(testContext),
  timeline: schemas.milestoneSchema(testContext),
  settings: schemas.settingsSchema(),
};

describe('every schema field carries editor metadata', () => {
  for (const [name, schema] of Object.entries(all)) {
    it(`${name}: each field has a label and a hint`, () => {
      const fields = listFields(schema);
      expect(fields.length).toBeGreaterThan(2);
      const missing = fields.filter((f) => !f.meta?.label?.trim() || !f.meta?.hint?.trim()).map((f) => f.path);
      expect(missing, `fields without a label or hint in ${name}`).toEqual([]);
    });
  }

  it('finds nested fields, list items and required flags', () => {
    const fields = listFields(all.news);
    const paths = fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'hero', 'hero.alt', 'hero.decorative', 'related', 'related[].url']));
    expect(fields.find((f) => f.path === 'title')?.required).toBe(true);
    expect(fields.find((f) => f.path === 'updated')?.required).toBe(false);
  });

  it('reports a field that was declared without metadata', () => {
    const bad = z.object({ title: schemas.field(z.string(), { label: 'Title', hint: 'The heading.' }), forgotten: z.string() });
    const missing = listFields(bad).filter((f) => !f.meta).map((f) => f.path);
    expect(missing).toEqual(['forgotten']);
  });
});
