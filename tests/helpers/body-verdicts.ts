/**
 * The build's verdict on content bodies, reached as the build reaches it but without bundling:
 * the same checks (src/integrations/body-safety-check.ts, compiled-body-check.ts) over the same
 * MDX compiler with the site's settings. Lets tests judge hundreds of bodies in seconds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BodyProblem } from '../../src/lib/body-safety/body-problem';
import { checkCompileFailure, checkCompiledBody } from '../../src/lib/body-safety/check-compiled-body';
import { checkContentFiles, contentFileName, mediaExistsFrom } from '../../src/lib/body-safety/check-content-bodies';
import { findCompiledViolations } from '../../src/lib/body-safety/compiled-shape';
import { crashingBodies } from '../../src/integrations/body-trial-compile';
import { compilerFeatures, mdxCompiler, siteMarkdownProcessor } from '../../src/integrations/site-markdown';
import { endLine, type HostileBody, hostileFiles } from './hostile-bodies';

/** What the build does with one body. */
export interface BodyVerdict {
  body: HostileBody;
  /** Its place in the list; its page is /hostile-<index>/. */
  index: number;
  /** The file, as messages name it, e.g. content/pages/hostile-3.mdx. */
  file: string;
  /** Refused before compiling (too long, too deep), not compiled (the compiler's own error), refused on what the compiler produced, or let through. */
  stage: 'limits' | 'uncompiled' | 'compiled' | 'accepted';
  problems: BodyProblem[];
  /** Lines in the file. */
  lines: number;
}

/**
 * The file holding a hostile body as a page, with its closing line.
 * @example hostilePage(body, 3) // '---\ntitle: Hostile body 3\n...'
 */
export const hostilePage = ({ body, frontmatter }: HostileBody, index: number): string =>
  `---\ntitle: Hostile body ${index}\ndescription: A body that tries to run code.\nreviewed: 2026-11-01\nreviewDue: 2027-05-01\n${frontmatter ? `${frontmatter}\n` : ''}---\n\n${body}\n\n${endLine(index)}\n`;

/**
 * Writes the bodies as content/pages/hostile-<index>.mdx under `contentDir`, with the files they point at.
 * @example writeHostilePages(verdicts, '/tmp/x/content', marker)
 */
export function writeHostilePages(chosen: readonly { body: HostileBody; index: number }[], contentDir: string, marker: string): string[] {
  mkdirSync(join(contentDir, 'pages'), { recursive: true });
  for (const [name, data] of Object.entries(hostileFiles(marker))) writeFileSync(join(contentDir, 'pages', name), data);
  return chosen.map(({ body, index }) => {
    const path = join(contentDir, 'pages', `hostile-${index}.mdx`);
    writeFileSync(path, hostilePage(body, index));
    return path;
  });
}

/**
 * Writes each body as content/pages/hostile-<index>.mdx under `contentDir`, then judges them as the build does.
 * @example await bodyVerdicts(hostileBodies(marker), '/tmp/x/content') // [{ stage: 'compiled', problems: [...] }, ...]
 */
export async function bodyVerdicts(bodies: readonly HostileBody[], contentDir: string, marker: string): Promise<BodyVerdict[]> {
  const processor = siteMarkdownProcessor('/');
  const features = compilerFeatures(processor);
  const compile = await mdxCompiler({ markdown: { processor }, srcDir: pathToFileURL(join(contentDir, '..', 'src/')) });
  const paths = writeHostilePages(bodies.map((body, index) => ({ body, index })), contentDir, marker);
  const early = checkContentFiles(paths, contentDir, { features, trial: (list) => crashingBodies(list, features) });
  const verdicts: BodyVerdict[] = [];
  for (const [index, path] of paths.entries()) {
    const file = contentFileName(path, contentDir);
    const source = readFileSync(path, 'utf8');
    const lines = source.split(/\r\n|\r|\n/).length;
    const refused = early.filter((p) => p.file === file);
    if (refused.length > 0) {
      verdicts.push({ body: bodies[index], index, file, stage: 'limits', problems: refused, lines });
      continue;
    }
    const input = { file, source, features, fileExists: mediaExistsFrom(path) };
    let compiled: string;
    try {
      compiled = await compile(source, path);
    } catch (error) {
      verdicts.push({ body: bodies[index], index, file, stage: 'uncompiled', problems: checkCompileFailure(input, error), lines });
      continue;
    }
    const problems = checkCompiledBody({ ...input, compiled });
    // why: a program that is not even valid JavaScript fails the bundler too, so it belongs with the
    // bodies that do not compile.
    const invalid = findCompiledViolations(compiled).some((v) => v.kind === 'unreadable');
    verdicts.push({ body: bodies[index], index, file, stage: invalid ? 'uncompiled' : problems.length > 0 ? 'compiled' : 'accepted', problems, lines });
  }
  return verdicts;
}
