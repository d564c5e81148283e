import type { Nodes } from 'mdast';
import { parseBody } from './body-safety/parse-body';

// why: structured data (FAQPage answers) and the JSON API carry an entry's body as plain text:
// no Markdown marks, no footnotes, no editor components, one blank line between paragraphs.
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'tableRow', 'code']);
const SKIP = new Set(['footnoteReference', 'footnoteDefinition', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'image', 'imageReference', 'definition']);

function collect(node: Nodes, blocks: string[], current: string[]): void {
  if (SKIP.has(node.type)) return;
  if ('value' in node && typeof node.value === 'string') current.push(node.type === 'code' ? node.value : node.value.replace(/\s+/g, ' '));
  if (node.type === 'break') current.push(' ');
  const isBlock = BLOCKS.has(node.type);
  const own: string[] = isBlock ? [] : current;
  if ('children' in node) for (const child of node.children) collect(child as Nodes, blocks, own);
  if (isBlock && own.length > 0) blocks.push(own.join('').trim());
}

/**
 * The readable text of a Markdown or MDX body: paragraphs separated by a blank line.
 * @example markdownText('Yes. It is **legal**.[^1]\n\n[^1]: A source.', 'md') // "Yes. It is legal."
 */
export function markdownText(body: string, format: 'md' | 'mdx'): string {
  const blocks: string[] = [];
  collect(parseBody(body, format), blocks, []);
  return blocks.filter(Boolean).join('\n\n');
}
