import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { buildCmsConfig } from '../../admin/config/build-cms-config';
import { decapFields } from '../../admin/config/decap-fields';
import { field } from '../../src/schema/editor';
import { contentTypes } from '../../src/schema/content-types';
import { editorComponentNames } from '../../src/schema/components';

const settings = parse(readFileSync(new URL('../../content/settings/site.yaml', import.meta.url), 'utf8'));
const { config } = buildCmsConfig({ settings, env: { CMS_REPO: 'example-council/hat-site' } });
const collection = (name: string) => config.collections.find((c) => c.name === name) as CmsCollection;
const fieldOf = (fields: CmsField[] | undefined, path: string): Record<string, any> => {
  const [head, ...rest] = path.split('.');
  const found = fields?.find((f) => f.name === head) as Record<string, any> | undefined;
  if (!found) throw new Error(`no field ${head}`);
  return rest.length ? fieldOf(found.fields, rest.join('.')) : found;
};

describe('the CMS config generated from src/schema', () => {
  it('matches the reviewed snapshot (every change to the CMS shows in review)', async () => {
    await expect(JSON.stringify(config, null, 2) + '\n').toMatchFileSnapshot('./__snapshots__/cms-config.json');
  });

  it('has one collection per content type, in the content folders, plus the site settings file', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...contentTypes.map((t) => t.name), 'settings']);
    expect(collection('news').folder).toBe('content/news');
    expect(collection('news').extension).toBe('mdx');
    expect(collection('faqs').extension).toBe('md');
    expect(collection('evidence')).toMatchObject({ extension: 'yaml', format: 'yml' });
    expect(collection('settings').files?.[0]).toMatchObject({ file: 'content/settings/site.yaml' });
  });

  it('labels and hints every field from the schema, marking the required ones', () => {
    const title = fieldOf(collection('news').fields, 'title');
    expect(title).toMatchObject({ label: 'Headline', required: true, widget: 'counted-string', suggested_max: 65 });
    expect(title.hint).toBe('A plain statement of the news, about 65 characters at most.');
    expect(fieldOf(collection('evidence').fields, 'title').hint).toBe('What these figures are, e.g. "Year-one evaluation". Aim for 80 characters or fewer.');
    expect(fieldOf(collection('news').fields, 'summary')).toMatchObject({ widget: 'counted-text', suggested_max: 160, hint: expect.stringContaining('160 characters') });
    expect(fieldOf(collection('stories').fields, 'name'), 'no suggested length: a plain box').toMatchObject({ widget: 'string' });
    expect(fieldOf(collection('news').fields, 'updated').required).toBe(false);
    expect(fieldOf(collection('faqs').fields, 'question').label).toBe('Question');
  });

  it('shows dates the UK way and stores them as ISO dates; events keep their time', () => {
    expect(fieldOf(collection('news').fields, 'published')).toMatchObject({ widget: 'datetime', date_format: 'DD/MM/YYYY', time_format: false, format: 'YYYY-MM-DD' });
    expect(fieldOf(collection('events').fields, 'start')).toMatchObject({ date_format: 'DD/MM/YYYY', time_format: 'HH:mm', format: 'YYYY-MM-DDTHH:mm' });
  });

  it('names news and events files after their date and title; lists newest first', () => {
    expect(collection('news').slug).toBe("{{fields.published | date('YYYY-MM-DD')}}-{{slug}}");
    expect(collection('events').slug).toBe("{{fields.start | date('YYYY-MM-DD')}}-{{slug}}");
    expect(collection('stories').slug).toBe('{{slug}}');
    expect(collection('news').sortable_fields?.[0]).toEqual({ field: 'published', label: 'Date', default_sort: 'desc' });
  });

  it('offers the areas and FAQ groups from the site settings, and filters by area and draft', () => {
    expect(fieldOf(collection('news').fields, 'area').options).toEqual(settings.areas.map((a: any) => ({ value: a.id, label: a.name })));
    expect(fieldOf(collection('faqs').fields, 'group').options.map((o: any) => o.value)).toEqual(settings.faqGroups.map((g: any) => g.id));
    const filters = collection('news').view_filters!;
    expect(filters.map((f) => f.label)).toEqual([...settings.areas.map((a: any) => a.name), 'Drafts (not on the site)']);
    expect(collection('faqs').view_filters!.map((f) => f.field)).toEqual(['draft']);
  });

  it('requires alt text next to every image through the alt-text widget, with the decorative choice beside it', () => {
    const hero = fieldOf(collection('news').fields, 'hero');
    expect(hero.fields.map((f: CmsField) => f.name)).toEqual(['src', 'alt', 'decorative', 'caption']);
    expect(fieldOf(hero.fields, 'src')).toMatchObject({ widget: 'image', required: true });
    expect(fieldOf(hero.fields, 'alt')).toMatchObject({ widget: 'alt-text' });
    expect(fieldOf(hero.fields, 'decorative')).toMatchObject({ widget: 'boolean', default: false });
    expect(collection('news').media_folder).toBe('../media/news');
    expect(collection('documents').media_folder).toBe('files');
  });

  it('gives prose types a checked body with the site components, and FAQs none', () => {
    expect(fieldOf(collection('news').fields, 'body')).toMatchObject({ widget: 'checked-markdown', editor_components: [...editorComponentNames] });
    expect(fieldOf(collection('faqs').fields, 'body').editor_components).toEqual([]);
    expect(collection('evidence').fields!.some((f) => f.name === 'body')).toBe(false);
  });

  it('fails naming the field when a schema field has no editor metadata', () => {
    const schema = z.object({ title: field(z.string(), { label: 'Title', hint: 'A title.' }), secret: z.string() });
    expect(() => decapFields(schema, { areas: [], faqGroups: [] })).toThrow('The schema field "secret" has no editor label or hint');
  });
});
