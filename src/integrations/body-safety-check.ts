import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { Features } from 'satteri';
import { describeBodyProblems } from '../lib/body-safety/body-problem';
import { checkBodyLimits, measureBody, needsTrialCompile } from '../lib/body-safety/body-limits';
import { checkMdxTree } from '../lib/body-safety/check-compiled-body';
import { TOO_COMPLEX, checkContentFiles, contentBodyFiles, contentFileName, isContentBody, mediaExistsFrom } from '../lib/body-safety/check-content-bodies';
import { blankFrontmatter } from '../lib/body-safety/parse-body';
import { crashingBodies } from './body-trial-compile';
import { compilerFeatures } from './site-markdown';

/** The first line of every message about content bodies. */
export const BODY_HEADING = 'Some content contains something that is not allowed in a page body:';

// why: the first half of the build's body check; list it BEFORE mdx() in astro.config.mjs, and
// compiledBodyCheck AFTER it. Before anything is compiled, every body is measured (a body nested
// too deeply would crash the Rust compiler, taking the build down with no message) and `.md`
// bodies are judged by the Markdown compiler's own parser. `.mdx` bodies are judged on what the
// MDX compiler produced (compiled-body-check.ts).
/** Fails the build (and logs in dev) when a body is too long or too deep to compile, or a `.md` body holds HTML or unsafe links. */
export function bodySafetyCheck(contentDir: string): AstroIntegration {
  let features: Features = { gfm: true };
  // Bodies (frontmatter blanked) already compiled once in a separate process without a crash.
  const survived = new Set<string>();
  const trial = (bodies: readonly { body: string; format: 'md' | 'mdx' }[]) => {
    const crashed = crashingBodies(bodies, features);
    bodies.forEach(({ body }, index) => crashed.includes(index) || survived.add(body));
    return crashed;
  };

  return {
    name: 'hat:body-safety-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        features = compilerFeatures(config.markdown.processor);
        updateConfig({ vite: { plugins: [bodyLimitsPlugin(contentDir, () => survived, trial)] } });
        const problems = checkContentFiles(contentBodyFiles(contentDir), contentDir, { features, trial });
        if (problems.length === 0) return;
        const message = `${BODY_HEADING}\n${describeBodyProblems(problems)}`;
        if (command === 'build') throw new Error(message);
        logger.error(message);
      },
      'astro:server:setup': ({ server, logger }) => {
        // why: in dev a saved file (by hand or from the CMS) is checked at once, so the editor
        // sees the reason in the terminal rather than only Astro's compile error overlay.
        const recheck = (path: string) => {
          if (!isContentBody(path, contentDir)) return;
          try {
            const problems = checkContentFiles([path], contentDir, { features, trial });
            if (problems.length === 0 && path.endsWith('.mdx')) {
              const source = readFileSync(path, 'utf8');
              problems.push(...checkMdxTree({ file: contentFileName(path, contentDir), source, features, fileExists: mediaExistsFrom(path) }));
            }
            if (problems.length > 0) logger.error(`${BODY_HEADING}\n${describeBodyProblems(problems)}`);
          } catch {
            // why: the file was deleted or renamed between the event and the read.
          }
        };
        server.watcher.add(contentDir);
        server.watcher.on('add', recheck);
        server.watcher.on('change', recheck);
      },
    },
  };
}

/**
 * The Vite plugin that measures each `.mdx` body just before the MDX compiler sees it (in dev, a body
 * can change after the build started), trying it in a separate process when it could crash the compiler.
 */
function bodyLimitsPlugin(contentDir: string, survived: () => Set<string>, trial: (bodies: { body: string; format: 'mdx' }[]) => number[]): Plugin {
  return {
    name: 'hat:body-limits',
    // why: 'pre' and listed before mdx(), so this transform runs before the MDX compiler's.
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        if (!isContentBody(id, contentDir)) return null;
        const file = contentFileName(id, contentDir);
        const body = blankFrontmatter(code);
        const measure = measureBody(body);
        const limit = checkBodyLimits(body, measure);
        if (limit) throw new Error(`${BODY_HEADING}\n${describeBodyProblems([{ file, ...limit }])}`);
        if (needsTrialCompile(measure) && !survived().has(body) && trial([{ body, format: 'mdx' }]).length > 0) {
          throw new Error(`${BODY_HEADING}\n${describeBodyProblems([{ file, line: 1, column: 1, ...TOO_COMPLEX }])}`);
        }
        return null;
      },
    },
  };
}
