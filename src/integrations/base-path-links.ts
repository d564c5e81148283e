/**
 * A Sätteri hast plugin (astro.config.mjs `markdown.processor`) that puts the deployment base
 * in front of site links written in Markdown and MDX bodies: an editor writes
 * `[the FAQs](/faqs/)` and, built under BASE_PATH=/hat/, readers get `/hat/faqs/`.
 * Runs for .md and .mdx alike (both use the processor's hast plugins).
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { normaliseBase, withBase } from '../lib/base-path';

/** What `satteri({ hastPlugins })` accepts. */
type HastPlugins = NonNullable<SatteriProcessorOptions['hastPlugins']>;

/** The bits of Sätteri's hast visitor this plugin uses. */
interface LinkVisitorContext {
  setProperty(node: LinkNode, name: string, value: string): void;
}
interface LinkNode {
  properties?: Record<string, unknown>;
}

/**
 * The plugin for a base; at the root ("/") it is left out altogether.
 * @example satteri({ hastPlugins: basePathLinks('/hat/') })
 */
export function basePathLinks(base: string): HastPlugins {
  const root = normaliseBase(base);
  if (root === '/') return [];
  // why: Sätteri types the visitor's node and context in full (hast Element, a large context); the
  // plugin reads one property and calls setProperty, so it is typed by those and cast here once.
  return linkPlugins(root) as unknown as HastPlugins;
}

/**
 * The plugin itself, typed by the few members it uses (tests call its visitor directly).
 * @example linkPlugins('/hat/')[0].element.visit(node, ctx)
 */
export function linkPlugins(root: string) {
  return [
    {
      name: 'hat-base-path-links',
      element: {
        filter: ['a'],
        visit(node: LinkNode, ctx: LinkVisitorContext) {
          const href = node.properties?.href;
          if (typeof href !== 'string') return;
          const withRoot = withBase(root, href);
          if (withRoot !== href) ctx.setProperty(node, 'href', withRoot);
        },
      },
    },
  ];
}
