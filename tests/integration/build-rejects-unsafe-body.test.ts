import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, type BuiltSite } from '../helpers/build-site';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FRONTMATTER = '---\ntitle: Unsafe\n---\n\n';

// Each bad body, and the line the build must print for it (the body starts on line 5).
const BAD: Record<string, [body: string, expected: string]> = {
  'news/2020-03-02-script.mdx': ['Hello.\n\n<script>alert(1)</script>\n', 'content/news/2020-03-02-script.mdx:7:1  <script> is not allowed in a news article.'],
  'news/2020-03-03-import.mdx': ["import Danger from '../../src/danger.js'\n\nText.\n", 'content/news/2020-03-03-import.mdx:5:1  An "import" or "export" line is code'],
  'pages/sum.mdx': ['Sum {1+1} here.\n', 'content/pages/sum.mdx:5:5  Text in curly braces {1+1} is read as code, which is not allowed in a page.'],
  'stories/unknown.mdx': ['<Unknown />\n', 'content/stories/unknown.mdx:5:1  <Unknown> is not allowed in a story.'],
  'events/empty-callout.mdx': ['<Callout />\n', 'content/events/empty-callout.mdx:5:1  <Callout>: The callout text (text) is missing.'],
  'faqs/iframe.md': ['<iframe src="https://example.org"></iframe>\n', 'content/faqs/iframe.md:5:1  <iframe> is not allowed in an FAQ answer'],
};

// why: proves the real `astro build` stops on unsafe bodies and names every file, line and
// reason at once, in words a comms officer can act on, and leaves the files as they were.
describe('npm run build refuses unsafe bodies', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'hat-unsafe-build-'));
  const content = join(scratch, 'content');
  let result: BuiltSite;

  beforeAll(() => {
    cpSync(join(root, 'content'), content, { recursive: true });
    for (const [file, [body]] of Object.entries(BAD)) writeFileSync(join(content, file), FRONTMATTER + body);
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

  it('says how to fix it', () => {
    expect(result.output).toContain('To show a curly brace as text, write \\{ or \\}');
    expect(result.output).toContain('The only components are Callout, Figure, KeyFigure, Video');
  });

  it('changes none of the files', () => {
    for (const [file, [body]] of Object.entries(BAD)) expect(readFileSync(join(content, file), 'utf8')).toBe(FRONTMATTER + body);
  });
});
