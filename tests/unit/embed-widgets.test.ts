import { describe, expect, it } from 'vitest';
import { allWidgets, newsWidget, oembedPathFor } from '../../src/lib/embed-widgets';

const sources = {
  areas: [{ id: 'hartlepool', name: 'Hartlepool' }],
  faqs: [{ id: 'is-it-legal', question: 'Is it legal?' }],
  stories: [{ id: 'james', title: "James's story" }],
  evidence: [{ id: 'middlesbrough-2020-02-early-findings', title: 'Early findings' }],
};

describe('allWidgets', () => {
  const widgets = allWidgets(sources);

  it('lists every kind of widget, with area variants as their own pages', () => {
    expect(widgets.map((w) => w.path)).toEqual([
      '/embed/key-figures/',
      '/embed/news/',
      '/embed/news/area/hartlepool/',
      '/embed/events/',
      '/embed/events/area/hartlepool/',
      '/embed/faqs/',
      '/embed/faqs/is-it-legal/',
      '/embed/stories/james/',
      '/embed/evidence/middlesbrough-2020-02-early-findings/',
    ]);
  });

  it('gives every widget a unique oEmbed file beside its path, a title, a way back and a height', () => {
    expect(new Set(widgets.map((w) => w.oembedPath)).size).toBe(widgets.length);
    for (const w of widgets) {
      expect(w.oembedPath).toBe(oembedPathFor(w.path));
      expect(w.title.trim()).not.toBe('');
      expect(w.backPath).toMatch(/^\/(?!embed\/)/);
      expect(w.height).toBeGreaterThan(100);
    }
  });

  it('links a single FAQ and evidence entry back to its place on the full page', () => {
    expect(widgets.find((w) => w.path === '/embed/faqs/is-it-legal/')?.backPath).toBe('/faqs/#is-it-legal');
    expect(widgets.find((w) => w.path.startsWith('/embed/evidence/'))?.backPath).toBe('/evidence/#middlesbrough-2020-02-early-findings');
  });

  it('names the area in an area widget', () => {
    expect(newsWidget({ id: 'hartlepool', name: 'Hartlepool' }).title).toBe('Latest news from Hartlepool');
    expect(oembedPathFor('/embed/news/area/hartlepool/')).toBe('/oembed/news/area/hartlepool.json');
  });
});
