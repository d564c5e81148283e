import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { type BodyVerdict, bodyVerdicts, writeHostilePages } from '../helpers/body-verdicts';
import { endLine, hostileBodies } from '../helpers/hostile-bodies';

const root = fileURLToPath(new URL('../..', import.meta.url));
const HEADING = 'Some content contains something that is not allowed in a page body:';
// Elements and addresses a body must never put on a page.
const ACTIVE = 'script, style, iframe, frame, object, embed, form, base, meta, link, svg, math, template';
const CODE_ADDRESS = /^\s*(javascript|vbscript|data|file):/i;

// why: the real `astro build` over a copy of the content: once with every hostile body the build
// lets through (each must show as text, with no script or handler, to its last line), then once
// each with the bodies it refuses on what the MDX compiler produced (they compile, so without the
// check their payloads would run), those the compiler cannot compile, and those refused before
// compiling (each named with its line). Every payload tries to write a marker file; none may.
describe('real builds of more than 200 hostile bodies', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'hat-hostile-build-'));
  const marker = join(scratch, 'marker');
  const bodies = hostileBodies(marker);
  let verdicts: BodyVerdict[] = [];
  const builds: BuiltSite[] = [];

  /** Builds the real content plus the given hostile bodies as pages. */
  const buildWith = (name: string, chosen: BodyVerdict[]) => {
    const content = join(scratch, name, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    writeHostilePages(chosen, content, marker);
    const built = buildSite(content);
    builds.push(built);
    return built;
  };

  beforeAll(async () => {
    verdicts = await bodyVerdicts(bodies, join(scratch, 'judged', 'content'), marker);
  }, 120_000);
  afterAll(() => {
    for (const built of builds) built.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  describe('the bodies it lets through, built together', () => {
    let built: BuiltSite;
    let accepted: BodyVerdict[];
    const pageOf = (v: BodyVerdict) => load(readFileSync(join(built.dist, `hostile-${v.index}`, 'index.html'), 'utf8'));

    beforeAll(() => {
      accepted = verdicts.filter((v) => v.stage === 'accepted');
      built = buildWith('accepted', accepted);
    }, 240_000);

    it('builds', () => {
      expect(accepted.length).toBeGreaterThan(50);
      expect(built.status, built.output).toBe(0);
    });

    it('shows each body as text, to its last line', () => {
      for (const v of accepted) {
        const text = pageOf(v)('main').text();
        expect(text, v.body.name).toContain(endLine(v.index));
        expect(text, v.body.name).toContain(v.body.shows);
      }
    });

    it('puts no script, style, frame, handler or code address on any of their pages', () => {
      // why: the page around a body has scripts of its own (share links); those on a page with a
      // plain sentence for a body are the only ones allowed.
      const plain = pageOf(accepted.find((v) => v.body.name === 'exports, a word')!);
      const own = new Set(plain('main').find(ACTIVE).map((_, e) => plain.html(e)).get());
      for (const v of accepted) {
        const $ = pageOf(v);
        const main = $('main');
        expect(main.find(ACTIVE).map((_, e) => $.html(e)).get().filter((html) => !own.has(html)), v.body.name).toEqual([]);
        main.find('*').each((_, element) => {
          for (const [attribute, value] of Object.entries(element.attribs)) {
            expect(attribute.startsWith('on'), `${v.body.name}: ${attribute}`).toBe(false);
            if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute)) expect(value, v.body.name).not.toMatch(CODE_ADDRESS);
          }
        });
      }
    });

    it('runs none of their code', () => {
      expect(existsSync(marker)).toBe(false);
    });
  });

  describe('the bodies refused on what the MDX compiler produced (they compile), built together', () => {
    let built: BuiltSite;
    let refused: BodyVerdict[];

    beforeAll(() => {
      refused = verdicts.filter((v) => v.stage === 'compiled');
      built = buildWith('compiled', refused);
    }, 240_000);

    it('fails without writing a page', () => {
      expect(refused.length).toBeGreaterThan(50);
      expect(built.status).not.toBe(0);
      expect(existsSync(join(built.dist, 'index.html'))).toBe(false);
      expect(built.output).toContain(HEADING);
    });

    it('names every refused file, its line and the reason, at once', () => {
      const missing = refused.flatMap((v) => v.problems.map((p) => `${p.file} line ${p.line}: ${p.reason}`)).filter((line) => !built.output.includes(line));
      expect(missing).toEqual([]);
    });

    it('refuses the tab and export* forms, which used to run', () => {
      const line = (name: string) => `${verdicts.find((v) => v.body.name === name)!.file} line 8: This line starts with "export", which the site would run as code. Remove it, or put a word before it.`;
      expect(built.output).toContain(line('export, tab, const'));
      expect(built.output).toContain(line('export*from'));
    });

    it('runs none of their code', () => {
      expect(existsSync(marker)).toBe(false);
    });
  });

  // why: these fail the build on the compiler's own error or before compiling; their payloads
  // could never run, but the messages must still name each file, line and reason.
  describe.each([
    ['the compiler cannot compile', 'uncompiled'],
    ['are too long or too deep to compile', 'limits'],
  ] as const)('the bodies %s, built together', (_title, stage) => {
    let built: BuiltSite;
    let refused: BodyVerdict[];

    beforeAll(() => {
      refused = verdicts.filter((v) => v.stage === stage);
      built = buildWith(stage, refused);
    }, 240_000);

    it('fail the build cleanly, naming every file, line and reason', () => {
      expect(refused.length).toBeGreaterThan(8);
      expect(built.status).not.toBe(0);
      expect(built.output).toContain(HEADING);
      expect(built.output).not.toMatch(/segmentation fault|SIGSEGV|core dumped/i);
      const missing = refused.flatMap((v) => v.problems.map((p) => `${p.file} line ${p.line}: ${p.reason}`)).filter((line) => !built.output.includes(line));
      expect(missing).toEqual([]);
    });

    it('run none of their code', () => {
      expect(existsSync(marker)).toBe(false);
    });
  });
});
