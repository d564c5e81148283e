import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { Features } from 'satteri';
import { BODY_HEADING, type BodyProblem, describeBodyProblems } from '../lib/body-safety/body-problem';
import { checkCompileFailure, checkCompiledBody } from '../lib/body-safety/check-compiled-body';
import { checkMarkdownBody, contentBodyFiles, contentFileName, isContentBody, mediaExistsFrom } from '../lib/body-safety/check-content-bodies';
import { type CompileMdx, mdxCompiler } from './site-markdown';

/** What the two halves of the body check (body-safety-check.ts, and this one) share. */
export interface BodyCheckState {
  /** The Markdown features the site compiles with. */
  features: Features;
  /** Whether this is `astro build` (refuse) rather than `astro dev` (log). */
  building: boolean;
  /** Bodies (frontmatter blanked) already compiled once in a separate process without a crash. */
  survived: Set<string>;
  /** Bodies too long or too deep to compile, found before anything compiled. */
  limitProblems: BodyProblem[];
  /** Whether this second half is there to report everything at once. */
  judging: boolean;
}

// The name of @astrojs/mdx's Vite plugin, whose transform runs the MDX compiler.
const MDX_COMPILER_PLUGIN = '@mdx-js/rolldown';
const PLUGIN = 'hat:compiled-body-check';

// why: the build's authority on whether an MDX body may run: the program the MDX compiler
// produced for it, checked right after the compiler's transform and before anything else touches
// or runs the module (check-compiled-body.ts). Before the bundler starts, every body is also
// compiled once here with the same compiler and settings, because the bundler stops at the first
// refusal and an editor should see every file, line and reason at once.
/** The second half of bodySafetyCheck (after mdx()): fails the build for anything but text and the editor components in a body. */
export function compiledBodyCheck(contentDir: string, state: BodyCheckState): AstroIntegration {
  return {
    name: PLUGIN,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        state.judging = true;
        updateConfig({ vite: { plugins: [compiledBodyPlugin(contentDir, () => state.features)] } });
      },
      'astro:config:done': async ({ config, logger }) => {
        const problems = await judgeContent(contentDir, state, await mdxCompiler(config));
        if (problems.length === 0) return;
        const message = `${BODY_HEADING}\n${describeBodyProblems(problems)}`;
        if (state.building) throw new Error(message);
        logger.error(message);
      },
    },
  };
}

/** Every problem in every body: too long or deep (found earlier), HTML in `.md`, anything but text and components in compiled `.mdx`. */
async function judgeContent(contentDir: string, state: BodyCheckState, compile: CompileMdx): Promise<BodyProblem[]> {
  const problems = [...state.limitProblems];
  const refused = new Set(state.limitProblems.map((p) => p.file));
  for (const path of contentBodyFiles(contentDir)) {
    const file = contentFileName(path, contentDir);
    // why: a body refused for its size or depth could crash the compiler; it is not compiled.
    if (refused.has(file)) continue;
    const body = { file, source: readFileSync(path, 'utf8'), features: state.features, fileExists: mediaExistsFrom(path) };
    if (!path.endsWith('.mdx')) {
      problems.push(...checkMarkdownBody(body));
      continue;
    }
    try {
      problems.push(...checkCompiledBody({ ...body, compiled: await compile(body.source, path) }));
    } catch (error) {
      problems.push(...checkCompileFailure(body, error));
    }
  }
  return problems;
}

/** The Vite plugin: checks each compiled content body straight after the MDX compiler's transform. */
function compiledBodyPlugin(contentDir: string, features: () => Features): Plugin {
  return {
    name: PLUGIN,
    // why: 'pre' like the MDX compiler's plugin and added after it, so this transform is the next
    // to see its output; configResolved proves the order rather than trusting it.
    enforce: 'pre',
    configResolved({ plugins }) {
      const names = plugins.map((p) => p.name);
      if (!names.includes(MDX_COMPILER_PLUGIN) || names.indexOf(PLUGIN) < names.indexOf(MDX_COMPILER_PLUGIN)) {
        throw new Error(`${PLUGIN} must come after mdx() in astro.config.mjs: it checks what the MDX compiler produced.`);
      }
    },
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        if (!isContentBody(id, contentDir)) return null;
        const problems = checkCompiledBody({
          file: contentFileName(id, contentDir),
          source: readFileSync(id, 'utf8'),
          compiled: code,
          features: features(),
          fileExists: mediaExistsFrom(id),
        });
        if (problems.length > 0) throw new Error(`${BODY_HEADING}\n${describeBodyProblems(problems)}`);
        return null;
      },
    },
  };
}
