import { afterEach, describe, expect, it } from 'vitest';
import { eventSchema } from '../../src/schema';
import { testContext } from './schema-context';

const schema = eventSchema(testContext);

/** A valid event as the CMS writes it: times are UK wall-clock time without an offset. */
const event = {
  title: 'Example: community information session',
  summary: 'A drop-in session.',
  start: '2027-02-10T18:00',
  end: '2027-02-10T19:30',
  venue: 'Example community centre',
  address: 'Example Street, Stockton-on-Tees',
  postcode: 'TS18 1AA',
  area: 'stockton-on-tees',
  accessibility: 'Step-free access.',
  reviewed: '2026-11-01',
  reviewDue: '2027-02-10',
};

const parsed = (changes: Record<string, unknown>) => schema.parse({ ...event, ...changes });
/** The build's messages for an event, as "field: message" lines. */
function problems(changes: Record<string, unknown>): string[] {
  const result = schema.safeParse({ ...event, ...changes });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('event start and end are read as UK time', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  // why: `new Date('2027-03-28T18:00')` reads the build machine's zone: on a UTC CI server a BST
  // event would be an hour late, on a machine in New Zealand half a day early.
  it.each(['UTC', 'Europe/London', 'America/New_York', 'Pacific/Auckland'])('on a computer set to %s', (zone) => {
    process.env.TZ = zone;
    // the day before and the day British Summer Time starts (28 March 2027, 01:00 UTC)
    expect(parsed({ start: '2027-03-27T18:00', end: '2027-03-27T19:00' }).start.toISOString()).toBe('2027-03-27T18:00:00.000Z');
    expect(parsed({ start: '2027-03-28T18:00', end: '2027-03-28T19:00' }).start.toISOString()).toBe('2027-03-28T17:00:00.000Z');
    // the day before and the day it ends (31 October 2027, 01:00 UTC)
    expect(parsed({ start: '2027-10-30T18:00', end: '2027-10-30T19:00' }).end.toISOString()).toBe('2027-10-30T18:00:00.000Z');
    expect(parsed({ start: '2027-10-31T18:00', end: '2027-10-31T19:00' }).end.toISOString()).toBe('2027-10-31T19:00:00.000Z');
  });

  it('keeps a time with an explicit offset as given', () => {
    const { start, end } = parsed({ start: '2027-07-10T17:05Z', end: '2027-07-10T19:00:00+01:00' });
    expect(start.toISOString()).toBe('2027-07-10T17:05:00.000Z');
    expect(end.toISOString()).toBe('2027-07-10T18:00:00.000Z');
  });

  it('keeps a date YAML has already read (a time with seconds and an offset)', () => {
    expect(parsed({ start: new Date('2027-07-10T17:00:00Z'), end: new Date('2027-07-10T18:00:00Z') }).start.toISOString()).toBe('2027-07-10T17:00:00.000Z');
  });
});

describe('bad event details get a message naming the field and the fix', () => {
  it('a start that is not a date and time shows the format and what was found', () => {
    expect(problems({ start: '10/02/2027 6pm' })).toEqual([
      'start: The start (start) must be a real date and time written as YYYY-MM-DDTHH:MM in UK time, for example 2027-03-28T18:30 for 6:30pm on 28 March 2027 (found "10/02/2027 6pm").',
    ]);
  });

  it('a date and time that is not on the calendar or the clock is refused, not moved to another day', () => {
    expect(problems({ end: '2027-02-30T19:30' })).toEqual(['end: end is 2027-02-30T19:30, which is not a real date: February 2027 has 28 days. Correct the date.']);
    expect(problems({ start: '2027-02-10T24:00' })).toEqual(['start: start is 2027-02-10T24:00, which is not a real date: 24:00 is not a time of day (the clock runs from 00:00 to 23:59). Correct the date.']);
    expect(problems({ start: '2027-02-10T18:00+00:00', end: '2027-02-29T19:30+00:00' })[0]).toMatch(/^end: end is 2027-02-29T19:30\+00:00, which is not a real date: February 2027 has 28 days/);
  });

  it('an end before the start names both times in UK words', () => {
    expect(problems({ end: '2027-02-10T17:00' })).toEqual([
      'end: The end (Wednesday 10 February 2027, 5pm) is not after the start (Wednesday 10 February 2027, 6pm). Set end to a later date and time.',
    ]);
    expect(problems({ end: '2027-02-10T18:00' })[0]).toMatch(/^end: The end .* is not after the start/);
  });

  it('an unknown area lists the areas that exist', () => {
    const [message] = problems({ area: 'darlington' });
    expect(message).toBe(
      'area: The area "darlington" is not one of the areas in the site settings (middlesbrough, redcar-and-cleveland, stockton-on-tees, hartlepool). Use one of those, or add it to content/settings/site.yaml first.',
    );
  });

  it('a postcode that is not a full UK postcode says how to write one', () => {
    expect(problems({ postcode: 'TS18' })).toEqual(['postcode: The postcode "TS18" is not a full UK postcode. Write it as on a letter, for example TS1 2QQ.']);
    expect(problems({ postcode: 'ts18 1aa' })).toEqual([]);
  });

  it('a booking link must be a full https:// address; leaving it out means no booking', () => {
    expect(problems({ bookingUrl: 'www.example.org/book' })).toEqual(['bookingUrl: The booking link must be a full https:// address.']);
    expect(parsed({}).bookingUrl).toBeUndefined();
  });

  it('an event is not an example unless marked, and not a draft unless ticked', () => {
    expect(parsed({})).toMatchObject({ example: false, draft: false });
  });
});
