/**
 * Images: every <img> has alt, width and height (no layout shift); content images in <main>
 * are responsive AVIF/WebP made by sharp, inside <picture>.
 */
import { describe, expect, it } from 'vitest';
import { contentPages, listed, loadPage } from '../helpers/built-pages';

describe.each(contentPages().map((p) => p.path))('%s', (page) => {
  it('gives every <img> an alt, a width and a height', () => {
    const $ = loadPage(page);
    const problems: string[] = [];
    $('img').each((_, el) => {
      const { alt, width, height, src } = el.attribs;
      if (alt === undefined) problems.push(`${src}: no alt attribute`);
      if (!/^\d+$/.test(width ?? '') || Number(width) === 0) problems.push(`${src}: width="${width ?? ''}"`);
      if (!/^\d+$/.test(height ?? '') || Number(height) === 0) problems.push(`${src}: height="${height ?? ''}"`);
    });
    expect(problems, listed('images without alt, width or height', problems)).toEqual([]);
  });

  it('serves content images in <picture> with AVIF and WebP sources', () => {
    const $ = loadPage(page);
    const problems: string[] = [];
    $('main img').each((_, el) => {
      const src = el.attribs.src ?? '';
      // why: SVG icons and diagrams are vectors; only raster images need AVIF/WebP versions.
      if (/\.svg(?:[?#]|$)/i.test(src) || src.startsWith('data:image/svg')) return;
      const picture = $(el).parent('picture');
      if (picture.length === 0) {
        problems.push(`${src}: not inside <picture>`);
        return;
      }
      for (const type of ['image/avif', 'image/webp']) {
        if (picture.children(`source[type="${type}"][srcset]`).length === 0) problems.push(`${src}: no <source type="${type}">`);
      }
    });
    expect(problems, listed('content images not served as AVIF/WebP', problems)).toEqual([]);
  });
});
