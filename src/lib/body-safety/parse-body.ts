import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?=\r?\n|$)/;

/**
 * The file's text with its frontmatter replaced by blank lines, so line numbers still match the file.
 * @example blankFrontmatter('---\ntitle: x\n---\nHello') // '\n\n\nHello'
 */
export function blankFrontmatter(source: string): string {
  return source.replace(FRONTMATTER, (block) => block.replace(/[^\n]/g, ''));
}

/**
 * The YAML between the frontmatter's --- lines, or undefined when the file has none.
 * @example frontmatterYaml('---\ntitle: x\n---\nHello') // 'title: x'
 */
export function frontmatterYaml(source: string): string | undefined {
  return FRONTMATTER.exec(source)?.[1];
}

/**
 * The body's syntax tree as MDX (`.mdx`) or Markdown with GFM (`.md`); throws where it cannot be read.
 * @example parseBody('Hello <Callout text="Hi" />', 'mdx').children[0].type // 'paragraph'
 */
export function parseBody(body: string, format: 'md' | 'mdx'): Root {
  // why: the same parsers the MDX ecosystem uses (mdxjs-rs, which the build's Sätteri follows, is
  // a port of them), with GFM for footnotes and tables as the build has it on.
  return format === 'mdx'
    ? fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] })
    : fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
