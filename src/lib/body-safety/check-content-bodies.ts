import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { type BodyProblem, checkBody } from './check-body';

/**
 * Check one content file on disk; it is named relative to the content folder's parent (the repository root), e.g. content/news/x.mdx.
 * @example checkContentFile('/site/content/news/x.mdx', '/site/content') // [{ file: 'content/news/x.mdx', line: 12, ... }]
 */
export function checkContentFile(path: string, contentDir: string): BodyProblem[] {
  return checkBody(readFileSync(path, 'utf8'), {
    file: relative(dirname(contentDir), path).split(sep).join('/'),
    format: path.endsWith('.mdx') ? 'mdx' : 'md',
    fileExists: (media) => existsSync(resolve(dirname(path), media)),
  });
}

/** True for a `.md` or `.mdx` file inside the content folder and outside any node_modules. */
export const isContentBody = (path: string, contentDir: string): boolean => {
  const inside = relative(contentDir, path);
  return /\.mdx?$/.test(path) && !inside.startsWith('..') && !inside.split(sep).includes('node_modules');
};

/**
 * Every problem in every `.md` and `.mdx` body under the content folder (node_modules skipped).
 * @example checkContentBodies('/site/content') // [{ file: 'content/news/x.mdx', line: 12, ... }]
 */
export function checkContentBodies(contentDir: string): BodyProblem[] {
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .filter((path) => isContentBody(path, contentDir))
    .sort()
    .flatMap((path) => checkContentFile(path, contentDir));
}
