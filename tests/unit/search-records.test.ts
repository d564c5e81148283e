import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { searchRecords } from '../../src/lib/search/records';

const faqPage = (details: string) => `<!doctype html><html lang="en"><body><main data-pagefind-body>${details}</main></body></html>`;

describe('searchRecords', () => {
  it('makes each marked FAQ its own document, linking to its answer, titled by its question', () => {
    const html = faqPage(
      '<details id="is-it-safe" data-search-record="is-it-safe-answer" data-search-type="FAQ" data-pagefind-ignore="all"><summary data-search-record-title>Is it <b>safe</b>?</summary><div id="is-it-safe-answer"><p>Every dose was checked &amp; watched.</p></div></details>',
    );
    const [record, ...rest] = searchRecords(html, '/hat/faqs/');
    expect(rest).toEqual([]);
    expect(record.url).toBe('/hat/faqs/#is-it-safe-answer');
    const $ = cheerio.load(record.html);
    expect($('main[data-pagefind-body] > h1').text()).toBe('Is it safe?');
    expect($('title').text()).toBe('Is it safe?');
    expect($('main p').text()).toBe('Every dose was checked & watched.');
    expect($('summary').length, 'the question is not repeated in the body').toBe(0);
    expect($('[data-pagefind-filter]').map((_, el) => $(el).attr('data-pagefind-filter')).get()).toEqual(['type:FAQ']);
    expect($('[data-pagefind-ignore]').length, 'the record itself is indexed').toBe(0);
  });

  it('gives a dated record (a set of evidence) its year', () => {
    const html = faqPage('<li data-search-record="a" data-search-type="Evidence" data-search-date="2020-11-01"><h3 data-search-record-title>Figures</h3><p>60%</p></li>');
    const $ = cheerio.load(searchRecords(html, '/evidence/')[0].html);
    expect($('[data-pagefind-filter]').map((_, el) => $(el).attr('data-pagefind-filter')).get()).toEqual(['type:Evidence', 'year:2020']);
    expect($('[data-pagefind-meta="date:1 November 2020"]').length).toBe(1);
  });

  it('escapes a question holding markup characters', () => {
    const html = faqPage('<details data-search-record="x" data-search-type="FAQ"><summary data-search-record-title>Is a &lt; b &amp; "c"?</summary><p>Yes.</p></details>');
    const $ = cheerio.load(searchRecords(html, '/faqs/')[0].html);
    expect($('h1').text()).toBe('Is a < b & "c"?');
  });

  it('returns nothing for a page without records', () => {
    expect(searchRecords(faqPage('<p>Hello</p>'), '/')).toEqual([]);
  });

  it.each([
    ['<details data-search-record=""><summary data-search-record-title>Q</summary></details>', /empty data-search-record/],
    ['<details data-search-record="a" data-search-type="Blog"><summary data-search-record-title>Q</summary></details>', /data-search-type="Blog"; use one of Page, News/],
    ['<details data-search-record="a" data-search-type="FAQ"><summary>Q</summary></details>', /has no \[data-search-record-title\] text/],
    ['<li data-search-record="a" data-search-type="Evidence" data-search-date="Nov 2020"><h3 data-search-record-title>Q</h3></li>', /write it as YYYY-MM-DD/],
  ])('refuses a broken record with a message naming the page and the fix: %s', (body, message) => {
    expect(() => searchRecords(faqPage(body), '/faqs/')).toThrow(message);
  });
});
