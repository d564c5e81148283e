import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The YAML frontmatter of a Markdown/MDX file, as Astro reads it. */
export function readFrontmatter(path: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path} has no frontmatter`);
  return parse(match[1]);
}
