/**
 * Every built page is valid HTML by the W3C Nu Html Checker (vnu-jar): content pages, text-only
 * copies, widgets, the 404 page and the CMS page alike. Errors fail the test, and so do warnings,
 * except the two kinds listed in IGNORED_WARNINGS with their reasons.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, listed } from '../helpers/built-pages';
import { checkHtml, type NuMessage } from '../helpers/nu-checker';

/** Warnings that say nothing about the page, each with the reason it is set aside. */
const IGNORED_WARNINGS: { pattern: RegExp; why: string }[] = [
  {
    pattern: /violates Content Security Policy \(meta tag\)/,
    why: "checked as files, the pages have no origin, so the checker cannot match 'self'; tests/site/csp tests check the policy against each page",
  },
  {
    pattern: /The “list” role is unnecessary for element “ul”/,
    why: 'role="list" is kept on lists styled without bullets: VoiceOver in Safari stops announcing them as lists otherwise',
  },
];

const describeMessage = (m: NuMessage) =>
  `${m.url?.replace(/^file:/, '')}${m.lastLine ? ` line ${m.lastLine}` : ''}: ${m.type}${m.subType ? ` (${m.subType})` : ''}: ${m.message}\n      …${m.extract ?? ''}…`;

describe('the W3C Nu Html Checker', () => {
  it('is working: it reports a page that is broken on purpose', () => {
    const broken = fileURLToPath(new URL('../fixtures/invalid-html/script-after-html.html', import.meta.url));
    const { messages } = checkHtml([broken]);
    expect(messages.some((m) => m.type === 'error' && /Stray start tag “script”/.test(m.message))).toBe(true);
  });
});

describe('every built page', () => {
  const pages = builtPages();
  let problems: NuMessage[] = [];

  beforeAll(() => {
    const { messages } = checkHtml(pages.map((p) => p.file));
    problems = messages.filter((m) => !(m.type === 'info' && m.subType === 'warning' && IGNORED_WARNINGS.some((w) => w.pattern.test(m.message))));
  }, 300_000);

  it('covers the whole build (content pages, text-only copies, widgets, the CMS)', () => {
    const paths = pages.map((p) => p.path);
    expect(paths.length).toBeGreaterThan(100);
    expect(paths).toEqual(expect.arrayContaining(['/', '/search/', '/admin/', '/text-only/', '/404.html']));
    expect(paths.some((p) => p.startsWith('/embed/'))).toBe(true);
  });

  it('is valid HTML, with no errors and no warnings but the ignored kinds', () => {
    expect(problems, listed('The Nu Html Checker found', problems.map(describeMessage))).toEqual([]);
  });
});
