import { vi } from 'vitest';

/** A Decap editor component, as Decap's serializers use it (a "shortcode"). */
export interface DecapEditorComponent {
  id: string;
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (data: Record<string, string>) => string;
}

/** Decap's real Markdown <-> rich-text (Slate) serializers. */
export interface DecapSerializers {
  markdownToSlate(markdown: string, options?: { remarkPlugins?: unknown[] }): unknown[];
  slateToMarkdown(slate: unknown[], options?: { remarkPlugins?: unknown[] }): string;
}

/** A Callout editor component as the CMS defines one, to prove components pass through untouched. */
export const calloutComponent: DecapEditorComponent = {
  id: 'callout',
  pattern: /^<Callout text="([^"]*)" \/>$/,
  fromBlock: (match) => ({ text: match[1] }),
  toBlock: (data) => `<Callout text="${data.text}" />`,
};

// why: these are the very functions the CMS runs when an editor saves (decap-cms-widget-markdown's
// own ESM build, remark-parse 6 / remark-stringify 6 / unified 9). Its MarkdownControl module,
// which only supplies the list of editor components, pulls in the browser-only UI: it is replaced.
/**
 * Load Decap's serializers with the given editor components.
 * @example const { slateToMarkdown } = await loadDecapSerializers([calloutComponent])
 */
export async function loadDecapSerializers(components: DecapEditorComponent[] = [calloutComponent]): Promise<DecapSerializers> {
  vi.doMock('decap-cms-widget-markdown/dist/esm/MarkdownControl', () => ({ getEditorComponents: () => components }));
  const id = 'decap-cms-widget-markdown/dist/esm/serializers';
  return (await import(/* @vite-ignore */ id)) as DecapSerializers;
}

/** One rich-text paragraph holding exactly what an editor typed. */
export const typedParagraph = (text: string) => ({ type: 'paragraph', children: [{ text }] });
