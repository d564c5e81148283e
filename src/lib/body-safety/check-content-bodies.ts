import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { type Features, markdownToMdast } from 'satteri';
import type { BodyProblem } from './body-problem';
import { checkBodyLimits, measureBody, needsTrialCompile } from './body-limits';
import { checkTree } from './check-tree';
import { blankFrontmatter } from './parse-body';

// why: every body is measured before anything compiles it (a body nested too deeply would crash
// the compiler); `.md` bodies (FAQ answers) are judged by the Markdown compiler's own parser, the
// one Astro renders them with; `.mdx` bodies are judged on the program the MDX compiler produced
// (check-compiled-body.ts).

/** A body to compile in a separate process before the build compiles it. */
export interface TrialBody {
  body: string;
  format: 'md' | 'mdx';
}

/** Compiles bodies in a separate process and returns the indexes of those that crashed it. */
export type TrialCompile = (bodies: readonly TrialBody[]) => number[];

/** True for a `.md` or `.mdx` file inside the content folder and outside any node_modules. */
export const isContentBody = (path: string, contentDir: string): boolean => {
  const inside = relative(contentDir, path);
  return /\.mdx?$/.test(path) && !inside.startsWith('..') && !inside.split(sep).includes('node_modules');
};

/**
 * A content file's name as messages show it: relative to the content folder's parent (the repository root).
 * @example contentFileName('/site/content/news/x.mdx', '/site/content') // 'content/news/x.mdx'
 */
export const contentFileName = (path: string, contentDir: string): string => relative(dirname(contentDir), path).split(sep).join('/');

/**
 * Whether a Figure or Video path, as written in the file at `path`, points at a file.
 * @example mediaExistsFrom('/site/content/news/x.mdx')('../media/news/a.jpg') // true when /site/content/media/news/a.jpg exists
 */
export const mediaExistsFrom = (path: string) => (media: string) => existsSync(resolve(dirname(path), media));

/** How checkContentFiles works. */
export interface ContentFilesOptions {
  /** The compiler's Markdown features. */
  features: Features;
  /** Compiles bodies in a separate process (body-trial-compile.ts). */
  trial: TrialCompile;
  /** Whether to judge `.md` bodies too (true unless left to a later step); default true. */
  markdown?: boolean;
}

/**
 * Problems found without compiling in this process: a body too long or nested too deeply, one that crashes the compiler on trial, and anything but text in a `.md` body.
 * @example checkContentFiles(['/site/content/faqs/x.md'], '/site/content', { features, trial }) // [{ file: 'content/faqs/x.md', line: 5, ... }]
 */
export function checkContentFiles(paths: readonly string[], contentDir: string, { features, trial, markdown = true }: ContentFilesOptions): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const toTry: { path: string; file: string; body: string; format: 'md' | 'mdx' }[] = [];
  const ready: typeof toTry = [];
  for (const path of paths) {
    const file = contentFileName(path, contentDir);
    const format = path.endsWith('.mdx') ? 'mdx' : 'md';
    const body = blankFrontmatter(readFileSync(path, 'utf8'));
    const measure = measureBody(body);
    const limit = checkBodyLimits(body, measure);
    if (limit) problems.push({ file, ...limit, kind: 'limit' });
    else (needsTrialCompile(measure) ? toTry : ready).push({ path, file, body, format });
  }
  const crashed = new Set(toTry.length > 0 ? trial(toTry.map(({ body, format }) => ({ body, format }))) : []);
  toTry.forEach((entry, index) => {
    if (crashed.has(index)) problems.push({ file: entry.file, line: 1, column: 1, ...TOO_COMPLEX, kind: 'limit' });
    else ready.push(entry);
  });
  for (const { path, file, format } of markdown ? ready : []) {
    if (format === 'md') problems.push(...checkMarkdownBody({ file, source: readFileSync(path, 'utf8'), features, fileExists: mediaExistsFrom(path) }));
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * Anything but text in a `.md` body (HTML, which Astro copies into the page as it is, or a link that can run code), read by the Markdown compiler's own parser.
 * @example checkMarkdownBody({ file: 'content/faqs/x.md', source: '<b>x</b>', features: { gfm: true } }) // [{ line: 1, reason: '<b> is not allowed in an FAQ answer: ...' }]
 */
export function checkMarkdownBody({ file, source, features, fileExists }: { file: string; source: string; features: Features; fileExists?: (path: string) => boolean }): BodyProblem[] {
  const body = blankFrontmatter(source);
  return checkTree(markdownToMdast(body, { features }) as never, { file, format: 'md', body, fileExists });
}

/** Why a body that crashed the compiler on trial is refused. */
export const TOO_COMPLEX = {
  reason: 'This text is nested or repeated so deeply that the site cannot build it safely.',
  fix: 'Remove most of the quote, list, emphasis or bracket marks, or split the text up.',
};

/**
 * Every `.md` and `.mdx` file under the content folder (node_modules skipped), sorted.
 * @example contentBodyFiles('/site/content') // ['/site/content/faqs/a.md', '/site/content/news/b.mdx']
 */
export function contentBodyFiles(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .filter((path) => isContentBody(path, contentDir))
    .sort();
}
