import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { Features } from 'satteri';
import { type BodyProblem, describeBodyProblems } from '../lib/body-safety/body-problem';
import { checkCompileFailure, checkCompiledBody } from '../lib/body-safety/check-compiled-body';
import { contentBodyFiles, contentFileName, isContentBody, mediaExistsFrom } from '../lib/body-safety/check-content-bodies';
import { BODY_HEADING } from './body-safety-check';
import { compilerFeatures, mdxCompiler } from './site-markdown';

// The name of @astrojs/mdx's Vite plugin, whose transform runs the MDX compiler.
const MDX_COMPILER_PLUGIN = '@mdx-js/rolldown';
const PLUGIN = 'hat:compiled-body-check';

// why: the build's authority on whether an MDX body may run. It reads the program the MDX
// compiler produced for each content body, right after the compiler's transform and before
// anything else touches or runs the module, and fails the build for anything but text and the
// editor components (check-compiled-body.ts). List it AFTER mdx() in astro.config.mjs.
/** Fails the build (or the page, in dev) when a compiled MDX content body holds code, unknown tags or settings. */
export function compiledBodyCheck(contentDir: string): AstroIntegration {
  let features: Features = { gfm: true };
  let building = false;
  return {
    name: PLUGIN,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        building = command === 'build';
        features = compilerFeatures(config.markdown.processor);
        updateConfig({ vite: { plugins: [compiledBodyPlugin(contentDir, () => features)] } });
      },
      'astro:config:done': async ({ config }) => {
        // why: the bundler stops at the first body it refuses; compiling every body once here, with
        // the same compiler and settings, names every refused file, line and reason at once. The
        // Vite plugin stays the gate. Only in a build: there, bodySafetyCheck has already refused
        // any body that could crash the compiler.
        if (!building) return;
        const compile = await mdxCompiler(config);
        const problems: BodyProblem[] = [];
        for (const path of contentBodyFiles(contentDir).filter((p) => p.endsWith('.mdx'))) {
          const body = { file: contentFileName(path, contentDir), source: readFileSync(path, 'utf8'), features, fileExists: mediaExistsFrom(path) };
          try {
            problems.push(...checkCompiledBody({ ...body, compiled: await compile(body.source, path) }));
          } catch (error) {
            problems.push(...checkCompileFailure(body, error));
          }
        }
        if (problems.length > 0) throw new Error(`${BODY_HEADING}\n${describeBodyProblems(problems)}`);
      },
    },
  };
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
