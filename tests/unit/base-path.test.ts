import { describe, expect, it } from 'vitest';
import { normaliseBase, withBase } from '../../src/lib/base-path';
import { basePathLinks, linkPlugins } from '../../src/integrations/base-path-links';

describe('withBase', () => {
  it.each([
    ['/hat/', '/news/', '/hat/news/'],
    ['/hat/', '/', '/hat/'],
    ['/', '/news/', '/news/'],
    ['hat', '/faqs/#safe', '/hat/faqs/#safe'],
    ['/hat/', '/hat/news/', '/hat/news/'],
    ['/hat/', '/hatch/', '/hat/hatch/'],
    ['/a/b/', '/x.pdf', '/a/b/x.pdf'],
  ])('base %s, path %s -> %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });

  it.each(['https://www.gov.uk/', 'mailto:team@example.org', 'tel:01642000000', '#main', '//cdn.example/x', '../up/', 'relative/', '?q=1'])(
    'leaves %s alone',
    (path) => {
      expect(withBase('/hat/', path)).toBe(path);
    },
  );
});

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['hat', '/hat/'],
    ['/hat', '/hat/'],
    ['//hat//', '/hat/'],
  ])('%s -> %s', (base, expected) => expect(normaliseBase(base)).toBe(expected));
});

describe('basePathLinks (body links under a sub-path)', () => {
  /** Runs the plugin's visitor over one <a> and returns its href afterwards. */
  function visit(base: string, href: unknown): unknown {
    const node = { properties: { href } as Record<string, unknown> };
    const [plugin] = linkPlugins(base);
    plugin?.element.visit(node, { setProperty: (n, name, value) => void (n.properties![name] = value) });
    return node.properties.href;
  }

  it('adds the base to a site link an editor wrote', () => expect(visit('/hat/', '/faqs/')).toBe('/hat/faqs/'));
  it('leaves other sites and mail links alone', () => {
    expect(visit('/hat/', 'https://www.nhs.uk/')).toBe('https://www.nhs.uk/');
    expect(visit('/hat/', 'mailto:a@b.org')).toBe('mailto:a@b.org');
  });
  it('is not added at all when the site is at the root', () => expect(basePathLinks('/')).toEqual([]));
  it('is added under a sub-path', () => expect(basePathLinks('hat')).toHaveLength(1));
  it('ignores an <a> without an href', () => expect(visit('/hat/', undefined)).toBeUndefined());
});
