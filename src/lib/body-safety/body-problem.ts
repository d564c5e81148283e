/** What sort of thing a body problem is about; the build matches what it finds in the compiled body against these. */
export type ProblemKind = 'esm' | 'expression' | 'element' | 'attribute' | 'component' | 'link' | 'picture' | 'html' | 'unreadable' | 'limit';

/** Something in a content body that would break the build or run code, with where it is and how to fix it. */
export interface BodyProblem {
  /** The content file, relative to the repository root, e.g. content/news/2020-02-24-x.mdx. */
  file: string;
  /** Line in the file (frontmatter included), counting from 1. */
  line: number;
  /** Column on that line, counting from 1. */
  column: number;
  /** What is wrong, in plain English. */
  reason: string;
  /** What the editor should do about it. */
  fix: string;
  /** What sort of thing it is about, e.g. 'esm' for an import or export line. */
  kind?: ProblemKind;
}

/** The first line of the build's message about content bodies. */
export const BODY_HEADING = 'Some content contains something that is not allowed in a page body:';

const KINDS: Record<string, string> = {
  news: 'a news article',
  stories: 'a story',
  pages: 'a page',
  documents: 'a document entry',
  events: 'an event',
  faqs: 'an FAQ answer',
};

/**
 * What kind of content a file holds, for messages, from its folder.
 * @example kindOf('content/news/2020-02-24-x.mdx') // 'a news article'
 */
export function kindOf(file: string): string {
  const folder = file.split(/[\\/]/).find((part) => part in KINDS);
  return folder ? KINDS[folder] : 'this file';
}

/**
 * The build's message: one line per problem, `file line N: reason fix`, in file order.
 * @example describeBodyProblems([{ file: 'content/news/x.mdx', line: 12, column: 3, reason: '<script> is not allowed in a news article.', fix: 'Delete it.' }])
 * // 'content/news/x.mdx line 12: <script> is not allowed in a news article. Delete it.'
 */
export function describeBodyProblems(problems: readonly BodyProblem[]): string {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
    .map((p) => `${p.file} line ${p.line}: ${p.reason} ${p.fix}`)
    .join('\n');
}
