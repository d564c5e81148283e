import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/;

/**
 * The file's text with its frontmatter replaced by blank lines, so line numbers still match the file.
 * @example blankFrontmatter('---\ntitle: x\n---\nHello') // '\n\n\nHello'
 */
export function blankFrontmatter(source: string): string {
  return source.replace(FRONTMATTER, (block) => block.replace(/[^\n]/g, ''));
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

/** Where a parse error happened, and its technical message. */
export interface ParseFailure {
  line: number;
  column: number;
  detail: string;
}

/**
 * Line, column and message of an error thrown by parseBody (some carry their place only in the message).
 * @example parseFailure(error) // { line: 3, column: 1, detail: 'Expected a closing tag for `<div>` (3:1-3:6)' }
 */
export function parseFailure(error: unknown): ParseFailure {
  const message = error as { line?: number; column?: number; reason?: string; message?: string };
  const detail = String(message.reason ?? message.message ?? error);
  // why: mdast-util-mdx-jsx reports an unclosed tag as "... `<x>` (3:3-3:12) before the end of
  // `paragraph`": the place in brackets is the tag's, the error's own is where the paragraph ends.
  const tag = /\((\d+):(\d+)-\d+:\d+\)/.exec(detail);
  if (tag) return { line: Number(tag[1]), column: Number(tag[2]), detail };
  return { line: message.line ?? 1, column: message.column ?? 1, detail };
}
