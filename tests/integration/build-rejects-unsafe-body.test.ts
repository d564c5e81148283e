import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBody } from '../../src/lib/body-safety/check-body';
import { buildSite, type BuiltSite } from '../helpers/build-site';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FRONTMATTER = '---\ntitle: Unsafe\n---\n\n';

// Each bad body, and the line the build must print for it (the body starts on line 5).
const BAD: Record<string, [body: string, expected: string]> = {
  'news/2020-03-02-script.mdx': ['Hello.\n\n<script>alert(1)</script>\n', 'content/news/2020-03-02-script.mdx line 7: <script> is not allowed in a news article.'],
  'news/2020-03-03-import.mdx': ["import Danger from '../../src/danger.js'\n\nText.\n", 'content/news/2020-03-03-import.mdx line 5: This line starts with "import", which the site would run as code.'],
  'news/2020-03-04-tab.mdx': ['export\tconst x = 1\n\nText.\n', 'content/news/2020-03-04-tab.mdx line 5: This line starts with "export", which the site would run as code.'],
  'pages/sum.mdx': ['Sum {1+1} here.\n', 'content/pages/sum.mdx line 5: Text in curly braces {1+1} is read as code, which is not allowed in a page.'],
  'stories/unknown.mdx': ['<Unknown />\n', 'content/stories/unknown.mdx line 5: <Unknown> is not allowed in a story.'],
  'events/empty-callout.mdx': ['<Callout />\n', 'content/events/empty-callout.mdx line 5: <Callout>: The callout text (text) is missing.'],
  'faqs/iframe.md': ['<iframe src="https://example.org"></iframe>\n', 'content/faqs/iframe.md line 5: <iframe> is not allowed in an FAQ answer'],
};
// why: a body the early check (the CMS's, which reads the body alone) lets through, but whose
// compiled program imports the file its frontmatter names as a layout: the build's verdict wins.
const OVERRULED = ['pages/layout.mdx', '---\ntitle: Layout\nlayout: ../../src/pages/index.astro\n---\n\nText.\n'] as const;

// why: proves the real `astro build` stops on unsafe bodies and names every file, line and
// reason at once, in words a comms officer can act on, and leaves the files as they were.
describe('npm run build refuses unsafe bodies', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'hat-unsafe-build-'));
  const content = join(scratch, 'content');
  let result: BuiltSite;

  beforeAll(() => {
    cpSync(join(root, 'content'), content, { recursive: true });
    for (const [file, [body]] of Object.entries(BAD)) writeFileSync(join(content, file), FRONTMATTER + body);
    writeFileSync(join(content, OVERRULED[0]), OVERRULED[1]);
    result = buildSite(content);
  }, 240_000);
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    result?.remove();
  });

  it('fails', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('Some content contains something that is not allowed in a page body:');
  });

  it.each(Object.entries(BAD))('names %s, its line and the reason', (_file, [, expected]) => {
    expect(result.output).toContain(expected);
  });

  it('refuses a body the early check lets through, as its compiled program runs code', () => {
    expect(checkBody(OVERRULED[1], { file: `content/${OVERRULED[0]}`, format: 'mdx' })).toEqual([]);
    expect(result.output).toContain('content/pages/layout.mdx line 3: The "layout" setting makes the site run the file it names (../../src/pages/index.astro) as code. Delete the layout line from the frontmatter.');
  });

  it('says how to fix it', () => {
    expect(result.output).toContain('To show a curly brace as text, write \\{ or \\}');
    expect(result.output).toContain('The only components are Callout, Figure, KeyFigure, Video');
  });

  it('changes none of the files', () => {
    for (const [file, [body]] of Object.entries(BAD)) expect(readFileSync(join(content, file), 'utf8')).toBe(FRONTMATTER + body);
  });
});
