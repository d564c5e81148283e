/**
 * No built page carries a `style` attribute or an inline <style> the policy does not hash.
 * why: the Content Security Policy allows no inline style attributes, so a browser drops them and
 * logs a violation (a Markdown table's right-aligned numbers were lost this way). The CMS page is
 * exempt: Decap styles itself inline, and its own policy allows that.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, isAppPage, listed, loadPage } from '../helpers/built-pages';

describe('inline style attributes', () => {
  const pages = builtPages().filter((p) => !isAppPage(p.path));

  it('appear on no page (the policy would block them)', () => {
    const problems = pages.flatMap((p) =>
      loadPage(p.path)('[style]')
        .toArray()
        .map((el) => `${p.path}: <${el.tagName} style="${el.attribs.style}">`),
    );
    expect(pages.length).toBeGreaterThan(100);
    expect(problems, listed('Inline styles', problems)).toEqual([]);
  });

  it('are replaced by a class on the document with a right-aligned table column', () => {
    const $ = loadPage('/documents/offending-data-november-2020/');
    expect($('th.app-align-right').length).toBeGreaterThan(0);
    expect($('td.app-align-right').length).toBeGreaterThan(0);
  });
});
