import type CMS from 'decap-cms-app';
import type { ComponentClass } from 'react';
import { altTextControl } from './alt-text';
import { checkedMarkdownControl } from './checked-markdown';
import { countedControl } from './character-count';

/** One of Decap's own widgets, typed as the class component it is. */
function builtIn(cms: typeof CMS, name: string) {
  const widget = cms.getWidget(name) as unknown as { control: ComponentClass<never>; preview: unknown; schema?: unknown } | undefined;
  if (!widget) throw new Error(`Decap's "${name}" widget is missing: the site's ${name} widgets build on it.`);
  return widget;
}

/** Registers the site's own widgets, each built on one of Decap's. */
export function registerWidgets(cms: typeof CMS): void {
  const markdown = builtIn(cms, 'markdown');
  const string = builtIn(cms, 'string');
  const text = builtIn(cms, 'text');
  const suggestedMax = { properties: { suggested_max: { type: 'number' } } };
  for (const [name, base] of [['counted-string', string], ['counted-text', text]] as const) {
    cms.registerWidget({ name, controlComponent: countedControl(base.control), previewComponent: base.preview, schema: suggestedMax } as never);
  }
  cms.registerWidget({
    name: 'checked-markdown',
    controlComponent: checkedMarkdownControl(markdown.control),
    previewComponent: markdown.preview,
    schema: markdown.schema,
  } as never);
  cms.registerWidget({
    name: 'alt-text',
    controlComponent: altTextControl(string.control),
    previewComponent: string.preview,
    schema: { properties: { decorative_field: { type: 'string' }, image_field: { type: 'string' } } },
  } as never);
}
