/**
 * Structured data (JSON-LD) on every built page: each block parses, and each type has the
 * properties search engines require (Google Search Central's required and recommended lists for
 * Article, Event, FAQPage and BreadcrumbList, and schema.org Organization).
 */
import { describe, expect, it } from 'vitest';
import { builtPages, isAppPage, isEmbedPage, isNewsArticle, isNotFoundPage, isTextOnlyCopy, listed, loadPage } from '../helpers/built-pages';
import { absolute, siteRoot } from '../helpers/site-root';

type Block = Record<string, unknown> & { '@type': string };

// why: the widgets under /embed/ are shown inside other sites' pages and carry no structured data.
const pages = builtPages().filter((p) => !isAppPage(p.path) && !isEmbedPage(p.path));

/** The page's JSON-LD blocks; a block that is not JSON is reported, not thrown. */
function blocks(path: string): { data: Block[]; errors: string[]; raw: string[] } {
  const $ = loadPage(path);
  const raw = $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => $(el).html() ?? '');
  const data: Block[] = [];
  const errors: string[] = [];
  for (const text of raw) {
    try {
      data.push(JSON.parse(text));
    } catch (error) {
      errors.push(`${path}: ${(error as Error).message}`);
    }
  }
  return { data, errors, raw };
}

const isAbsolute = (u: unknown) => typeof u === 'string' && /^https?:\/\//.test(u);
const isDate = (d: unknown) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/.test(d);

/** Missing or wrong required properties of one block, by type. */
function problems(b: Block): string[] {
  const out: string[] = [];
  const need = (ok: boolean, what: string) => ok || out.push(`${b['@type']}: ${what}`);
  need(b['@context'] === 'https://schema.org', '@context is https://schema.org');
  if (b['@type'] === 'NewsArticle') {
    need(typeof b.headline === 'string' && b.headline !== '', 'headline');
    need(isDate(b.datePublished) && isDate(b.dateModified), 'datePublished and dateModified as ISO 8601');
    need(Array.isArray(b.image) && b.image.length > 0 && b.image.every(isAbsolute), 'image: full addresses');
    for (const who of ['author', 'publisher'] as const) need(typeof (b[who] as Block | undefined)?.name === 'string', `${who}.name`);
  } else if (b['@type'] === 'Event') {
    need(typeof b.name === 'string', 'name');
    need(isDate(b.startDate) && isDate(b.endDate), 'startDate and endDate with offsets');
    const location = b.location as Block | undefined;
    need(location?.['@type'] === 'Place' && typeof location.name === 'string' && typeof (location.address as Block | undefined)?.postalCode === 'string', 'location: Place with name and address');
    need(String(b.eventAttendanceMode).startsWith('https://schema.org/') && String(b.eventStatus).startsWith('https://schema.org/'), 'eventAttendanceMode and eventStatus');
    need(typeof (b.organizer as Block | undefined)?.name === 'string', 'organizer.name');
  } else if (b['@type'] === 'FAQPage') {
    const questions = b.mainEntity as Block[];
    need(Array.isArray(questions) && questions.length > 0, 'mainEntity: at least one Question');
    for (const q of questions ?? []) {
      const answer = q.acceptedAnswer as Block | undefined;
      need(q['@type'] === 'Question' && typeof q.name === 'string' && answer?.['@type'] === 'Answer' && typeof answer.text === 'string' && answer.text !== '', `Question "${String(q.name)}" with its answer text`);
    }
  } else if (b['@type'] === 'BreadcrumbList') {
    const list = b.itemListElement as Block[];
    need(Array.isArray(list) && list.length >= 2, 'itemListElement: at least two steps');
    (list ?? []).forEach((step, i) => need(step['@type'] === 'ListItem' && step.position === i + 1 && typeof step.name === 'string' && isAbsolute(step.item), `step ${i + 1}: ListItem with position, name, item`));
  } else if (b['@type'] === 'Organization') {
    need(typeof b.name === 'string' && isAbsolute(b.url), 'name and url');
  } else {
    out.push(`unexpected type ${b['@type']}: add its required properties to this test`);
  }
  return out;
}

