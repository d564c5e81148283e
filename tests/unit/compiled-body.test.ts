import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkCompiledBody } from '../../src/lib/body-safety/check-compiled-body';
import { contentBodyFiles, contentFileName, mediaExistsFrom } from '../../src/lib/body-safety/check-content-bodies';
import { findCompiledViolations } from '../../src/lib/body-safety/compiled-shape';
import { type CompileMdx, compilerFeatures, mdxCompiler, siteMarkdownProcessor } from '../../src/integrations/site-markdown';

const root = fileURLToPath(new URL('../..', import.meta.url));
const contentDir = `${root}content`;
const processor = siteMarkdownProcessor('/');
const features = compilerFeatures(processor);
const FRONTMATTER = '---\ntitle: A page\ndescription: x\n---\n\n';
const file = 'content/pages/x.mdx';
let compile: CompileMdx;
/** The site's MDX compiler's program for a page body. */
const compiled = (body: string) => compile(FRONTMATTER + body, `${contentDir}/pages/x.mdx`);

beforeAll(async () => {
  compile = await mdxCompiler({ markdown: { processor }, srcDir: pathToFileURL(`${root}src/`) });
});

// why: the allowlist was read from what Sätteri emits; these prove it passes everything real and
// everything Markdown the site uses, and nothing else.
describe('the compiled-program allowlist', () => {
  it('passes the program of every real content body', async () => {
    const found: string[] = [];
    for (const path of contentBodyFiles(contentDir).filter((p) => p.endsWith('.mdx'))) {
      const source = readFileSync(path, 'utf8');
      const name = contentFileName(path, contentDir);
      const problems = checkCompiledBody({ file: name, source, compiled: await compile(source, path), features, fileExists: mediaExistsFrom(path) });
      found.push(...problems.map((p) => `${name} line ${p.line}: ${p.reason}`));
    }
    expect(found).toEqual([]);
  });

  it('passes every kind of Markdown the site uses, and the four components', async () => {
    const body = [
      '## Heading with *emphasis*, **strong**, ~~struck~~ and `code`',
      '> A quote\n>\n> - with a list\n>   1. and a nested one',
      '- [x] done\n- [ ] to do',
      '| left | centre | right |\n| :-- | :-: | --: |\n| 1 | 2 | 3 |',
      'A [link](https://example.org "Title"), [a site link](/faqs/), [a reference][ref], www.example.org, a footnote[^1] and a line  \nbreak.',
      '![A remote picture](https://example.org/a.png) and ![one from the site](/favicon.svg)',
      '---',
      '```js\nconst x = { a: 1 } < 2;\n```',
      '<Callout title="Help" text="Call 999." />',
      '<KeyFigure value="99%" label="attendance" source="Teesside University" date="November 2020" />',
      '[ref]: https://example.org/ref\n[^1]: The note.',
    ].join('\n\n');
    expect(findCompiledViolations(await compiled(body))).toEqual([]);
  });

  it.each([
    ['an import', 'import fs from "node:fs";', 'import', 'node:fs'],
    ['a dynamic import', 'await import("node:fs");', 'code', 'await import("node:fs");'],
    ['an export', 'export const y = 1;', 'export', 'export const y = 1;'],
    ['an export from', 'export * from "node:fs";', 'export', 'export * from "node:fs";'],
    ['a statement', 'globalThis.x = 1;', 'code', 'globalThis.x = 1;'],
  ])('refuses %s added to the program, even where the body looks like text', async (_what, code, kind, detail) => {
    expect(findCompiledViolations(`${code}\n${await compiled('Plain text.')}`)).toEqual([{ kind, detail }]);
  });

  it('refuses a changed copy of the functions the compiler writes for every body', async () => {
    const program = (await compiled('Plain text.')).replace('return MDXLayout ?', 'globalThis.x = 1; return MDXLayout ?');
    expect(findCompiledViolations(program)).toMatchObject([{ kind: 'code', detail: expect.stringContaining('function MDXContent') }]);
  });

  it('refuses an element, setting or address it does not know, and an expression among the content', async () => {
    const program = await compiled('[a](https://example.org) text');
    expect(findCompiledViolations(program.replace('_jsx(_components.a,', '_jsx(_components.script,'))).toEqual([{ kind: 'element', detail: 'script' }]);
    expect(findCompiledViolations(program.replace('_jsx(_components.a,', '_jsx("script",'))).toEqual([{ kind: 'element', detail: 'script' }]);
    expect(findCompiledViolations(program.replace('href: "https://example.org"', 'onclick: "x()"'))).toEqual([{ kind: 'attribute', detail: 'onclick' }]);
    expect(findCompiledViolations(program.replace('href: "https://example.org"', 'href: "javascript:x()"'))).toEqual([{ kind: 'link', detail: 'javascript:x()' }]);
    expect(findCompiledViolations(program.replace('" text"', 'globalThis.x'))).toEqual([{ kind: 'code', detail: 'globalThis.x' }]);
    expect(findCompiledViolations(program.replace('href: "https://example.org"', '...globalThis.x'))).toEqual([{ kind: 'attribute', detail: '...globalThis.x' }]);
  });

  it('refuses a program nested deeper than the bundler may parse safely, without crashing', () => {
    const deep = `export const frontmatter = ${'['.repeat(5000)}${']'.repeat(5000)};`;
    expect(findCompiledViolations(deep)[0].kind).toBe('too-deep');
  });
});

// why: the build decides on the compiled program; the compiler's own tree only gives the line.
// These build the disagreement on purpose: the body reads as text, the program holds code.
describe('checkCompiledBody: the compiled program decides', () => {
  it('refuses a program holding an import that the body does not show, at the line that names it', async () => {
    const source = `${FRONTMATTER}Read [the data](https://example.org/data.js).\n`;
    const program = `import "https://example.org/data.js";\n${await compile(source, `${contentDir}/pages/x.mdx`)}`;
    expect(checkCompiledBody({ file, source, compiled: program, features })).toMatchObject([
      { file, line: 6, reason: 'Something here makes the site load "https://example.org/data.js" as code, which is not allowed in a page.' },
    ]);
  });

  it('falls back to the first line of the body when nothing in the file names what it found', async () => {
    const source = `${FRONTMATTER}\n\nPlain text.\n`;
    const program = `globalThis.x = 1;\n${await compile(source, `${contentDir}/pages/x.mdx`)}`;
    expect(checkCompiledBody({ file, source, compiled: program, features })).toMatchObject([
      { line: 8, reason: 'The site would run part of this body as code (globalThis.x = 1;), which is not allowed in a page.' },
    ]);
  });

  it('gives the line of each problem from the compiler’s own tree, once each', async () => {
    const source = `${FRONTMATTER}Fine.\n\nexport\tconst a = 1\n\nSum {1 + 1}.\n\n<Unknown />\n\n{/* hidden */}\n`;
    const problems = checkCompiledBody({ file, source, compiled: await compile(source, `${contentDir}/pages/x.mdx`), features });
    expect(problems.map((p) => `${p.line}: ${p.reason}`)).toEqual([
      '8: This line starts with "export", which the site would run as code.',
      '10: Text in curly braces {1 + 1} is read as code, which is not allowed in a page.',
      '12: <Unknown> is not allowed in a page.',
      '14: Text in curly braces {/* hidden */} is read as code, which is not allowed in a page.',
    ]);
  });
});
