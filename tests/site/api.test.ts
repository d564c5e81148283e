/**
 * The static JSON API under /api/ and the evidence CSV in the built site: every file matches the
 * shapes in src/lib/api/schemas.ts, holds what content/ says it should, and links to files the
 * build made.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fileForPath, listed } from '../helpers/built-pages';
import { publishedNews } from '../helpers/content-news';
import { readEvents } from '../helpers/content-events';
import { absolute, builtText, sitePathOf } from '../helpers/site-root';
import { API_CATALOGUE } from '../../src/lib/api/catalogue';
import { EVIDENCE_CSV_COLUMNS } from '../../src/lib/api/evidence-csv';
import { API_VERSION, documentItem, envelope, eventItem, evidenceItem, faqItem, indexItem, newsItem } from '../../src/lib/api/schemas';
import { readFrontmatter } from '../unit/frontmatter';

const content = fileURLToPath(new URL('../../content/', import.meta.url));
const files = (folder: string, ext: string) =>
  readdirSync(join(content, folder))
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ id: f.slice(0, -ext.length), data: readFrontmatter(join(content, folder, f)) }));

/** The built file parsed and checked against its envelope; a mismatch names the field. */
function read<T extends z.ZodType>(path: string, item: T) {
  const parsed = envelope(item).safeParse(JSON.parse(builtText(path)));
  if (!parsed.success) throw new Error(listed(`${path} does not match src/lib/api/schemas.ts`, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)));
  return parsed.data;
}

const endpoints = [
  { path: '/api/index.json', item: indexItem },
  { path: '/api/news.json', item: newsItem },
  { path: '/api/faqs.json', item: faqItem },
  { path: '/api/events.json', item: eventItem },
  { path: '/api/documents.json', item: documentItem },
  { path: '/api/evidence.json', item: evidenceItem },
] as const;

describe.each(endpoints)('$path', ({ path, item }) => {
  const data = read(path, item);

  it(`has the envelope: version ${API_VERSION}, when it was generated, its own address, the count`, () => {
    expect(data.version).toBe(API_VERSION);
    expect(data.self).toBe(absolute(path));
    expect(data.count).toBe(data.items.length);
    expect(Number.isNaN(Date.parse(data.generated))).toBe(false);
  });

  it('links only to files the build made (or to other sites)', () => {
    const urls = JSON.stringify(data.items).match(/https?:\/\/[^"#]+/g) ?? [];
    const missing = urls.filter((u) => {
      const sitePath = sitePathOf(u);
      return sitePath !== undefined && !fileForPath(sitePath);
    });
    expect(missing, listed(`${path} links to files that were not built`, missing)).toEqual([]);
  });
});

describe('what the API holds', () => {
  it('index.json lists every API file and feed', () => {
    const index = read('/api/index.json', indexItem);
    expect(index.items.map((i) => i.url)).toEqual(API_CATALOGUE.map((e) => absolute(e.path)));
    expect(API_CATALOGUE.map((e) => e.path)).toEqual(expect.arrayContaining(['/api/news.json', '/api/faqs.json', '/api/events.json', '/api/documents.json', '/api/evidence.json', '/api/evidence.csv']));
  });

  it('news.json has every published article, newest first, with its dates and area', () => {
    const items = read('/api/news.json', newsItem).items;
    expect(items.map((i) => [i.id, i.title, i.published, i.updated, i.area?.id ?? null])).toEqual(
      publishedNews(content).map((n) => [n.id, n.data.title, n.data.published.toISOString().slice(0, 10), n.data.updated?.toISOString().slice(0, 10) ?? null, n.data.area ?? null]),
    );
  });

  it('faqs.json has every published question with a non-empty plain-text answer', () => {
    const items = read('/api/faqs.json', faqItem).items;
    const wanted = files('faqs', '.md').filter((f) => !f.data.draft);
    expect(items.map((i) => i.id).sort()).toEqual(wanted.map((f) => f.id).sort());
    const bad = items.filter((i) => i.answer.trim() === '' || /\*\*|\[\^|<[A-Za-z]/.test(i.answer)).map((i) => i.id);
    expect(bad, 'answers empty or with Markdown left in').toEqual([]);
  });

  it('events.json has every published event, upcoming then past, with UK times and offsets', () => {
    const items = read('/api/events.json', eventItem).items;
    const events = readEvents(content).filter((e) => !e.data.draft);
    expect(items.map((i) => i.id).sort()).toEqual(events.map((e) => e.id).sort());
    const firstPast = items.findIndex((i) => i.status === 'past');
    expect(items.slice(firstPast === -1 ? items.length : firstPast).every((i) => i.status === 'past')).toBe(true);
    for (const item of items) {
      const event = events.find((e) => e.id === item.id)!;
      expect(new Date(item.start).getTime(), `${item.id} start`).toBe(event.data.start.getTime());
      expect(new Date(item.end).getTime(), `${item.id} end`).toBe(event.data.end.getTime());
      expect(item.start, `${item.id} start offset`).toMatch(/\+0[01]:00$/);
    }
  });

  it('documents.json has every published document with its file size in bytes', () => {
    const items = read('/api/documents.json', documentItem).items;
    expect(items.map((i) => i.id).sort()).toEqual(files('documents', '.mdx').filter((f) => !f.data.draft).map((f) => f.id).sort());
    expect(items.every((i) => i.file.bytes > 0)).toBe(true);
  });
});

describe('/api/evidence.csv', () => {
  const text = builtText('/api/evidence.csv');
  const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
  const sets = read('/api/evidence.json', evidenceItem).items;

  it('starts with a byte-order mark and the documented header row', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parse(text, { bom: true, to_line: 1 })[0]).toEqual([...EVIDENCE_CSV_COLUMNS]);
  });

  it('has one row per figure in evidence.json, with the same value, label and source', () => {
    const wanted = sets.flatMap((set) => set.figures.map((f) => [set.id, f.label, f.value, set.source.name, set.source.url ?? '']));
    expect(rows.map((r) => [r.set_id, r.figure, r.value, r.source_name, r.source_url])).toEqual(wanted);
  });

  it('keeps values with commas and quotes intact (the starter content has some)', () => {
    expect(rows.some((r) => Object.values(r).some((v) => v.includes(',')))).toBe(true);
  });
});
