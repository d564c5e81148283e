import type { Definition, Nodes, Root } from 'mdast';
import type { Position } from 'unist';
import { editorComponentNames, editorComponents } from '../../schema/components';
import { type BodyProblem, type ProblemKind, kindOf } from './body-problem';
import { checkComponent } from './check-component';
import { isImportedPicture, isSafeUrl, urlScheme } from './link-scheme';
import { SHOW_LESS_THAN, braces, esmLine, importedPicture, unknownTag, unsafeLink } from './messages';

// why: the same rules over two trees: the CMS's early check reads the body with micromark (it runs
// in the browser), the build with the MDX compiler's own parser (Sätteri), whose tree is the one
// that is compiled. Both give mdast.

/** What checkTree needs besides the tree. */
export interface TreeContext {
  /** The file as shown in messages, e.g. content/news/x.mdx. */
  file: string;
  /** `mdx` for news, stories, pages, documents and events; `md` for FAQs. */
  format: 'md' | 'mdx';
  /** The text the tree was parsed from (frontmatter blanked), to read a tag as written. */
  body: string;
  /** Whether a Figure or Video path (as written, relative to the entry) points at a file; leave out to skip that check. */
  fileExists?: (path: string) => boolean;
}

// why: an allowlist. Plain Markdown (with GFM tables, strikethrough, task lists and footnotes) is
// text; every other node (MDX code, HTML, or a kind of node added by a later compiler) is refused.
const TEXT_NODES = new Set([
  'root', 'paragraph', 'heading', 'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'code', 'break', 'thematicBreak',
  'blockquote', 'list', 'listItem', 'link', 'linkReference', 'image', 'imageReference', 'definition',
  'footnoteReference', 'footnoteDefinition', 'table', 'tableRow', 'tableCell',
]);

/**
 * Everything in a parsed body that is not text or an allowed component, each with line, column, reason and fix.
 * @example checkTree(mdxToMdast(body), { file: 'content/news/x.mdx', format: 'mdx', body }) // [{ line: 5, reason: '<script> is not allowed in a news article.', ... }]
 */
export function checkTree(tree: Root, { file, format, body, fileExists }: TreeContext): BodyProblem[] {
  const kind = kindOf(file);
  const problems: BodyProblem[] = [];
  const add = (problemKind: ProblemKind, position: Position | undefined, { reason, fix }: { reason: string; fix: string }) =>
    problems.push({ file, line: position?.start.line ?? 1, column: position?.start.column ?? 1, reason, fix, kind: problemKind });
  const definitions = new Map<string, Definition>();
  const collect = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
    if ('children' in node) for (const child of node.children) collect(child as Nodes);
  };
  collect(tree);

  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add('esm', node.position, esmLine(/^\W*(import|export)/.exec(node.value)?.[1] ?? 'import'));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add('expression', node.position, braces(node.value, kind));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const spec = editorComponents.find((c) => c.name === node.name);
        if (!spec) add('element', node.position, unknownTag(node.name, kind));
        else for (const p of checkComponent(node, spec, { body, fileExists })) add('component', p.position, p);
        break;
      }
      case 'html':
        add('html', node.position, explainHtml(node.value, kind));
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (!isSafeUrl(node.url)) add('link', node.position, unsafeLink(urlScheme(node.url) ?? '', kind));
        else if (node.type === 'image' && format === 'mdx' && isImportedPicture(node.url)) add('picture', node.position, importedPicture(node.url, kind));
        break;
      case 'imageReference': {
        const url = definitions.get(node.identifier.toLowerCase())?.url;
        if (url !== undefined && format === 'mdx' && isSafeUrl(url) && isImportedPicture(url)) add('picture', node.position, importedPicture(url, kind));
        break;
      }
      default:
        if (!TEXT_NODES.has(node.type)) {
          add('unreadable', node.position, { reason: `This part of the text (${node.type}) is not allowed in ${kind}.`, fix: 'Write it as plain text.' });
        }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return problems;
}

/**
 * Reason and fix for raw HTML in a `.md` body (Astro would copy it into the page as it is).
 * @example explainHtml('<b>', 'an FAQ answer').reason // '<b> is not allowed in an FAQ answer: HTML is copied into the page as it is.'
 */
export function explainHtml(html: string, kind: string): { reason: string; fix: string } {
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(html)?.[1];
  if (name && editorComponentNames.includes(name)) {
    return { reason: `Components such as <${name}> cannot be used in ${kind}.`, fix: 'Write the words as plain text; components work only in news, stories, pages, documents and events.' };
  }
  const what = name ? `<${html.startsWith('</') ? '/' : ''}${name}>` : html.startsWith('<!--') ? 'An HTML comment <!-- -->' : 'HTML';
  return { reason: `${what} is not allowed in ${kind}: HTML is copied into the page as it is.`, fix: `Delete it and write plain text. ${SHOW_LESS_THAN}` };
}
