import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { fromJS } from 'immutable';
import { previewTemplates, registerPreviews } from '../../admin/previews';
import { publicationNotices } from '../../admin/previews/notices';
import { formatEventTimes, ukWallClock } from '../../src/lib/event-times';
import type { Cms, PreviewProps, PreviewTemplate } from '../../admin/previews/types';

// why: previews must look like the live pages, so they must use the same markup and classes.
// Nothing is imported from Astro: the .astro sources are read as text, and every class they
// use must appear in the preview (and every app- class of the preview in them), so a rename
// on either side fails here.

const source = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const classesOf = (html: string) => new Set([...html.matchAll(/class(?:Name)?="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)));

/** What Decap would pass: the entry as an Immutable Map, the body as a stand-in element, assets by path. */
function render(template: PreviewTemplate, data: Record<string, unknown>, extra: { slug?: string; fields?: unknown[] } = {}) {
  const props = {
    entry: fromJS({ slug: extra.slug ?? 'an-entry', data }),
    widgetFor: (name: string) => h('div', { className: 'fake-widget' }, `[${name} widget]`),
    getAsset: (path: string) => ({ url: `/fake-media/${path}` }),
    fields: fromJS(extra.fields ?? []),
  } as unknown as PreviewProps;
  return renderToStaticMarkup(template(props));
}

const hero = { src: '../media/news/chart.jpg', alt: 'A bar chart of offences falling.', decorative: false, caption: 'Offences fell by a third.' };
const news = { title: 'Early findings show a fall in offending', summary: 'Offending fell.', published: '2020-02-24', updated: '2020-03-02', hero, related: [{ title: 'Evidence', url: '/evidence/' }], reviewed: '2026-11-01', reviewDue: '2027-11-01', draft: false };
const story = { title: "James's story", summary: 'S', name: 'James', pseudonym: true, age: 41, published: '2021-06-01', hero, reviewed: '2026-11-01', reviewDue: '2027-11-01' };
const page = { title: 'What is Heroin Assisted Treatment', description: 'D', shortTitle: 'What is HAT', hero, reviewed: '2026-11-01', reviewDue: '2027-11-01' };
const faq = { question: 'Is it safe?', group: 'about-the-treatment', order: 1 };
const faqFields = [{ name: 'group', widget: 'select', options: [{ value: 'about-the-treatment', label: 'About the treatment' }] }];
const event = { title: 'Community information session', summary: 'A drop-in session.', start: '2027-02-10T18:00', end: '2027-02-10T19:30', venue: 'Example centre', address: 'Example Street, Stockton-on-Tees', postcode: 'TS18 1AA', area: 'stockton-on-tees', accessibility: 'Step-free access and a hearing loop.', bookingUrl: 'https://example.org/book', reviewed: '2026-11-01', reviewDue: '2027-02-10' };
const areaFields = [{ name: 'area', widget: 'select', options: [{ value: 'stockton-on-tees', label: 'Stockton-on-Tees' }] }];

/** The .astro files whose markup each preview mirrors; BaseLayout's skip link is page chrome the preview leaves out. */
const LIVE = {
  news: ['src/pages/news/[slug].astro', 'src/components/HeroImage.astro', 'src/components/Breadcrumbs.astro', 'src/components/ReviewDates.astro', 'src/layouts/BaseLayout.astro'],
  stories: ['src/pages/stories/[slug].astro', 'src/components/StoryByline.astro', 'src/components/StoryNameNote.astro', 'src/components/HeroImage.astro', 'src/components/Breadcrumbs.astro', 'src/components/ReviewDates.astro', 'src/layouts/BaseLayout.astro'],
  pages: ['src/pages/[page].astro', 'src/components/HeroImage.astro', 'src/components/Breadcrumbs.astro', 'src/components/ReviewDates.astro', 'src/layouts/BaseLayout.astro'],
  faqs: ['src/pages/faqs.astro', 'src/layouts/BaseLayout.astro'],
  events: ['src/pages/events/[slug].astro', 'src/components/EventWhen.astro', 'src/components/Breadcrumbs.astro', 'src/components/ReviewDates.astro', 'src/layouts/BaseLayout.astro'],
} as const;
const CHROME = new Set(['app-skip-link']);

const rendered = {
  news: render(previewTemplates.news!, news),
  stories: render(previewTemplates.stories!, story),
  pages: render(previewTemplates.pages!, page),
  faqs: render(previewTemplates.faqs!, faq, { slug: 'is-it-safe', fields: faqFields }),
  events: render(previewTemplates.events!, { ...event, example: true }, { fields: areaFields }),
};

describe('previews use the live pages’ markup', () => {
  for (const [name, files] of Object.entries(LIVE) as [keyof typeof LIVE, readonly string[]][]) {
    it(`${name}: every class of the live page is in the preview, and every app- class of the preview is on the live page`, () => {
      const live = new Set(files.flatMap((f) => [...classesOf(source(f))]).filter((c) => !CHROME.has(c)));
      const preview = classesOf(rendered[name]);
      expect([...live].filter((c) => !preview.has(c)), `classes of ${files.join(', ')} missing from the ${name} preview`).toEqual([]);
      const own = [...preview].filter((c) => c.startsWith('app-') && !c.startsWith('app-preview-'));
      expect(own.filter((c) => !live.has(c)), `classes of the ${name} preview not used by the live page`).toEqual([]);
    });
  }

  it('news: heading, UK dates, lead, hero with alt and caption, body, related links', () => {
    const html = rendered.news;
    expect(html).toContain('<h1>Early findings show a fall in offending</h1>');
    expect(html).toContain('Posted on <time dateTime="2020-02-24">24 February 2020</time><br/>Updated on <time dateTime="2020-03-02">2 March 2020</time>');
    expect(html).toContain('<img src="/fake-media/../media/news/chart.jpg" alt="A bar chart of offences falling."/><figcaption>Offences fell by a third.</figcaption>');
    expect(html).toContain('[body widget]');
    expect(html).toContain('<li aria-current="page">Early findings show a fall in offending</li>');
    expect(html).toContain('<dt>Last reviewed</dt><dd><time dateTime="2026-11-01">1 November 2026</time></dd>');
    // the related-links block is structured as on the live page
    expect(source(LIVE.news[0])).toContain('<aside aria-labelledby="related-heading">');
    expect(html).toContain('<aside aria-labelledby="related-heading"><h2 id="related-heading">Related links</h2><ul><li><a href="/evidence/">Evidence</a></li></ul></aside>');
  });

  it('stories: the changed name is marked as on the live page', () => {
    expect(rendered.stories).toContain('<p class="app-meta">James*, 41. Published on <time dateTime="2021-06-01">1 June 2021</time></p>');
    expect(rendered.stories).toContain('*James is not their real name.');
    expect(render(previewTemplates.stories!, { ...story, pseudonym: false })).not.toContain('James*');
  });

  it('pages: the short title is the breadcrumb, the title the heading', () => {
    expect(rendered.pages).toContain('<h1>What is Heroin Assisted Treatment</h1>');
    expect(rendered.pages).toContain('<li aria-current="page">What is HAT</li>');
  });

  it('faqs: one question under its group heading, opened, as faqs.astro writes it', () => {
    const live = source(LIVE.faqs[0]);
    for (const piece of ['<section aria-labelledby={`group-${group.id}`}>', '<h2 id={`group-${group.id}`}>', '<details id={faq.id}', '<summary', '<div id={`${faq.id}-answer`} class="app-faq-answer">']) expect(live).toContain(piece);
    expect(rendered.faqs).toContain(
      '<section aria-labelledby="group-about-the-treatment"><h2 id="group-about-the-treatment">About the treatment</h2><details id="is-it-safe" open=""><summary>Is it safe?</summary><div id="is-it-safe-answer" class="app-faq-answer"><div class="fake-widget">[body widget]</div></div></details></section>',
    );
  });

  it('events: name, UK date and time range, venue, address, postcode, area, access, booking and body, in styled classes', () => {
    const html = render(previewTemplates.events!, event, { fields: areaFields });
    expect(html).toContain('<h1>Community information session</h1>');
    expect(html).toContain('<time dateTime="2027-02-10T18:00">Wednesday 10 February 2027, 6pm</time> to <time dateTime="2027-02-10T19:30">7:30pm</time>');
    expect(html).toContain('<dd>Example centre<br/>Example Street, Stockton-on-Tees<br/>TS18 1AA</dd>');
    expect(html).toContain('<dt>Area</dt><dd>Stockton-on-Tees</dd>');
    expect(html).toContain('<dt>Accessibility</dt><dd>Step-free access and a hearing loop.</dd>');
    expect(html).toContain('<a href="https://example.org/book">Book a place for Community information session</a>');
    expect(html).toContain('[body widget]');
    expect(render(previewTemplates.events!, { ...event, bookingUrl: '' })).toContain('<dd>No booking needed.</dd>');
    expect(html).not.toContain('is an example');
    expect(rendered.events).toContain('<p class="app-inset"><strong>Example:</strong> this event is an example');
    // the example notice reads as on the live page
    expect(source(LIVE.events[0])).toContain('<strong>Example:</strong> this event is an example to show how events appear on this site. It is not a real event.');
  });
});

describe('previews warn what the public will not see', () => {
  const warning = 'Alt text is required';

  it('warns when the image has no alt text and is not decorative, and not otherwise', () => {
    expect(render(previewTemplates.news!, { ...news, hero: { ...hero, alt: '' } })).toContain(warning);
    expect(render(previewTemplates.pages!, { ...page, hero: { ...hero, alt: '  ' } })).toContain(warning);
    expect(rendered.news).not.toContain(warning);
    const decorative = render(previewTemplates.news!, { ...news, hero: { ...hero, alt: '', decorative: true } });
    expect(decorative).not.toContain(warning);
    expect(decorative).toContain('alt=""');
  });

  it('says a draft is not on the public site', () => {
    expect(render(previewTemplates.news!, { ...news, draft: true })).toContain('Draft — not on the public site');
    expect(render(previewTemplates.faqs!, { ...faq, draft: true })).toContain('Draft — not on the public site');
    expect(rendered.news).not.toContain('Draft');
  });

  it('says when an article dated in the future will appear', () => {
    const html = render(previewTemplates.news!, { ...news, published: '2999-01-31', updated: undefined });
    expect(html).toContain('<p class="app-preview-notice">Scheduled: appears on 31 January 2999</p>');
    expect(rendered.news).not.toContain('Scheduled');
  });

  it('counts "today" as a UK day: an article dated today is not scheduled', () => {
    // 23:30 UTC on 30 June is already 1 July in the UK (British Summer Time).
    const now = new Date('2026-06-30T23:30:00Z');
    expect(publicationNotices({ published: '2026-07-01' }, now)).toEqual([]);
    expect(publicationNotices({ published: '2026-07-02' }, now)).toEqual(['Scheduled: appears on 2 July 2026']);
  });

  it('shows a half-filled new entry without failing', () => {
    for (const template of Object.values(previewTemplates)) expect(() => render(template, {})).not.toThrow();
  });
});

describe('event times', () => {
  it('reads UK wall-clock times, and times with an offset in UK time', () => {
    expect(formatEventTimes(ukWallClock('2027-07-10T12:00'), ukWallClock('2027-07-11T00:00'))).toBe('Saturday 10 July 2027, midday to Sunday 11 July 2027, midnight');
    expect(formatEventTimes(ukWallClock('2027-07-10T17:05:00Z'), undefined)).toBe('Saturday 10 July 2027, 6:05pm');
    expect(ukWallClock('next Tuesday')).toBeUndefined();
  });
});

describe('registerPreviews', () => {
  it('registers the site stylesheet, the notices stylesheet and a template for each collection', () => {
    const styles: string[] = [];
    const templates: string[] = [];
    const cms = { registerPreviewStyle: (s: string) => styles.push(s), registerPreviewTemplate: (n: string) => templates.push(n) } as unknown as Cms;
    registerPreviews(cms);
    // why: vitest turns `?url` CSS imports into '' (CSS is off in unit tests); the built admin links the real files.
    expect(styles).toHaveLength(2);
    expect(templates.sort()).toEqual(['events', 'faqs', 'news', 'pages', 'stories']);
  });
});
