import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BodyProblem, checkBody, describeBodyProblems } from '../../src/lib/body-safety/check-body';
import { contentBodyFiles, contentFileName, mediaExistsFrom } from '../../src/lib/body-safety/check-content-bodies';
import { escapeText } from '../../src/lib/body-safety/escape-editor-text';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
// why: four lines of frontmatter, so body line n is file line n + 4; the checker must count them.
const FRONTMATTER = '---\ntitle: A <b> {title}\nsummary: x\n---\n';
const file = 'content/news/2020-02-24-x.mdx';
const mdx = (body: string, fileExists?: (path: string) => boolean) => checkBody(FRONTMATTER + body, { file, format: 'mdx', fileExists });
const md = (body: string) => checkBody(FRONTMATTER + body, { file: 'content/faqs/x.md', format: 'md' });
const check = (body: string) => checkBody(body, { file, format: 'mdx' });
const where = (problems: BodyProblem[]) => problems.map((p) => `${p.line}:${p.column}`);

// The media files that exist, as an entry in content/news/ would write their paths.
const MEDIA = new Set(['../media/news/chart.jpg', '../media/news/clip.mp4', '../media/news/clip.vtt']);
const mediaExists = (path: string) => MEDIA.has(path);

describe('checkBody refuses code in .mdx bodies', () => {
  it('refuses import and export lines, at their line', () => {
    const problems = mdx('Hello\n\nimport Thing from "../x.js"\n\nexport const a = 1\n');
    expect(where(problems)).toEqual(['7:1', '9:1']);
    expect(problems[0].reason).toBe('This line starts with "import", which the site would run as code.');
    expect(problems[1].reason).toBe('This line starts with "export", which the site would run as code.');
    expect(problems[0].fix).toMatch(/^Remove it, or put a word before it\./);
  });

  // why: micromark (this check's parser) reads these as text, the build's MDX compiler as code;
  // the early check now refuses any line starting with the word and no letter after it.
  it.each([
    ['a tab', 'export\tconst x = 1'],
    ['a star', 'export*from"data:text/javascript,x"'],
    ['a brace', 'export{x}from"y"'],
    ['a carriage return', 'Text\r\rexport\rconst x = 1'],
    ['a brace after import', 'import{x}from"y"'],
  ])('refuses an import or export line followed by %s', (_what, line) => {
    const problems = mdx(`${line}\n\nText.\n`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].reason).toMatch(/^This line starts with "(import|export)", which the site would run as code\.$/);
  });

  it('leaves import and export lines in code blocks, and words such as "exports", alone', () => {
    expect(mdx('```js\nexport const x = 1\n```\n\nexports rose\n\nimported goods\n')).toEqual([]);
  });

  it('refuses {expressions} in text and on their own line, saying how to show a brace', () => {
    const problems = mdx('Sum: {1+1} done\n\n{process.exit(1)}\n');
    expect(where(problems)).toEqual(['5:6', '7:1']);
    expect(problems[0].reason).toBe('Text in curly braces {1+1} is read as code, which is not allowed in a news article.');
    expect(problems[1].fix).toContain('write \\{ or \\}');
  });

  it('quotes at most 40 characters of long code, on one line', () => {
    const [problem] = mdx('{\n  [1, 2, 3].map((n) => n * 2).filter((n) => n > 2).join(", ")\n}\n');
    expect(problem.reason).toBe('Text in curly braces {[1, 2, 3].map((n) => n * 2).filter((n) …} is read as code, which is not allowed in a news article.');
  });

  it.each(['script', 'style', 'iframe', 'div', 'Unknown'])('refuses <%s>, naming the tag', (tag) => {
    const problems = mdx(`Text\n\n<${tag}>x</${tag}>\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, line: 7, column: 1, reason: `<${tag}> is not allowed in a news article.` });
    expect(problems[0].fix).toContain('The only components are Callout, Figure, KeyFigure, Video');
    expect(problems[0].fix).toContain('write \\<');
  });

  it('refuses a javascript: link', () => {
    const problems = mdx('[Click](javascript:alert(1))\n');
    expect(problems).toMatchObject([{ line: 5, column: 1, reason: 'A link to "javascript:" can run code, which is not allowed in a news article.' }]);
  });
});

describe('checkBody checks the allowed components', () => {
  it('passes each component written as the CMS writes it', () => {
    const body = [
      '<Callout title="Get help" text="Call 999 & ask {for} <help>." />',
      '<Figure src="../media/news/chart.jpg" alt="A chart" caption="Offences fell" />',
      '<KeyFigure value="99%" label="attendance" source="Teesside University" date="November 2020" />',
      '<Video title="A day" src="../media/news/clip.mp4" captions="../media/news/clip.vtt" />',
    ].join('\n\n');
    expect(mdx(body, mediaExists)).toEqual([]);
  });

  it('refuses content inside a component, or a component without />', () => {
    const problems = mdx('<Callout text="x">\nhi\n</Callout>\n\n<Callout text="y"></Callout>\n');
    expect(where(problems)).toEqual(['5:1', '9:1']);
    expect(problems[0].reason).toBe('<Callout> must be a single tag ending in /> with nothing inside it.');
    expect(problems[0].fix).toContain('<Callout title="..." text="..." />');
  });

  it('refuses code, empty and unknown settings in a component tag', () => {
    const problems = mdx('<Callout {...props} text={danger} title colour="red" />\n');
    expect(problems.map((p) => [p.column, p.reason])).toEqual([
      [10, '<Callout> contains code in curly braces ({...props}), which is not allowed.'],
      [21, 'The "text" setting of <Callout> is code in curly braces, which is not allowed.'],
      [35, 'The "title" setting of <Callout> has no value.'],
      [41, '<Callout> has no setting called "colour".'],
      [1, '<Callout>: The callout text (text) is missing. Add the callout text (text) to the <Callout> tag.'],
    ]);
  });

  it('refuses a required setting left empty, with the schema message', () => {
    const problems = mdx('<Callout text="  " />\n');
    expect(problems).toMatchObject([{ line: 5, column: 10, reason: '<Callout>: The callout text (text) is missing. It cannot be left empty.' }]);
  });

  it('refuses a media path in the wrong form, and one pointing at nothing', () => {
    const problems = mdx('<Figure src="chart.jpg" alt="a" />\n\n<Video title="t" src="../media/news/gone.mp4" captions="../media/news/clip.vtt" />\n', mediaExists);
    expect(where(problems)).toEqual(['5:9', '7:18']);
    expect(problems[0].reason).toContain('<Figure>: The image (src) must be a file in content/media/ written relative to the entry');
    expect(problems[1].reason).toBe('<Video>: the file ../media/news/gone.mp4 does not exist.');
    expect(problems[1].fix).toBe('Upload it in the CMS, or correct the path.');
  });

  it('refuses a component in the middle of a sentence', () => {
    const problems = mdx('See <KeyFigure value="1" label="l" source="s" date="d" /> here.\n');
    expect(problems).toMatchObject([{ line: 5, column: 5, reason: '<KeyFigure> must be on a line of its own.' }]);
  });
});

describe('checkBody reports text that cannot be read', () => {
  it.each([
    ['a <3 b', 5, 4, 'A < sign here is read as the start of a tag', 'write \\<'],
    ['Fine\n\nThen <notatag> here', 7, 6, '<notatag> is not allowed in a news article.', 'write \\<'],
    ['a {b c', 5, 7, 'A curly brace here is read as the start of code', 'write \\{'],
    ['<Callout text="x">', 5, 1, '<Callout> must be a single tag ending in />.', 'Write it as <Callout ... />'],
  ])('%j', (body, line, column, reason, fix) => {
    const problems = mdx(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, line, column });
    expect(problems[0].reason).toContain(reason);
    expect(problems[0].fix).toContain(fix);
  });
});

describe('checkBody lets editors write any text', () => {
  const AWKWARD = ['a < b', 'c > d', '{curly}', '[square]', '`tick`', '&', '&amp;', '<notatag>', '😀 👍🏽', 'مرحبا', '你好', 'नमस्ते', 'ŵ ŷ'];

  it.each(AWKWARD)('passes %s escaped as the CMS writes it', (text) => {
    expect(mdx(`Before ${escapeText(text.replace(/[[\]`]/g, '\\$&'))} after.\n`)).toEqual([]);
  });

  it('passes footnotes, links, lists, tables and code', () => {
    const body = [
      'Offending fell[^1] (see [the report](https://example.org/report?a=1&b=2) and [contact](/contact/)).',
      '* one\n* two',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      'Code: `a {b} <c>`',
      '```js\nconst x = {a: 1} < 2;\n```',
      '[^1]: Teesside University, November 2020.',
    ].join('\n\n');
    expect(mdx(body)).toEqual([]);
  });

  it('does not read the frontmatter as body text', () => {
    expect(checkBody('---\ntitle: "<script> {x}"\n---\nHello\n', { file, format: 'mdx' })).toEqual([]);
  });
});

describe('checkBody on .md bodies (FAQ answers)', () => {
  it('refuses raw HTML, naming the tag', () => {
    const problems = md('Yes.\n\n<script>alert(1)</script>\n\nIt is <b>safe</b>.\n\n<!-- note -->\n');
    expect(problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [7, 1, '<script> is not allowed in an FAQ answer: HTML is copied into the page as it is.'],
      [9, 7, '<b> is not allowed in an FAQ answer: HTML is copied into the page as it is.'],
      [9, 14, '</b> is not allowed in an FAQ answer: HTML is copied into the page as it is.'],
      [11, 1, 'An HTML comment <!-- --> is not allowed in an FAQ answer: HTML is copied into the page as it is.'],
    ]);
  });

  it('says components cannot be used there', () => {
    const problems = md('<Callout text="x" />\n');
    expect(problems).toMatchObject([{ line: 5, column: 1, reason: 'Components such as <Callout> cannot be used in an FAQ answer.' }]);
    expect(problems[0].fix).toContain('components work only in news, stories, pages, documents and events');
  });

  it('passes braces, a lone < and footnotes, which Markdown shows as text', () => {
    expect(md('Cost {about} £1 < £2 & more[^1].\n\n[^1]: Source.\n')).toEqual([]);
  });
});

// why: the build compiles MDX with Sätteri (Rust), not with the parsers the checker uses. Whatever
// Sätteri refuses, the checker must refuse too, or an editor would get Astro's technical error.
describe('checkBody never passes what the build refuses', () => {
  const RISKY = [
    'a < b', 'a <3', 'x<y', '<div>', '</p>', '<>', '<!-- c -->', '<https://example.org>', 'x {y', '{1+1}', '{/* c */}', 'a } b',
    '# Heading {#id}', 'export of heroin rose', 'import data shows', 'export const a = 1', '<Callout text="x">', '<Callout text={x} />',
    '<Callout text="a {b} <c>" />', '&#x;', '& &amp;', '\\<b>', 'C:\\{x}', '![a{b}](x.jpg)', '[a](b){c}', '`{x}`', '* <x',
  ];
  it('refuses every snippet the build refuses', async () => {
    const { mdxToJs } = await import('satteri');
    const refusedByBuild = RISKY.filter((body) => {
      try {
        mdxToJs(body, { features: { gfm: true } });
        return false;
      } catch {
        return true;
      }
    });
    expect(refusedByBuild.length).toBeGreaterThan(10);
    expect(refusedByBuild.filter((body) => check(body).length === 0)).toEqual([]);
  });
});

describe('describeBodyProblems', () => {
  it('writes one line per problem: file, line, reason, fix, in file order', () => {
    const text = describeBodyProblems([
      { file: 'content/news/b.mdx', line: 3, column: 1, reason: 'R2.', fix: 'F2.' },
      { file: 'content/news/a.mdx', line: 12, column: 3, reason: '<script> is not allowed in a news article.', fix: 'Delete it.' },
    ]);
    expect(text).toBe('content/news/a.mdx line 12: <script> is not allowed in a news article. Delete it.\ncontent/news/b.mdx line 3: R2. F2.');
  });
});

describe('the early check and the real content', () => {
  it('finds nothing wrong in any real body, so the CMS opens and saves them all', () => {
    const problems = contentBodyFiles(contentDir).flatMap((path) =>
      checkBody(readFileSync(path, 'utf8'), { file: contentFileName(path, contentDir), format: path.endsWith('.mdx') ? 'mdx' : 'md', fileExists: mediaExistsFrom(path) }),
    );
    expect(describeBodyProblems(problems)).toBe('');
  });
});
