import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import Figure from '../../src/user-components/Figure.astro';

// why: kept apart from user-components.test.ts, which points CONTENT_DIR at a scratch folder:
// Figure finds images through the alias astro.config.mjs sets from the real content/media/.
describe('Figure', () => {
  it('renders an image from content/media/ as AVIF and WebP with its size, alt text and caption', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Figure, {
      props: { src: '../media/news/2019-twice-a-day.jpg', alt: 'A weekly chart.', caption: 'Twice a day.' },
    });
    const $ = load(html, null, false);
    expect($('figure picture source[type="image/avif"]')).toHaveLength(1);
    expect($('figure picture source[type="image/webp"]')).toHaveLength(1);
    expect($('figure img').attr('alt')).toBe('A weekly chart.');
    expect([$('figure img').attr('width'), $('figure img').attr('height')]).toEqual(['1600', '900']);
    expect($('figure figcaption').text()).toBe('Twice a day.');
  });

  it('has no caption when none is given', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Figure, { props: { src: '../../media/news/2019-twice-a-day.jpg', alt: 'A weekly chart.' } });
    expect(load(html, null, false)('figcaption')).toHaveLength(0);
  });

  it('fails naming the path, the page and where the file must be, when the image does not exist', async () => {
    const container = await AstroContainer.create();
    await expect(container.renderToString(Figure, { props: { src: '../media/news/no-such-chart.jpg', alt: 'A chart.' } })).rejects.toThrow(
      /The image in <Figure src="\.\.\/media\/news\/no-such-chart\.jpg"> on the page \S+ does not exist\. It must be the file content\/media\/news\/no-such-chart\.jpg: upload it there/,
    );
  });
});
