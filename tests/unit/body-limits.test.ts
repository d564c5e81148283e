import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARACTERS, MAX_LINE_NESTING, checkBodyLimits, measureBody, needsTrialCompile } from '../../src/lib/body-safety/body-limits';
import { isImportedPicture, isSafeUrl, urlScheme } from '../../src/lib/body-safety/link-scheme';
import { crashingBodies } from '../../src/integrations/body-trial-compile';

describe('measureBody', () => {
  it.each([
    ['a plain line', 'Plain text.', 0],
    ['a quote', '> x', 1],
    ['quotes with spaces', '> > > x', 3],
    ['quotes without spaces', '>>> x', 3],
    ['a list in a quote', '> - x', 2],
    ['a list nested by indentation', '    - x', 3],
    ['an ordered list', '1. 2) x', 2],
    ['a tab of indentation', '\t- x', 3],
    ['a thematic break of stars', '* * *', 3],
    ['a number that is not a list', '2020 was a year', 0],
  ])('counts the levels at the start of %s', (_what, line, levels) => {
    expect(measureBody(`Intro.\n\n${line}\n`)).toMatchObject({ lineNesting: levels, deepestLine: levels > 0 ? 3 : 1 });
  });

  it('counts the marks that can nest, leaving out escaped ones, and sees code', () => {
    expect(measureBody('*a* _b_ ~c~ [d](e) <f \\* \\[').marks).toBe(8);
    expect(measureBody('No code, even \\{ escaped.').mayHoldCode).toBe(false);
    expect(measureBody('A {brace}.').mayHoldCode).toBe(true);
    expect(measureBody('Text\rexport\tconst x = 1').mayHoldCode).toBe(true);
    expect(measureBody('exports rose\nimported goods').mayHoldCode).toBe(false);
  });
});

describe('checkBodyLimits', () => {
  it('passes real-sized bodies', () => {
    expect(checkBodyLimits(`${'> '.repeat(MAX_LINE_NESTING)}x\n${'Words. '.repeat(10_000)}`)).toBeUndefined();
  });

  it('refuses a body too long, saying how long and what to do', () => {
    expect(checkBodyLimits('x'.repeat(MAX_BODY_CHARACTERS + 1))).toEqual({
      line: 1,
      column: 1,
      reason: 'This text is 500,001 characters long; the site builds bodies of up to 500,000.',
      fix: 'Split it into several entries, or link to it as a document.',
    });
  });

  it('refuses the line nested too deeply, naming it', () => {
    expect(checkBodyLimits(`Fine.\n\n${'> '.repeat(MAX_LINE_NESTING + 1)}x\n`)).toMatchObject({
      line: 3,
      reason: `This line is nested too deeply (${MAX_LINE_NESTING + 1} levels of quotes, lists or indentation; the site builds up to ${MAX_LINE_NESTING}).`,
    });
  });
});

describe('needsTrialCompile', () => {
  it('trusts plain text with few marks, and tries anything that may hold code or nest deeply', () => {
    expect(needsTrialCompile(measureBody('Plain **text** with a [link](/x/).'))).toBe(false);
    expect(needsTrialCompile(measureBody('{1}'))).toBe(true);
    expect(needsTrialCompile(measureBody('*a '.repeat(400)))).toBe(true);
  });
});

describe('crashingBodies', () => {
  it('finds the bodies that crash the compiler in a separate process, and goes on after each', () => {
    const crash = `{${'['.repeat(10_000)}${']'.repeat(10_000)}}\n`;
    const bodies = [{ body: 'Fine.', format: 'mdx' as const }, { body: crash, format: 'mdx' as const }, { body: '{broken', format: 'mdx' as const }, { body: crash, format: 'mdx' as const }, { body: 'Fine.', format: 'md' as const }];
    expect(crashingBodies(bodies, { gfm: true })).toEqual([1, 3]);
    expect(crashingBodies([], { gfm: true })).toEqual([]);
  });
});

describe('link schemes', () => {
  it.each([
    ['https://example.org', true],
    ['/faqs/', true],
    ['#top', true],
    ['mailto:a@example.org', true],
    ['javascript:alert(1)', false],
    [' Java\tScript:alert(1)', false],
    ['data:text/html,x', false],
    ['%6Aavascript:x', true],
  ])('%j is safe: %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });

  it('names the scheme as a browser reads it', () => {
    expect(urlScheme('\u0001JAVA\nSCRIPT:x')).toBe('javascript');
    expect(urlScheme('page.html')).toBeUndefined();
  });

  it('knows which picture addresses the compiler imports as files', () => {
    expect(['./a.png', 'a.png', '../media/x.jpg'].map(isImportedPicture)).toEqual([true, true, true]);
    expect(['https://example.org/a.png', '/favicon.svg', 'data:image/png;base64,x', ''].map(isImportedPicture)).toEqual([false, false, false, false]);
  });
});
