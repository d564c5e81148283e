import { isSatteriProcessor, satteri } from '@astrojs/markdown-satteri';
import type { Features } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { blankFrontmatter, frontmatterYaml } from '../lib/body-safety/parse-body';
import { basePathLinks } from './base-path-links';
import { tableAlignment } from './table-alignment';

// why: one place for how the site compiles Markdown and MDX, so the build (astro.config.mjs), the
// body checks and the tests that compile bodies directly all use the same compiler settings.

/**
 * The site's Markdown/MDX processor (Sätteri) for a base path.
 * @example defineConfig({ markdown: { processor: siteMarkdownProcessor('/') } })
 */
export function siteMarkdownProcessor(base: string) {
  // why: text appears exactly as typed: no curly quotes, dashes or ellipses made from
  // " -- ... in a body, so what an editor wrote is what readers see. Body links get the base path;
  // table column alignment becomes a class, as the Content Security Policy allows no inline style.
  return satteri({ features: { smartPunctuation: false }, hastPlugins: [...basePathLinks(base), ...tableAlignment()] });
}

/**
 * The Markdown features a processor compiles with (GFM on unless turned off), for parsing a body exactly as it compiles it.
 * @example compilerFeatures(siteMarkdownProcessor('/')) // { smartPunctuation: false, gfm: true }
 */
export function compilerFeatures(processor: { name: string } | undefined): Features {
  const features = processor && isSatteriProcessor(processor) ? processor.options.features : {};
  return { ...features, gfm: features.gfm ?? true } as Features;
}

/** Compiles one MDX file as the build's MDX compiler does and returns the program it produced. */
export type CompileMdx = (source: string, path: string) => Promise<string>;

/** The parts of Astro's config the MDX compiler is set up from. */
export interface MdxCompilerConfig {
  markdown: { processor?: unknown; syntaxHighlight?: unknown; shikiConfig?: unknown };
  srcDir?: URL;
}

/**
 * The MDX compiler set up as @astrojs/mdx sets it up (same processor, same options), for compiling a body outside the bundler.
 * @example (await mdxCompiler({ markdown: { processor: siteMarkdownProcessor('/') } }))(source, '/site/content/pages/x.mdx')
 */
export async function mdxCompiler({ markdown, srcDir }: MdxCompilerConfig): Promise<CompileMdx> {
  const processor = markdown.processor as { name: string; createMdxRenderer?: (shared: object, mdx: object) => Promise<{ process(content: string, path: string, frontmatter: object): Promise<{ code: string }> }> };
  if (!processor?.createMdxRenderer) throw new Error(`The Markdown processor "${processor?.name}" cannot compile MDX.`);
  const features = compilerFeatures(processor);
  // why: the arguments @astrojs/mdx passes (vite-plugin-mdx.js, resolveMdxRenderer), with its
  // defaults: gfm and smart punctuation follow the processor's features, no optimisation.
  const renderer = await processor.createMdxRenderer(
    { syntaxHighlight: markdown.syntaxHighlight ?? 'shiki', shikiConfig: markdown.shikiConfig, gfm: features.gfm !== false, smartypants: Boolean(features.smartPunctuation) },
    { optimize: false, srcDir, sourcemap: false },
  );
  return async (source, path) => {
    const { content, frontmatter } = splitFrontmatter(source);
    return (await renderer.process(content, path, frontmatter)).code;
  };
}

/** The body with its frontmatter replaced by blank lines (so lines keep their numbers), and the frontmatter's data. */
function splitFrontmatter(source: string): { content: string; frontmatter: Record<string, unknown> } {
  const yaml = frontmatterYaml(source);
  if (yaml === undefined) return { content: source, frontmatter: {} };
  const data: unknown = parseYaml(yaml);
  return { content: blankFrontmatter(source), frontmatter: data && typeof data === 'object' ? (data as Record<string, unknown>) : {} };
}
