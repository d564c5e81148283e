/**
 * A Sätteri hast plugin (astro.config.mjs `markdown.processor`) that turns a Markdown table's column
 * alignment (`| --: |`) into a class (`app-align-right`) instead of an inline `style` attribute.
 * why: the site's Content Security Policy allows no inline styles, so browsers drop
 * `style="text-align:right"` (and log a violation): numbers would not line up.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

/** What `satteri({ hastPlugins })` accepts. */
type HastPlugins = NonNullable<SatteriProcessorOptions['hastPlugins']>;

/** The alignments Markdown tables can ask for; each has a class in src/styles/site.css. */
export const TABLE_ALIGNMENTS = ['left', 'center', 'right'] as const;

/** The bits of Sätteri's hast visitor this plugin uses (kept local: satteri is not a direct dependency). */
interface CellVisitorContext {
  setProperty(node: CellNode, name: string, value: unknown): void;
}
interface CellNode {
  properties?: Record<string, unknown>;
}

/**
 * The alignment a cell asks for, from its `align` property or a `text-align` inline style.
 * @example cellAlignment({ properties: { style: 'text-align:right' } }) // 'right'
 */
export function cellAlignment(node: CellNode): (typeof TABLE_ALIGNMENTS)[number] | undefined {
  const props = node.properties ?? {};
  const fromStyle = typeof props.style === 'string' ? /text-align:\s*(\w+)/i.exec(props.style)?.[1] : undefined;
  const asked = String(props.align ?? fromStyle ?? '').toLowerCase();
  return (TABLE_ALIGNMENTS as readonly string[]).includes(asked) ? (asked as (typeof TABLE_ALIGNMENTS)[number]) : undefined;
}

/**
 * The plugin itself, typed by the few members it uses (tests call its visitor directly).
 * @example tableAlignmentPlugins()[0].element.visit(node, ctx)
 */
export function tableAlignmentPlugins() {
  return [
    {
      name: 'hat-table-alignment',
      element: {
        filter: ['th', 'td'],
        visit(node: CellNode, ctx: CellVisitorContext) {
          const align = cellAlignment(node);
          const props = node.properties ?? {};
          if (props.style === undefined && props.align === undefined) return;
          ctx.setProperty(node, 'style', undefined);
          ctx.setProperty(node, 'align', undefined);
          if (!align) return;
          const existing = Array.isArray(props.className) ? props.className.map(String) : [];
          ctx.setProperty(node, 'className', [...existing, `app-align-${align}`]);
        },
      },
    },
  ];
}

/** The plugin list for astro.config.mjs. */
export function tableAlignment(): HastPlugins {
  // why: as in base-path-links.ts, Sätteri's full visitor types are narrowed to what is used.
  return tableAlignmentPlugins() as unknown as HastPlugins;
}
