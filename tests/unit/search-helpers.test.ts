import { describe, expect, it } from 'vitest';
import { searchAttributes } from '../../src/lib/search/facts';
import { decodeEntities, excerptParts } from '../../src/lib/search/excerpt';
import { orderValues, pagefindFilters, searchStatus, selectionFromParams } from '../../src/lib/search/filters';
import { isSearchable, pageUrlFor } from '../../src/lib/search/build-index';
import { isCrawlable } from '../../src/lib/search/crawl';

describe('searchAttributes', () => {
  it('gives type, area and year filters, the shown date and a sort key', () => {
    expect(searchAttributes({ type: 'News', area: 'Middlesbrough', date: new Date('2020-02-24') })).toEqual({
      filters: ['type:News', 'area:Middlesbrough', 'year:2020'],
      meta: ['type:News', 'date:24 February 2020'],
      sort: 'date:2020-02-24',
    });
  });

  it('leaves out what a page does not have', () => {
    expect(searchAttributes({ type: 'Page' })).toEqual({ filters: ['type:Page'], meta: ['type:Page'] });
  });

  it('keeps a comma in an area name from starting a second filter', () => {
    expect(searchAttributes({ type: 'Event', area: 'Redcar, Cleveland' }).filters).toContain('area:Redcar Cleveland');
  });
});

describe('excerptParts', () => {
  it('splits marked words from the rest and decodes entities', () => {
    expect(excerptParts('Is it <mark>safe</mark>? Yes &amp; no')).toEqual([
      { text: 'Is it ', mark: false },
      { text: 'safe', mark: true },
      { text: '? Yes & no', mark: false },
    ]);
  });

  it('never passes on other markup', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)>a <script>b</script> &lt;c&gt;');
    expect(parts.map((p) => p.text).join('')).toBe('a b <c>');
    expect(parts.every((p) => !p.mark)).toBe(true);
  });

  it('decodes numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&#8211; &#x2014; &bogus;')).toBe('– — &bogus;');
  });
});

describe('filters', () => {
  it('matches any ticked value in a group and every group used', () => {
    expect(pagefindFilters({ type: ['News', 'FAQ'], area: [], year: ['2020'] })).toEqual({ type: { any: ['News', 'FAQ'] }, year: { any: ['2020'] } });
  });

  it('leaves one group out to count its values', () => {
    expect(pagefindFilters({ type: ['News'], year: ['2020'] }, 'type')).toEqual({ year: { any: ['2020'] } });
  });

  it('orders types as listed, years newest first, areas alphabetically', () => {
    expect(orderValues('type', ['Evidence', 'News', 'Page', 'Other'])).toEqual(['Page', 'News', 'Evidence', 'Other']);
    expect(orderValues('year', ['2019', '2022', '2020'])).toEqual(['2022', '2020', '2019']);
    expect(orderValues('area', ['Stockton-on-Tees', 'Hartlepool'])).toEqual(['Hartlepool', 'Stockton-on-Tees']);
  });

  it('reads ticked filters from the address', () => {
    expect(selectionFromParams(new URLSearchParams('q=safe&type=FAQ&type=News&year=2020&other=x'))).toEqual({ type: ['FAQ', 'News'], area: [], year: ['2020'] });
  });
});

describe('searchStatus', () => {
  it.each([
    [{ query: 'safe', total: 12, shown: 5, filtered: false }, '12 results for “safe”. Showing the first 5.'],
    [{ query: 'safe', total: 1, shown: 1, filtered: false }, '1 result for “safe”.'],
    [{ query: 'safe', total: 3, shown: 3, filtered: true }, '3 results for “safe” with the filters you chose.'],
    [{ query: 'xyz', total: 0, shown: 0, filtered: false }, 'No results for “xyz”.'],
    [{ query: 'xyz', total: 0, shown: 0, filtered: true }, 'No results for “xyz” with the filters you chose.'],
    [{ query: 'safe', total: 12, shown: 10, filtered: false, more: true }, 'Showing 10 of 12 results for “safe”.'],
  ])('%o → %s', (input, expected) => {
    expect(searchStatus(input)).toBe(expected);
  });
});

describe('what gets indexed', () => {
  it('indexes pages that carry data-pagefind-body only', () => {
    expect(isSearchable('<main id="main-content" data-pagefind-body>')).toBe(true);
    expect(isSearchable('<main data-pagefind-body="">')).toBe(true);
    expect(isSearchable('<main id="main-content">data-pagefind-body in text</main>')).toBe(false);
    expect(isSearchable('<div data-pagefind-body-x>')).toBe(false);
  });

  it('turns built files into addresses with the base path', () => {
    expect(pageUrlFor('index.html', '/')).toBe('/');
    expect(pageUrlFor('news/a/index.html', '/hat/')).toBe('/hat/news/a/');
  });

  it('crawls pages under the base, not apps, copies, widgets or files', () => {
    expect(isCrawlable('/hat/news/a/', '/hat/')).toBe(true);
    expect(isCrawlable('/news/a/', '/hat/')).toBe(false);
    for (const path of ['/text-only/a/', '/admin/', '/embed/news/', '/pagefind/pagefind.js', '/documents/files/a.pdf', '/events/calendar.ics']) {
      expect(isCrawlable(path, '/'), path).toBe(false);
    }
  });
});
