import { describe, expect, it } from 'vitest';
import { fullPath, isTextOnlyPath, textOnlyPath } from '../../src/lib/text-only/paths';

describe('text-only paths', () => {
  it.each([
    ['/', '/', '/text-only/'],
    ['/news/a/', '/', '/text-only/news/a/'],
    ['/404.html', '/', '/text-only/404.html'],
    ['/hat/', '/hat/', '/hat/text-only/'],
    ['/hat/news/a/', '/hat/', '/hat/text-only/news/a/'],
    ['/hat/news/a/', '/hat', '/hat/text-only/news/a/'],
  ])('%s under base %s has its copy at %s, and back', (page, base, copy) => {
    expect(textOnlyPath(page, base)).toBe(copy);
    expect(fullPath(copy, base)).toBe(page);
    expect(isTextOnlyPath(copy, base)).toBe(true);
  });

  it('treats the text-only home without its slash as the home page', () => {
    expect(fullPath('/hat/text-only', '/hat/')).toBe('/hat/');
  });

  it('does not mistake other paths for copies', () => {
    expect(fullPath('/news/text-only/', '/')).toBeUndefined();
    expect(fullPath('/text-onlyx/', '/')).toBeUndefined();
    expect(fullPath('/text-only/news/', '/hat/')).toBeUndefined();
    expect(isTextOnlyPath('/news/', '/')).toBe(false);
  });
});
