import type { Nodes } from 'mdast';
import type { Position } from 'unist';
import { editorComponentNames, editorComponents } from '../../schema/components';
import { type BodyProblem, kindOf } from './body-problem';
import { checkComponent } from './check-component';
import { blankFrontmatter, parseBody, parseFailure } from './parse-body';

export { type BodyProblem, describeBodyProblems } from './body-problem';

// why: no Node.js modules here, so the CMS can run the same check in the browser before saving;
// check-content-bodies.ts reads the files from disk for the build.

/** How checkBody reads a file. */
export interface CheckBodyOptions {
  /** The file as shown in messages, relative to the repository root, e.g. content/news/x.mdx. */
  file: string;
  /** `mdx` for news, stories, pages, documents and events; `md` for FAQs. */
  format: 'md' | 'mdx';
  /** Whether a Figure or Video path (as written, relative to the entry) points at a file; leave out to skip that check. */
  fileExists?: (path: string) => boolean;
}

const COMPONENTS = editorComponentNames.join(', ');
const SHOW_LESS_THAN = 'To show a < sign as text, write \\< (the CMS does this for you).';
const SHOW_BRACE = 'To show a curly brace as text, write \\{ or \\} (the CMS does this for you).';
// why: a link to javascript: (or data:, vbscript:) runs code when clicked; only these open safely.
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Everything in a body that would break the build or run code, each with line, column, reason and fix.
 * @example checkBody('---\ntitle: x\n---\n<script>alert(1)</script>', { file: 'content/news/x.mdx', format: 'mdx' })
 * // [{ file: 'content/news/x.mdx', line: 4, column: 1, reason: '<script> is not allowed in a news article.', fix: '...' }]
 */
export function checkBody(source: string, { file, format, fileExists }: CheckBodyOptions): BodyProblem[] {
  const kind = kindOf(file);
  const body = blankFrontmatter(source);
  const problems: BodyProblem[] = [];
  const add = (position: Position | undefined, reason: string, fix: string) =>
    problems.push({ file, line: position?.start.line ?? 1, column: position?.start.column ?? 1, reason, fix });

  let tree;
  try {
    tree = parseBody(body, format);
  } catch (error) {
    const failure = parseFailure(error);
    const { reason, fix } = explainParseFailure(body, failure.line, failure.column, failure.detail, kind);
    return [{ file, line: failure.line, column: failure.column, reason, fix }];
  }

  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node.position, `An "import" or "export" line is code, which is not allowed in ${kind}.`, `Delete the line. Components are added with the CMS's component buttons and need no import.`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node.position, `Text in curly braces {${shorten(node.value)}} is read as code, which is not allowed in ${kind}.`, SHOW_BRACE);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const spec = editorComponents.find((c) => c.name === node.name);
        if (spec) {
          for (const p of checkComponent(node, spec, { body, fileExists })) add(p.position, p.reason, p.fix);
        } else {
          const tag = node.name ? `<${node.name}>` : 'An empty tag <>';
          add(node.position, `${tag} is not allowed in ${kind}.`, `Delete it. The only components are ${COMPONENTS}, added with the CMS's component buttons. ${SHOW_LESS_THAN}`);
        }
        break;
      }
      case 'html':
        add(node.position, ...explainHtml(node.value, kind));
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(node.url.replace(/[\s\u0000-\u001f]/g, ''))?.[1]?.toLowerCase();
        if (scheme && !SAFE_SCHEMES.has(scheme)) {
          add(node.position, `A link to "${scheme}:" can run code, which is not allowed in ${kind}.`, 'Link to a web address starting https://, an email address (mailto:) or a page on this site.');
        }
        break;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return problems;
}

/** At most 40 characters of some code, on one line, for a message. */
const shorten = (code: string) => {
  const line = code.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
};

/** Reason and fix for raw HTML in a `.md` body (Astro would copy it into the page as it is). */
function explainHtml(html: string, kind: string): [string, string] {
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(html)?.[1];
  if (name && editorComponentNames.includes(name)) {
    return [`Components such as <${name}> cannot be used in ${kind}.`, 'Write the words as plain text; components work only in news, stories, pages, documents and events.'];
  }
  const what = name ? `<${html.startsWith('</') ? '/' : ''}${name}>` : html.startsWith('<!--') ? 'An HTML comment <!-- -->' : 'HTML';
  return [`${what} is not allowed in ${kind}: HTML is copied into the page as it is.`, `Delete it and write plain text. ${SHOW_LESS_THAN}`];
}

/** Reason and fix for a body that cannot be read, from the character that started the trouble. */
function explainParseFailure(body: string, line: number, column: number, detail: string, kind: string): { reason: string; fix: string } {
  const unclosed = /closing tag for `<([^>\s]*)>`/.exec(detail)?.[1];
  if (unclosed !== undefined && editorComponentNames.includes(unclosed)) {
    return { reason: `<${unclosed}> must be a single tag ending in />.`, fix: `Write it as <${unclosed} ... />, or insert it again with the CMS's component button.` };
  }
  if (unclosed !== undefined) {
    return { reason: `<${unclosed}> is not allowed in ${kind}.`, fix: `Delete it. ${SHOW_LESS_THAN}` };
  }
  const before = (body.split('\n')[line - 1] ?? '').slice(0, column);
  const culprit = /[<{}][^<{}]*$/.exec(before)?.[0][0];
  if (culprit === '<') return { reason: `A < sign here is read as the start of a tag, and this one cannot be read.`, fix: SHOW_LESS_THAN };
  if (culprit === '{' || culprit === '}') return { reason: `A curly brace here is read as the start of code, which is not allowed in ${kind}.`, fix: SHOW_BRACE };
  return { reason: `This part of the text cannot be read (${detail}).`, fix: `Look for a stray <, { or } near here. ${SHOW_LESS_THAN} ${SHOW_BRACE}` };
}