describe('JSON-LD on every page', () => {
  it('parses as JSON and never contains a raw "<" (so no text can close the script element)', () => {
    const bad = pages.flatMap(({ path }) => {
      const { errors, raw } = blocks(path);
      return [...errors, ...raw.filter((text) => text.includes('<')).map(() => `${path}: a block contains "<"`)];
    });
    expect(bad, listed('JSON-LD that does not parse', bad)).toEqual([]);
  });

  it('has the required properties for its type', () => {
    const bad = pages.flatMap(({ path }) => blocks(path).data.flatMap((b) => problems(b).map((p) => `${path}: ${p}`)));
    expect(bad, listed('JSON-LD missing required properties', bad)).toEqual([]);
  });

  it('names the publishing Organization on every page, with the site address as its @id', () => {
    const missing = pages.filter(({ path }) => !blocks(path).data.some((b) => b['@type'] === 'Organization' && b['@id'] === `${siteRoot.href}#organization`));
    expect(missing.map((p) => p.path)).toEqual([]);
  });

  it('gives every page with a breadcrumb trail a BreadcrumbList with the same steps, ending at the page', () => {
    const bad: string[] = [];
    // why: a text-only copy repeats its full page's data, which names the full page (its canonical).
    for (const { path } of pages.filter((p) => !isTextOnlyCopy(p.path))) {
      const $ = loadPage(path);
      const trail = $('nav.app-breadcrumbs li').toArray().map((li) => $(li).text().trim());
      if (trail.length === 0) continue;
      const list = blocks(path).data.find((b) => b['@type'] === 'BreadcrumbList');
      // why: the 404 page is served at any address, so it has none of its own to give search engines.
      if (isNotFoundPage(path)) {
        if (list) bad.push(`${path}: the 404 page has BreadcrumbList data`);
        continue;
      }
      const steps = (list?.itemListElement as Block[] | undefined) ?? [];
      if (JSON.stringify(steps.map((s) => s.name)) !== JSON.stringify(trail)) bad.push(`${path}: steps ${JSON.stringify(steps.map((s) => s.name))}, trail ${JSON.stringify(trail)}`);
      else if (!path.endsWith('.html') && steps.at(-1)?.item !== absolute(path)) bad.push(`${path}: last step is ${String(steps.at(-1)?.item)}`);
    }
    expect(bad, listed('Breadcrumb data that does not match the visible trail', bad)).toEqual([]);
  });
});

describe('JSON-LD by page type', () => {
  it('each news article has one NewsArticle whose headline is the page heading', () => {
    const articles = pages.filter((p) => isNewsArticle(p.path));
    expect(articles.length).toBeGreaterThan(0);
    for (const { path } of articles) {
      const found = blocks(path).data.filter((b) => b['@type'] === 'NewsArticle');
      expect(found, path).toHaveLength(1);
      expect(found[0]!.headline, path).toBe(loadPage(path)('h1').first().text().trim());
      expect(found[0]!.url, path).toBe(absolute(path));
    }
  });

  it('the FAQs page has a FAQPage with every question shown on it', () => {
    const $ = loadPage('/faqs/');
    const faq = blocks('/faqs/').data.find((b) => b['@type'] === 'FAQPage');
    // why: the "Embed this" boxes (details.app-embed-this) are not questions.
    const shown = $('main details:not(.app-embed-this) > summary').toArray().map((s) => $(s).text().trim());
    expect((faq?.mainEntity as Block[]).map((q) => q.name)).toEqual(shown);
  });

  it('event pages have an Event block unless the event is an example (never shown to search engines)', () => {
    const eventPages = pages.filter((p) => /^\/events\/(?!past\/)[^/]+\/$/.test(p.path));
    expect(eventPages.length).toBeGreaterThan(0);
    for (const { path } of eventPages) {
      const example = loadPage(path)('main .app-inset strong').first().text().startsWith('Example');
      expect(blocks(path).data.filter((b) => b['@type'] === 'Event'), path).toHaveLength(example ? 0 : 1);
    }
  });
});
