/**
 * /news/ lists every article newest first, six to a page: /news/, /news/2/, /news/3/ ...
 */
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { basePath, builtPages, isNewsArticle, loadPage, stripBase } from '../helpers/built-pages';

const PAGE_SIZE = 6;
const articles = builtPages()
  .map((p) => p.path)
  .filter(isNewsArticle);
const indexPages = builtPages()
  .map((p) => p.path)
  .filter((path) => path === '/news/' || /^\/news\/\d+\/$/.test(path))
  .sort((a, b) => (a === '/news/' ? -1 : b === '/news/' ? 1 : Number(a.split('/')[2]) - Number(b.split('/')[2])));

/** Article paths linked from an index page's main, in order, without repeats. */
function articleLinks($: CheerioAPI, page: string): string[] {
  const links = $('main a[href]')
    .toArray()
    .map((a) => new URL(a.attribs.href ?? '', `https://site.invalid${basePath}${page.slice(1)}`))
    .filter((url) => url.origin === 'https://site.invalid')
    .map((url) => stripBase(url.pathname) ?? '')
    .filter(isNewsArticle);
  return [...new Set(links)];
}

/** The dates of the listed items, in order: every <time datetime> in main except the review dates. */
function itemDates($: CheerioAPI): string[] {
  return $('main time[datetime]')
    .filter((_, el) => $(el).closest('.app-review').length === 0)
    .toArray()
    .map((el) => el.attribs.datetime ?? '');
}

describe('the news index', () => {
  it('exists at /news/', () => {
    expect(indexPages[0]).toBe('/news/');
  });

  it(`is paginated ${PAGE_SIZE} to a page, with numbered pages and no gaps`, () => {
    const expectedPages = Math.max(1, Math.ceil(articles.length / PAGE_SIZE));
    const expected = ['/news/', ...Array.from({ length: expectedPages - 1 }, (_, i) => `/news/${i + 2}/`)];
    expect(indexPages, `${articles.length} articles`).toEqual(expected);
    if (articles.length > PAGE_SIZE) expect(indexPages).toContain('/news/2/');
  });

  it.each(indexPages)('%s lists at most six articles, each with a date, newest first', (page) => {
    const $ = loadPage(page);
    const links = articleLinks($, page);
    const isLast = page === indexPages[indexPages.length - 1];
    if (isLast) expect(links.length).toBeGreaterThan(0);
    else expect(links.length, `${page} is not the last index page, so it is full`).toBe(PAGE_SIZE);
    expect(links.length).toBeLessThanOrEqual(PAGE_SIZE);

    const dates = itemDates($);
    expect(dates.length, 'one <time datetime> per listed article').toBe(links.length);
    for (const date of dates) expect(Number.isNaN(Date.parse(date)), `datetime="${date}"`).toBe(false);
    const newestFirst = [...dates].sort((a, b) => Date.parse(b) - Date.parse(a));
    expect(dates, 'dates newest first').toEqual(newestFirst);
  });

  it('lists every article exactly once, newest first across pages', () => {
    const listed = indexPages.flatMap((page) => articleLinks(loadPage(page), page));
    expect([...listed].sort(), 'articles listed on the index pages').toEqual([...articles].sort());
    const dates = indexPages.flatMap((page) => itemDates(loadPage(page)));
    expect(dates).toEqual([...dates].sort((a, b) => Date.parse(b) - Date.parse(a)));
  });
});
