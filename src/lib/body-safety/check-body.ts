import type { BodyProblem } from './body-problem';
import { kindOf } from './body-problem';
import { checkBodyLimits } from './body-limits';
import { checkTree } from './check-tree';
import { ESM_START } from './escape-editor-text';
import { esmLine } from './messages';
import { blankFrontmatter, parseBody } from './parse-body';
import { explainParseFailure, parseFailure } from './parse-failure';

export { type BodyProblem, describeBodyProblems } from './body-problem';

// why: this is the EARLY check, for friendly messages before saving: no Node.js modules here, so
// the CMS runs it in the browser. It reads the body with micromark, a different parser from the
// build's MDX compiler (Sätteri), so the two can disagree; when they do, the build wins: it
// refuses any body whose compiled program holds more than text and the editor components
// (check-compiled-body.ts).

/** How checkBody reads a file. */
export interface CheckBodyOptions {
  /** The file as shown in messages, relative to the repository root, e.g. content/news/x.mdx. */
  file: string;
  /** `mdx` for news, stories, pages, documents and events; `md` for FAQs. */
  format: 'md' | 'mdx';
  /** Whether a Figure or Video path (as written, relative to the entry) points at a file; leave out to skip that check. */
  fileExists?: (path: string) => boolean;
}

/**
 * Everything in a body that would break the build or run code, each with line, column, reason and fix.
 * @example checkBody('---\ntitle: x\n---\n<script>alert(1)</script>', { file: 'content/news/x.mdx', format: 'mdx' })
 * // [{ file: 'content/news/x.mdx', line: 4, column: 1, reason: '<script> is not allowed in a news article.', fix: '...' }]
 */
export function checkBody(source: string, { file, format, fileExists }: CheckBodyOptions): BodyProblem[] {
  const kind = kindOf(file);
  const body = blankFrontmatter(source);
  const limit = checkBodyLimits(body);
  if (limit) return [{ file, ...limit, kind: 'limit' }];
  const esm = format === 'mdx' ? esmLines(body, file) : [];

  let tree;
  try {
    tree = parseBody(body, format);
  } catch (error) {
    if (esm.length > 0) return esm;
    const failure = parseFailure(error);
    return [{ file, line: failure.line, column: failure.column, ...explainParseFailure(body, failure, kind), kind: 'unreadable' }];
  }
  const esmAt = new Set(esm.map((p) => p.line));
  const problems = checkTree(tree, { file, format, body, fileExists }).filter((p) => !(p.kind === 'esm' && esmAt.has(p.line)));
  return [...esm, ...problems].sort((a, b) => a.line - b.line);
}

// why: MDX reads a line starting with import or export as code. micromark only does so when a
// space follows the word; the build's compiler also when a tab, a line break, `{` or `*` does
// (`export\tconst`, `export*from"x"`). Any line in the first column starting with the word and no
// letter after it is refused here (the CMS's escaper puts a space before such a line anyway).
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Lines outside code blocks that start with import or export, as problems. */
function esmLines(body: string, file: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let fence: string | undefined;
  body.split(/\r\n|\r|\n/).forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (fence !== undefined && marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    else if (fence === undefined) {
      const keyword = ESM_START.exec(line.replace(/^\uFEFF/, ''))?.[1];
      if (keyword) problems.push({ file, line: index + 1, column: 1, ...esmLine(keyword), kind: 'esm' });
    }
  });
  return problems;
}
