import { describe, expect, it } from 'vitest';
import { basePath, loadPage } from '../helpers/built-pages';

describe('the 404 page', () => {
  it('is built as dist/404.html and links back to the home page from its main content', () => {
    const $ = loadPage('/404.html');
    const home = $('main a[href]').filter((_, a) => {
      const href = a.attribs.href ?? '';
      return href === basePath || new URL(href, `https://site.invalid${basePath}`).pathname === basePath;
    });
    expect(home.length, 'a link to the home page inside <main>').toBeGreaterThan(0);
  });
});
