/**
 * Related links and menu links go to a page on this site or to a full https:// address; the tricks
 * that make a path leave the site are refused with a plain message. The browser's own URL parser
 * (WHATWG URL, as in Node) is the judge of where an address really goes.
 */
import { describe, expect, it } from 'vitest';
import { newsSchema, settingsSchema } from '../../src/schema';
import { isHttpsAddress, isOnSitePath } from '../../src/lib/link-rules';
import { testContext } from './schema-context';
import { readFrontmatter } from './frontmatter';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const SITE = 'https://hat.example.org/';
const article = readFrontmatter(fileURLToPath(new URL('../../content/news/2022-12-06-clinic-closes-after-three-years.mdx', import.meta.url)));

const ON_SITE = ['/', '/evidence/', '/news/2020-02-24-early-findings/', '/documents/?type=pdf#top', '/search/?q=%2F%2Fother'];
const HTTPS = ['https://www.tees.ac.uk/sections/research/news_story.cfm?story_id=7515', 'https://example.org'];
const TRICKS = [
  '//other.host',
  '//other.host/evidence/',
  '/\\other.host',
  '\\\\other.host',
  '/\t/other.host',
  '/\n/other.host',
  '/\r/other.host',
  ' //other.host',
  '/ evidence/',
  'http://other.host/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https:other.host',
  'https:/other.host',
  'https:\\\\other.host',
  'https://\\other.host',
  'https://',
  'HTTPS://other.host',
  'evidence/',
  '',
];

/** Where a link really goes from a page of the site, by the WHATWG URL parser browsers use. */
const goesTo = (address: string) => new URL(address, `${SITE}news/x/`);

describe('what the browser does with the tricks', () => {
  it('sends several of them to another site, which is why they are refused', () => {
    for (const trick of ['//other.host', '/\\other.host', '/\t/other.host', '/\n/other.host', ' //other.host']) {
      expect(goesTo(trick).host, JSON.stringify(trick)).toBe('other.host');
    }
  });
});

describe('a related link', () => {
  const related = (url: string) => newsSchema(testContext).safeParse({ ...article, related: [{ title: 'Read more', url }] });

  it('may be a page on this site, and then stays on this site', () => {
    for (const url of ON_SITE) {
      expect(related(url).success, url).toBe(true);
      expect(goesTo(url).origin, url).toBe(new URL(SITE).origin);
    }
  });

  it('may be a full https:// address', () => {
    for (const url of HTTPS) {
      expect(related(url).success, url).toBe(true);
      expect(goesTo(url).protocol).toBe('https:');
    }
  });

  it.each(TRICKS)('refuses %j with a plain message naming the field', (url) => {
    const result = related(url);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^related\.0\.url: The link address \(url\) /);
  });

  it('every address the rules accept stays on this site or is https', () => {
    for (const url of [...ON_SITE, ...HTTPS, ...TRICKS]) {
      if (!isOnSitePath(url) && !isHttpsAddress(url)) continue;
      const target = goesTo(url);
      expect(target.origin === new URL(SITE).origin || target.protocol === 'https:', url).toBe(true);
    }
  });
});

describe('a menu link in the site settings', () => {
  const settings = parse(readFileSync(fileURLToPath(new URL('../../content/settings/site.yaml', import.meta.url)), 'utf8'));
  const menu = (href: string) => settingsSchema().safeParse({ ...settings, navigation: [{ label: 'News', href }] });

  it('is a path on this site', () => {
    expect(menu('/news/').success).toBe(true);
    expect(menu('/').success).toBe(true);
    for (const href of ['//other-host/', '//news', '/news//x', 'https://other.host/']) {
      expect(menu(href).success, href).toBe(false);
    }
  });
});
