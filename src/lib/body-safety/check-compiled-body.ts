import { type Features, mdxToMdast } from 'satteri';
import { type BodyProblem, type ProblemKind, kindOf } from './body-problem';
import { checkTree } from './check-tree';
import { type CompiledViolation, type ViolationKind, findCompiledViolations } from './compiled-shape';
import { urlScheme } from './link-scheme';
import { type Explanation, SHOW_BRACE, SHOW_LESS_THAN, esmLine, importedPicture, shorten, unknownTag, unsafeLink } from './messages';
import { blankFrontmatter } from './parse-body';
import { explainParseFailure, parseFailure } from './parse-failure';

// why: the build's own check of an MDX body, and the one that decides. Two views from the MDX
// compiler itself: the program it produced (compiled-shape.ts: anything but text and the editor
// components is refused) and its own syntax tree (Sätteri's parser, for the line of each problem
// and for what leaves no trace in the program, such as a comment in curly braces). A body is
// refused if either finds anything; the early check in the CMS (check-body.ts) is only advice.

/** One compiled body to check. */
export interface CompiledBody {
  /** The file as shown in messages, relative to the repository root, e.g. content/news/x.mdx. */
  file: string;
  /** The whole file as written (frontmatter included). */
  source: string;
  /** The JavaScript the MDX compiler produced from it. */
  compiled: string;
  /** The compiler's Markdown features (as in astro.config.mjs), so its tree matches the compiled one. */
  features?: Features;
  /** Whether a Figure or Video path (as written, relative to the entry) points at a file; leave out to skip that check. */
  fileExists?: (path: string) => boolean;
}

// Which problems found in the tree account for each kind of thing found in the program.
const EXPLAINED_BY: Record<ViolationKind, ProblemKind[]> = {
  import: ['esm'],
  export: ['esm'],
  code: ['esm', 'expression', 'component'],
  element: ['element'],
  attribute: ['component', 'element'],
  link: ['link'],
  picture: ['picture'],
  layout: [],
  // why: a program that cannot be read comes from something the tree shows (e.g. a tag named after
  // a name the compiler uses itself); that is the reason to give.
  unreadable: ['esm', 'expression', 'element', 'attribute', 'component', 'link', 'picture', 'html', 'unreadable'],
  'too-deep': [],
};

/**
 * Every reason to refuse a compiled MDX body, each with the file, line and a fix; empty when the body is text and allowed components only.
 * @example checkCompiledBody({ file: 'content/news/x.mdx', source, compiled }) // [{ line: 12, reason: 'This line starts with "export", which the site would run as code.', ... }]
 */
export function checkCompiledBody({ file, source, compiled, features, fileExists }: CompiledBody): BodyProblem[] {
  const kind = kindOf(file);
  const fromTree = checkMdxTree({ file, source, features, fileExists });
  const unexplained = findCompiledViolations(compiled).filter((v) => !fromTree.some((p) => p.kind && EXPLAINED_BY[v.kind].includes(p.kind)));
  const located = unexplained.map((v) => ({ file, ...locate(v, source), ...explain(v, source, kind) }));
  return [...fromTree, ...located].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * What the MDX compiler's own parser (Sätteri) finds in a body that is not text or an allowed component, with lines.
 * @example checkMdxTree({ file: 'content/pages/x.mdx', source: 'Hi {1+1}' }) // [{ line: 1, reason: 'Text in curly braces {1+1} is read as code, ...' }]
 */
export function checkMdxTree({ file, source, features = { gfm: true }, fileExists }: Omit<CompiledBody, 'compiled'>): BodyProblem[] {
  const body = blankFrontmatter(source);
  try {
    return checkTree(mdxToMdast(body, { features }) as never, { file, format: 'mdx', body, fileExists });
  } catch (error) {
    const failure = parseFailure(error);
    return [{ file, line: failure.line, column: failure.column, ...explainParseFailure(body, failure, kindOf(file)), kind: 'unreadable' }];
  }
}

/**
 * Why a body the MDX compiler could not compile is refused: what its parser says, with the line, in plain English.
 * @example checkCompileFailure({ file: 'content/pages/x.mdx', source: 'a <3' }, error) // [{ line: 1, reason: 'A < sign here is read as the start of a tag, ...' }]
 */
export function checkCompileFailure(body: Omit<CompiledBody, 'compiled'>, error: unknown): BodyProblem[] {
  const fromTree = checkMdxTree(body);
  if (fromTree.length > 0) return fromTree;
  const failure = parseFailure(error);
  return [{ file: body.file, line: failure.line, column: failure.column, ...explainParseFailure(blankFrontmatter(body.source), failure, kindOf(body.file)), kind: 'unreadable' }];
}

/** The first line of the file holding what identifies the violation, else the first line of the body. */
function locate({ kind, detail }: CompiledViolation, source: string): { line: number; column: number } {
  const needle = kind === 'element' ? `<${detail}` : kind === 'attribute' ? detail.split(' ').pop()! : detail;
  const lines = source.split(/\r\n|\r|\n/);
  const at = lines.findIndex((line) => needle !== '' && line.includes(needle));
  if (at >= 0) return { line: at + 1, column: lines[at].indexOf(needle) + 1 };
  const body = blankFrontmatter(source).split(/\r\n|\r|\n/);
  const first = body.findIndex((line) => line.trim() !== '');
  return { line: first + 1 || 1, column: 1 };
}

/** Reason and fix for something found in the program that the tree did not account for. */
function explain({ kind: what, detail }: CompiledViolation, source: string, kind: string): Explanation & { kind: ProblemKind } {
  const line = source.split(/\r\n|\r|\n/)[locate({ kind: what, detail }, source).line - 1] ?? '';
  switch (what) {
    case 'layout':
      return { kind: 'esm', reason: `The "layout" setting makes the site run the file it names (${shorten(detail)}) as code.`, fix: 'Delete the layout line from the frontmatter.' };
    case 'import':
    case 'export':
      if (/^\W*(import|export)/.test(line)) return { kind: 'esm', ...esmLine(/^\W*(import|export)/.exec(line)![1]) };
      return { kind: 'esm', reason: `Something here makes the site load "${shorten(detail)}" as code, which is not allowed in ${kind}.`, fix: `Remove it and write plain text. ${SHOW_BRACE} ${SHOW_LESS_THAN}` };
    case 'element':
      return { kind: 'element', ...unknownTag(detail, kind) };
    case 'attribute':
      return { kind: 'component', reason: `A setting here (${shorten(detail)}) is code or is not one the component takes.`, fix: `Write each setting as name="text", using only the settings the CMS offers.` };
    case 'link':
      return { kind: 'link', ...unsafeLink(urlScheme(detail) ?? '', kind) };
    case 'picture':
      return { kind: 'picture', ...importedPicture(detail, kind) };
    case 'too-deep':
      return { kind: 'limit', reason: 'This text is nested too deeply for the site to build safely.', fix: 'Remove some of the quote, list or emphasis marks.' };
    default:
      return { kind: 'expression', reason: `The site would run part of this body as code (${shorten(detail)}), which is not allowed in ${kind}.`, fix: `Remove it and write plain text. ${SHOW_BRACE} ${SHOW_LESS_THAN}` };
  }
}
