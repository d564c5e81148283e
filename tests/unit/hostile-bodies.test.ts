import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBody } from '../../src/lib/body-safety/check-body';
import { type BodyVerdict, bodyVerdicts } from '../helpers/body-verdicts';
import { hostileBodies } from '../helpers/hostile-bodies';

// why: the build's verdict on every hostile body, reached with the real MDX compiler (Sätteri) and
// the site's settings, in seconds. tests/integration/build-hostile-bodies.test.ts builds the same
// bodies for real: the accepted ones must render as text, the refused ones stop the build.
describe('the build judges hostile bodies by what the MDX compiler produced', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'hat-hostile-unit-'));
  const marker = join(scratch, 'marker');
  const content = join(scratch, 'content');
  const bodies = hostileBodies(marker);
  let verdicts: BodyVerdict[];
  const named = (name: string) => verdicts.find((v) => v.body.name === name)!;

  beforeAll(async () => {
    verdicts = await bodyVerdicts(bodies, content, marker);
  }, 120_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('has more than 200 bodies, each with its own name', () => {
    expect(bodies.length).toBeGreaterThan(200);
    expect(new Set(bodies.map((b) => b.name)).size).toBe(bodies.length);
  });

  it('refuses or lets through each body as expected, where that is certain', () => {
    const wrong = verdicts
      .filter((v) => v.body.expect !== undefined && (v.stage === 'accepted') !== (v.body.expect === 'text'))
      .map((v) => `${v.body.name}: ${v.stage} ${v.problems.map((p) => p.reason).join(' ')}`);
    expect(wrong).toEqual([]);
    expect(verdicts.filter((v) => v.stage !== 'accepted').length).toBeGreaterThan(150);
  });

  it('names the file, a line inside it, a reason and a fix for every refusal', () => {
    for (const v of verdicts.filter((v) => v.stage !== 'accepted')) {
      expect(v.problems.length, v.body.name).toBeGreaterThan(0);
      for (const p of v.problems) {
        expect(p.file, v.body.name).toBe(v.file);
        expect(p.line, v.body.name).toBeGreaterThanOrEqual(1);
        expect(p.line, v.body.name).toBeLessThanOrEqual(v.lines);
        expect(p.reason, v.body.name).toMatch(/^[A-Z<"].+\.$/s);
        expect(p.fix.length, v.body.name).toBeGreaterThan(10);
      }
    }
  });

  it('says which text must show for every body it lets through', () => {
    expect(verdicts.filter((v) => v.stage === 'accepted' && v.body.shows === undefined).map((v) => v.body.name)).toEqual([]);
  });

  it.each([
    ['export, tab, const', 'export'],
    ['export, two tabs, function', 'export'],
    ['import, tab, named', 'import'],
    ['export, carriage return, const', 'export'],
    ['export*from', 'export'],
    ['export*as', 'export'],
    ['export{}from', 'export'],
    ['import{}from', 'import'],
  ])('refuses "%s" at its line: it starts with %s', (name, keyword) => {
    const { problems } = named(name);
    expect(problems).toMatchObject([{ line: 8, reason: `This line starts with "${keyword}", which the site would run as code.` }]);
    expect(problems[0].fix).toMatch(/^Remove it, or put a word before it\./);
  });

  it('refuses too long and too deep bodies before compiling them, saying so', () => {
    expect(named('1 MB of text').problems[0].reason).toMatch(/^This text is 1,056,0\d\d characters long; the site builds bodies of up to 500,000\.$/);
    expect(named('10,000 nested quotes').problems[0].reason).toContain('nested too deeply (10000 levels');
    expect(named('10,000 nested components')).toMatchObject({ stage: 'limits', problems: [{ reason: 'This text is nested or repeated so deeply that the site cannot build it safely.' }] });
    expect(named('40 nested quotes').stage).toBe('accepted');
  });

  it('refuses a layout named in the frontmatter, at its line', () => {
    expect(named('frontmatter layout').problems).toMatchObject([{ line: 6, reason: 'The "layout" setting makes the site run the file it names (./evil.js) as code.' }]);
  });

  it('the build wins: it refuses bodies the early check (in the CMS) lets through', () => {
    const earlyAccepts = (v: BodyVerdict) => checkBody(readFileSync(join(content, '..', v.file), 'utf8'), { file: v.file, format: 'mdx' }).length === 0;
    const overruled = verdicts.filter((v) => v.stage !== 'accepted' && v.body.body.length < 50_000 && earlyAccepts(v)).map((v) => v.body.name);
    expect(overruled).toEqual(expect.arrayContaining(['frontmatter layout', 'frontmatter layout data module']));
  });

  it('runs nothing while judging', () => {
    expect(existsSync(marker)).toBe(false);
  });
});
