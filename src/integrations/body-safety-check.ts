import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { BODY_HEADING, describeBodyProblems } from '../lib/body-safety/body-problem';
import { checkBodyLimits, measureBody, needsTrialCompile } from '../lib/body-safety/body-limits';
import { checkMdxTree } from '../lib/body-safety/check-compiled-body';
import { TOO_COMPLEX, checkContentFiles, contentBodyFiles, contentFileName, isContentBody, mediaExistsFrom } from '../lib/body-safety/check-content-bodies';
import { blankFrontmatter } from '../lib/body-safety/parse-body';
import { crashingBodies } from './body-trial-compile';
import { type BodyCheckState, compiledBodyCheck } from './compiled-body-check';
import { compilerFeatures } from './site-markdown';

// why: the build's body check comes in two halves around mdx() in astro.config.mjs. The first
// measures every body before anything compiles it: a body nested too deeply would crash the Rust
// MDX compiler, taking the build down with no message. The second judges what the compilers make
// of every body (compiled-body-check.ts) and names every problem at once.
/**
 * The body check: `beforeMdx` goes before mdx() in the integrations, `afterMdx` after it.
 * @example const bodyCheck = bodySafetyCheck(contentDir); defineConfig({ integrations: [bodyCheck.beforeMdx, mdx(), bodyCheck.afterMdx] })
 */
export function bodySafetyCheck(contentDir: string): { beforeMdx: AstroIntegration; afterMdx: AstroIntegration } {
  const state: BodyCheckState = { features: { gfm: true }, building: false, survived: new Set(), limitProblems: [], judging: false };
  const trial = (bodies: readonly { body: string; format: 'md' | 'mdx' }[]) => {
    const crashed = crashingBodies(bodies, state.features);
    bodies.forEach(({ body }, index) => crashed.includes(index) || state.survived.add(body));
    return crashed;
  };

  const beforeMdx: AstroIntegration = {
    name: 'hat:body-limits',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        state.building = command === 'build';
        state.features = compilerFeatures(config.markdown.processor);
        updateConfig({ vite: { plugins: [bodyLimitsPlugin(contentDir, state, trial)] } });
        state.limitProblems = checkContentFiles(contentBodyFiles(contentDir), contentDir, { features: state.features, trial, markdown: false });
      },
      'astro:config:done': ({ logger }) => {
        // why: normally the second half reports these with everything else; never let them pass.
        if (state.judging || state.limitProblems.length === 0) return;
        const message = `${BODY_HEADING}\n${describeBodyProblems(state.limitProblems)}`;
        if (state.building) throw new Error(message);
        logger.error(message);
      },
      'astro:server:setup': ({ server, logger }) => {
        // why: in dev a saved file (by hand or from the CMS) is checked at once, so the editor
        // sees the reason in the terminal rather than only Astro's compile error overlay.
        const recheck = (path: string) => {
          if (!isContentBody(path, contentDir)) return;
          try {
            const problems = checkContentFiles([path], contentDir, { features: state.features, trial });
            if (problems.length === 0 && path.endsWith('.mdx')) {
              const source = readFileSync(path, 'utf8');
              problems.push(...checkMdxTree({ file: contentFileName(path, contentDir), source, features: state.features, fileExists: mediaExistsFrom(path) }));
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
  return { beforeMdx, afterMdx: compiledBodyCheck(contentDir, state) };
}

/**
 * The Vite plugin that measures each `.mdx` body just before the MDX compiler sees it (in dev, a body
 * can change after the build started), trying it in a separate process when it could crash the compiler.
 */
function bodyLimitsPlugin(contentDir: string, state: BodyCheckState, trial: (bodies: { body: string; format: 'mdx' }[]) => number[]): Plugin {
  return {
    name: 'hat:body-limits',
    // why: 'pre' and added before mdx()'s plugin, so this transform runs before the MDX compiler's.
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
        if (needsTrialCompile(measure) && !state.survived.has(body) && trial([{ body, format: 'mdx' }]).length > 0) {
          throw new Error(`${BODY_HEADING}\n${describeBodyProblems([{ file, line: 1, column: 1, ...TOO_COMPLEX }])}`);
        }
        return null;
      },
    },
  };
}
