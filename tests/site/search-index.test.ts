/**
 * The Pagefind index the build writes (issue 5): which pages and records it holds (main content
 * only; no admin, text-only copies, 404, embeds, search or site map), the filters each content
 * type carries, the parts left out of the index, heading ids for sub-results, and the search
 * page's Content Security Policy relaxation.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { basePath, contentPages, distDir, isNewsArticle, listed, loadPage } from '../helpers/built-pages';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const indexDir = join(distDir, 'pagefind');

/** Every result in the index, read from Pagefind's fragment files (gzip, "pagefind_dcd" + JSON). */
function fragments(): Fragment[] {
  const dir = join(indexDir, 'fragment');
  return readdirSync(dir).map((name) => JSON.parse(gunzipSync(readFileSync(join(dir, name))).toString('utf8').replace(/^pagefind_dcd/, '')));
}

const indexed = existsSync(indexDir) ? fragments() : [];
const byUrl = new Map(indexed.map((f) => [f.url, f]));
const path = (sitePath: string) => `${basePath}${sitePath.slice(1)}`;

describe('the built search index', () => {
  it('is written with the build, with the bundle the search page loads', () => {
    expect(existsSync(join(indexDir, 'pagefind.js')), 'dist/pagefind/pagefind.js').toBe(true);
    const entry = JSON.parse(readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(indexed.length);
    expect(loadPage('/search/')('site-search').attr('data-bundle')).toBe(path('/pagefind/'));
  });

  it('holds every content page, and nothing that is not one', () => {
    const excluded = (p: string) => p === '/404.html' || p === '/search/' || p === '/site-map/' || /^\/news\/\d+\/$/.test(p);
    const expected = contentPages().map((p) => p.path).filter((p) => !excluded(p)).map(path).sort();
    const pages = indexed.map((f) => f.url).filter((url) => !url.includes('#')).sort();
    expect(pages).toEqual(expected);
    const wrong = indexed.map((f) => f.url).filter((url) => /\/(admin|text-only|embed|pagefind)\/|404/.test(url));
    expect(wrong, listed('indexed addresses that must not be', wrong)).toEqual([]);
  });

  it('indexes each FAQ as its own result linking to its answer, and each set of evidence', () => {
    const $ = loadPage('/faqs/');
    const questions = $('details[data-search-record]').map((_, el) => $(el).find('summary').text().trim()).get();
    expect(questions.length).toBeGreaterThanOrEqual(12);
    for (const id of $('details[id]').map((_, el) => el.attribs.id).get()) {
      const record = byUrl.get(`${path('/faqs/')}#${id}-answer`);
      expect(record, `FAQ ${id} in the index`).toBeDefined();
      expect(record!.filters.type).toEqual(['FAQ']);
      expect($(`#${id}-answer`).closest(`details#${id}`).length, `#${id}-answer is inside its question`).toBe(1);
    }
    const safe = indexed.find((f) => f.meta.title === 'Is it safe?');
    expect(safe?.content).toMatch(/^Is it safe\?/);
    const evidence = indexed.filter((f) => f.filters.type?.[0] === 'Evidence' && f.url.includes('#'));
    expect(evidence.length).toBe(loadPage('/evidence/')('li[data-search-record]').length);
    expect(evidence.every((f) => /^\d{4}$/.test(f.filters.year?.[0] ?? ''))).toBe(true);
  });

  it('leaves out share links, review dates, lists of other pages and the filter markers', () => {
    const article = indexed.find((f) => f.filters.type?.[0] === 'News');
    const faqs = byUrl.get(path('/faqs/'));
    for (const page of [article, faqs, byUrl.get(path('/news/'))]) {
      expect(page?.content).toBeDefined();
      expect(page!.content).not.toMatch(/Share this page|Last reviewed|Next review due|Set your postcode/);
    }
    expect(faqs!.content, 'the questions are their own results').not.toContain('Is it safe?');
  });
});

describe('filters on each content type', () => {
  const facts = (sitePath: string) => {
    const $ = loadPage(sitePath);
    return $('main[data-pagefind-body] [data-pagefind-filter]').map((_, el) => el.attribs['data-pagefind-filter']).get();
  };
  const pagesUnder = (prefix: string) => contentPages().map((p) => p.path).filter((p) => p.startsWith(prefix) && p !== prefix && !/\/\d+\/$/.test(p) && !p.startsWith('/events/past/'));

  it.each([
    ['news', '/news/', 'News'],
    ['stories', '/stories/', 'Story'],
    ['documents', '/documents/', 'Document'],
    ['events', '/events/', 'Event'],
  ])('every %s page has its type and year, and the area it is tagged with', (_, prefix, type) => {
    const pages = pagesUnder(prefix).filter((p) => prefix !== '/news/' || isNewsArticle(p));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const found = facts(page);
      expect(found, page).toContain(`type:${type}`);
      expect(found.some((f) => /^year:\d{4}$/.test(f)), `${page} has a year`).toBe(true);
      const area = byUrl.get(path(page))?.filters.area;
      if (type === 'Event') expect(area?.length, `${page} (events always have an area)`).toBe(1);
    }
  });

  it('plain pages are "Page", the FAQs page "FAQ" and the evidence page "Evidence"', () => {
    expect(facts('/what-is-hat/')).toEqual(['type:Page']);
    expect(facts('/faqs/')).toEqual(['type:FAQ']);
    expect(facts('/evidence/')).toEqual(['type:Evidence']);
  });

  it('weighs summaries above body text', () => {
    const article = contentPages().map((p) => p.path).find(isNewsArticle)!;
    expect(loadPage(article)('main .app-lead').attr('data-pagefind-weight')).toBe('5');
  });
});

describe('sub-results', () => {
  it('every heading in indexed content has an id, so a result can jump to its section', () => {
    const missing: string[] = [];
    for (const { path: page } of contentPages()) {
      const $ = loadPage(page);
      $('main[data-pagefind-body] :is(h2, h3, h4)').each((_, el) => {
        // why: cards summarise other pages (their own page is the result); left-out parts are not indexed.
        if ($(el).closest('[data-pagefind-ignore], [data-area-list], .app-documents, .app-embed-this, site-postcode, .app-subscribe, .app-card').length > 0) return;
        if (!el.attribs.id) missing.push(`${page}: <${el.tagName}> ${$(el).text().trim()}`);
      });
    }
    expect(missing, listed('headings without an id', missing)).toEqual([]);
  });
});

describe('Content Security Policy', () => {
  const csp = (page: string) => loadPage(page)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
  it("allows WebAssembly ('wasm-unsafe-eval') on the search page only", () => {
    expect(csp('/search/')).toMatch(/script-src[^;]*'wasm-unsafe-eval'/);
    expect(csp('/search/')).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    const others = contentPages().map((p) => p.path).filter((p) => p !== '/search/' && csp(p).includes('wasm-unsafe-eval'));
    expect(others).toEqual([]);
  });
});
