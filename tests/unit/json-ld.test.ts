/**
 * The JSON-LD builders (src/lib/json-ld) and the <JsonLd> component: each type carries the
 * properties search engines require, and hostile text (a title with "</script>") stays data.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import JsonLd from '../../src/components/JsonLd.astro';
import { breadcrumbLd } from '../../src/lib/json-ld/breadcrumbs';
import { eventLd } from '../../src/lib/json-ld/event';
import { faqPageLd } from '../../src/lib/json-ld/faq-page';
import { newsArticleLd } from '../../src/lib/json-ld/news-article';
import { organizationLd, organizationRef } from '../../src/lib/json-ld/organization';
import { serialiseJsonLd } from '../../src/lib/json-ld/serialise';

const HOSTILE = `</script><script>alert("x")</script> & <!-- 'quotes' \u2028 🎉`;
const org = { name: 'Office & Co', url: 'https://pcc.example/', siteUrl: 'https://example.gov.uk/hat/' };

describe('serialiseJsonLd', () => {
  const data = { '@context': 'https://schema.org', '@type': 'Thing', name: HOSTILE } as const;
  const text = serialiseJsonLd(data);

  it('writes no <, > or & characters, so the text cannot end the script element or open a comment', () => {
    expect(text).not.toMatch(/[<>&\u2028]/);
  });

  it('is still JSON that means exactly the same', () => {
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('<JsonLd>', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(JsonLd, { props: { data: { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HOSTILE } } });
  const $ = load(html);

  it('renders one data block whose text parses back to the hostile headline', () => {
    expect($('script')).toHaveLength(1);
    expect($('script').attr('type')).toBe('application/ld+json');
    expect(JSON.parse($('script').html() ?? '').headline).toBe(HOSTILE);
  });

  it('lets no script element out of the headline', () => {
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});

describe('builders', () => {
  it('NewsArticle: headline, dates, image, author and publisher; dateModified falls back to datePublished', () => {
    const facts = { url: 'https://example.gov.uk/hat/news/a/', headline: HOSTILE, description: 'd', published: new Date('2022-12-06'), imageUrl: 'https://example.gov.uk/hat/_astro/a.jpg', publisher: organizationRef(org) };
    expect(newsArticleLd(facts)).toMatchObject({ '@type': 'NewsArticle', headline: HOSTILE, datePublished: '2022-12-06', dateModified: '2022-12-06', image: [facts.imageUrl], author: { name: 'Office & Co' }, publisher: { '@id': 'https://example.gov.uk/hat/#organization' } });
    expect(newsArticleLd({ ...facts, updated: new Date('2023-01-02') }).dateModified).toBe('2023-01-02');
  });

  it('Event: UK times with their offset (GMT and BST), a Place with a postal address, status and attendance mode', () => {
    const ld = eventLd({ url: 'u', name: 'Talk', description: 'd', start: new Date('2027-03-28T17:00:00Z'), end: new Date('2027-03-28T18:30:00Z'), venue: 'Town Hall', address: '1 Street', postcode: 'TS1 2QQ', organizer: organizationRef(org) });
    expect(ld).toMatchObject({
      startDate: '2027-03-28T18:00+01:00',
      endDate: '2027-03-28T19:30+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Town Hall', address: { postalCode: 'TS1 2QQ', addressCountry: 'GB' } },
    });
    expect(ld).not.toHaveProperty('offers');
    const winter = eventLd({ url: 'u', name: 'T', description: 'd', start: new Date('2027-02-10T18:00:00Z'), end: new Date('2027-02-10T19:00:00Z'), venue: 'v', address: 'a', postcode: 'TS1 2QQ', bookingUrl: 'https://book.example/', organizer: organizationRef(org) });
    expect(winter.startDate).toBe('2027-02-10T18:00+00:00');
    expect(winter).toMatchObject({ offers: { '@type': 'Offer', url: 'https://book.example/' } });
  });

  it('FAQPage: every question with its answer text, in order', () => {
    const ld = faqPageLd('https://x/faqs/', [{ question: 'Is it legal?', answer: 'Yes.' }, { question: HOSTILE, answer: 'No.' }]);
    expect(ld.mainEntity.map((q) => [q['@type'], q.name, q.acceptedAnswer.text])).toEqual([['Question', 'Is it legal?', 'Yes.'], ['Question', HOSTILE, 'No.']]);
  });

  it('BreadcrumbList: positions from 1 with each step\'s address', () => {
    const ld = breadcrumbLd([{ name: 'Home', url: 'https://x/' }, { name: 'News', url: 'https://x/news/' }]);
    expect(ld.itemListElement).toEqual([{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x/' }, { '@type': 'ListItem', position: 2, name: 'News', item: 'https://x/news/' }]);
  });

  it('Organization: name, website, contact point and address from the settings', () => {
    const ld = organizationLd({ ...org, contact: { email: 'hat@example.org', phone: '01632 960 123', address: ['Team', 'Middlesbrough'] } });
    expect(ld).toMatchObject({ '@id': 'https://example.gov.uk/hat/#organization', name: 'Office & Co', url: org.url, contactPoint: { email: 'hat@example.org', telephone: '01632 960 123' }, address: { streetAddress: 'Team, Middlesbrough' } });
  });
});
