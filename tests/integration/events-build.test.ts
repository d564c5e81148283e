import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, type CheerioAPI } from 'cheerio';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { parseIcs } from '../helpers/parse-ics';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** An event file; times are UK wall-clock time, as the CMS writes them. */
const eventFile = (title: string, start: string, end: string, area: string, extra = '') => `---
title: "${title}"
summary: A fixture event for the events build test.
start: ${start}
end: ${end}
venue: Fixture hall
address: Fixture Street, Middlesbrough
postcode: TS1 2QQ
area: ${area}
accessibility: Step-free access.
reviewed: 2026-11-01
reviewDue: 2099-12-31
${extra}---
A fixture event.
`;

// why: dates far in the past and future, so the split does not depend on the day the test runs.
const OLD = Array.from({ length: 6 }, (_, i) => `2020-01-0${i + 1}-old-event-${i + 1}`);
const FUTURE_BST = '2099-07-01-summer-event';
const DRAFT = '2099-06-01-draft-event';

// why: one real build under a sub-path (BASE_PATH=/hat/) over the starter content plus fixtures
// proves what only a build can: drafts left out everywhere, the past list capped with a link to
// every past event, links and calendar addresses under the base path.
describe('events built for real under /hat/', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'hat-events-build-'));
  const content = join(scratch, 'content');
  let site: BuiltSite;
  const page = (path: string): CheerioAPI => load(readFileSync(join(site.dist, path, 'index.html'), 'utf8'));
  const ics = (path: string) => parseIcs(readFileSync(join(site.dist, path), 'utf8'));

  beforeAll(() => {
    cpSync(join(root, 'content'), content, { recursive: true });
    OLD.forEach((slug, i) => writeFileSync(join(content, 'events', `${slug}.mdx`), eventFile(`Old event ${i + 1}`, `2020-01-0${i + 1}T10:00`, `2020-01-0${i + 1}T11:00`, 'middlesbrough')));
    writeFileSync(join(content, 'events', `${FUTURE_BST}.mdx`), eventFile('Summer event', '2099-07-01T18:00', '2099-07-01T19:00', 'hartlepool', 'bookingUrl: https://example.org/book\n'));
    writeFileSync(join(content, 'events', `${DRAFT}.mdx`), eventFile('Draft event', '2099-06-01T18:00', '2099-06-01T19:00', 'hartlepool', 'draft: true\n'));
    site = buildSite(content, { BASE_PATH: '/hat/' });
    if (site.status !== 0) throw new Error(`The events build failed:\n${site.output.slice(-3000)}`);
  }, 240_000);

  afterAll(() => {
    site?.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('leaves a draft out of the lists, the pages and the calendar', () => {
    expect(existsSync(join(site.dist, 'events', DRAFT))).toBe(false);
    expect(existsSync(join(site.dist, 'events', `${DRAFT}.ics`))).toBe(false);
    expect(page('events').html()).not.toContain(DRAFT);
    expect(ics('events/calendar.ics').events.map((e) => e.uid)).not.toContain(`${DRAFT}@hat.example.org`);
  });

  it('lists the five latest past events and links every past event, under /hat/', () => {
    const $ = page('events');
    const pastLinks = $('section[aria-labelledby="past-heading"] li h3 a').toArray().map((a) => a.attribs.href);
    expect(pastLinks).toHaveLength(5);
    expect(pastLinks[0]).toBe('/hat/events/2026-10-14-example-talk-on-what-the-scheme-found/');
    expect(pastLinks.slice(1)).toEqual(['6', '5', '4', '3'].map((n) => `/hat/events/2020-01-0${n}-old-event-${n}/`));
    const all = $('section[aria-labelledby="past-heading"] a[href="/hat/events/past/"]');
    expect(all.text()).toBe('See all 7 past events');
    const everyPast = page('events/past').root().find('main [data-area-list] > li h2 a').toArray().map((a) => a.attribs.href);
    expect(everyPast).toHaveLength(7);
    expect(everyPast.at(-1)).toBe('/hat/events/2020-01-01-old-event-1/');
  });

  it('puts the far-future event last among the upcoming ones, and in the calendar', () => {
    const upcoming = page('events').root().find('section[aria-labelledby="upcoming-heading"] li h3 a').toArray().map((a) => a.attribs.href);
    expect(upcoming.at(-1)).toBe(`/hat/events/${FUTURE_BST}/`);
    const calendar = ics('events/calendar.ics').events;
    expect(calendar.at(-1)!.uid).toBe(`${FUTURE_BST}@hat.example.org`);
    expect(calendar.some((e) => e.uid.startsWith('2020-'))).toBe(false);
  });

  it('writes a summer event in UTC, an hour before UK time, with its page under /hat/', () => {
    const [entry] = ics(`events/${FUTURE_BST}.ics`).events;
    expect(entry!.dtstart).toBe('2099-07-01T17:00:00Z');
    expect(entry!.url).toBe(`https://hat.example.org/hat/events/${FUTURE_BST}/`);
  });

  it('links calendars and pages under the base path', () => {
    const $ = page('events');
    expect($('main a[href^="webcal:"]').attr('href')).toBe('webcal://hat.example.org/hat/events/calendar.ics');
    expect($('main a[download]').attr('href')).toBe('/hat/events/calendar.ics');
    const event = page(`events/${FUTURE_BST}`);
    const add = event('main a[download]').attr('href');
    expect(add).toBe(`/hat/events/${FUTURE_BST}.ics`);
    expect(existsSync(join(site.dist, add!.replace(/^\/hat\//, '')))).toBe(true);
    expect(event('nav[aria-label="Breadcrumb"] a').toArray().map((a) => a.attribs.href)).toEqual(['/hat/', '/hat/events/']);
    expect(event('main .app-event a').attr('href')).toBe('https://example.org/book');
  });
});

describe('a build with a bad event', () => {
  it('fails naming the file, the field and the fix', { timeout: 180_000 }, () => {
    const scratch = mkdtempSync(join(tmpdir(), 'hat-bad-event-'));
    try {
      cpSync(join(root, 'tests/fixtures/bad-build/settings'), join(scratch, 'settings'), { recursive: true });
      mkdirSync(join(scratch, 'events'));
      writeFileSync(join(scratch, 'events', '2027-02-10-ends-before-it-starts.mdx'), eventFile('Backwards event', '2027-02-10T18:00', '2027-02-10T17:00', 'middlesbrough'));
      const result = buildSite(scratch);
      result.remove();
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('events → 2027-02-10-ends-before-it-starts data does not match collection schema');
      expect(result.output).toContain('events/2027-02-10-ends-before-it-starts.mdx');
      expect(result.output).toContain('end: The end (Wednesday 10 February 2027, 5pm) is not after the start (Wednesday 10 February 2027, 6pm). Set end to a later date and time.');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
