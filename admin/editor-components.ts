import type { ReactElement } from 'react';
import { editorComponents, type EditorComponentSpec } from '../src/schema/components';
import { listFields } from '../src/schema/fields';
import { hintFor } from './config/decap-fields';
import { componentToTag, tagPattern, tagToComponent } from './component-tags';
import { componentPreviews, type ComponentAsset, type ComponentData } from './previews/component-previews';
import type { Cms } from './previews/types';

// why: editors insert the site's components with the body editor's "+" menu and fill in a form;
// they never type a tag. Each button is generated from src/schema/components.ts, so the
// form's fields, the tag written and the build's check of that tag all come from one list.

type EditorComponentOptions = Parameters<Cms['registerEditorComponent']>[0];
/** Decap's options for a block editor component (one tag on its own line). */
export type BlockComponentOptions = Exclude<EditorComponentOptions, { type: 'inline' }>;
type DecapComponentField = NonNullable<BlockComponentOptions['fields']>[number];
/** The site's editor component options: Decap's, with the preview's second argument (getAsset) typed. */
export type SiteComponentOptions = Omit<BlockComponentOptions, 'toPreview'> & {
  toPreview: (data: ComponentData | undefined, getAsset?: ComponentAsset) => ReactElement | string;
};

/** One field of an editor component's form, as Decap reads it. */
export interface ComponentField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  /** Image and file widgets: pick one file from the media library, no web address. */
  media_library?: { allow_multiple: boolean };
  choose_url?: boolean;
}

// why: a Figure or Video must point at a file in content/media/ (the build checks the path), so
// the picker takes one uploaded file and offers no "insert from URL". Uploads go to the
// collection's media folder (../media/<collection>, set by admin/config): Decap 3 ignores a
// media_folder set on a field inside an editor component, so none is set here.
const MEDIA_OPTIONS = { media_library: { allow_multiple: false }, choose_url: false } as const;

/**
 * The form fields of a component, from its attributes' zod schema and editor metadata, in schema order.
 * @example componentFields(callout).map((f) => [f.name, f.widget, f.required]) // [['title', 'string', false], ['text', 'text', true]]
 */
export function componentFields(spec: EditorComponentSpec): ComponentField[] {
  return listFields(spec.attributes).map((f) => {
    const widget = f.meta?.widget ?? 'string';
    return {
      name: f.path,
      label: f.meta?.label ?? f.path,
      widget,
      required: f.required,
      ...(f.meta ? { hint: hintFor(f.meta) } : {}),
      ...(widget === 'image' || widget === 'file' ? MEDIA_OPTIONS : {}),
    };
  });
}

/** Decap's editor component for one of the site's components: form, tag pattern, reader, writer and preview. */
export function editorComponentOptions(spec: EditorComponentSpec): SiteComponentOptions {
  const preview = componentPreviews[spec.name];
  return {
    id: spec.name,
    label: spec.label,
    fields: componentFields(spec) as DecapComponentField[],
    pattern: tagPattern(spec),
    fromBlock: (match: RegExpMatchArray) => tagToComponent(spec, match[0]),
    toBlock: (data: Record<string, unknown> | undefined) => componentToTag(spec, data ?? {}),
    // why: Decap passes the preview's getAsset second, so images and videos show from the media library.
    toPreview: (data: ComponentData | undefined, getAsset?: ComponentAsset) => (preview ? preview(data ?? {}, getAsset) : spec.label),
  };
}

/**
 * Add a body-editor button for every component in src/schema/components.ts.
 * @example registerEditorComponents(CMS) // before CMS.init(...)
 */
export function registerEditorComponents(cms: Cms): void {
  for (const spec of editorComponents) cms.registerEditorComponent(editorComponentOptions(spec));
}
