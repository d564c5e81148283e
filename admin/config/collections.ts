import { z } from 'astro/zod';
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { contentTypes, type ContentType } from '../../src/schema/content-types';
import { editorComponentNames } from '../../src/schema/components';
import { settingsSchema } from '../../src/schema/settings';
import type { SchemaContext } from '../../src/schema/context';
import { decapFields, type SettingsChoices } from './decap-fields';

// why: the CMS is given a plain-string image schema; sharp's image() exists only inside Astro.
const cmsContext = (choices: SettingsChoices): SchemaContext => ({
  image: () => z.string() as never,
  areas: choices.areas.map((a) => a.value),
  faqGroups: choices.faqGroups.map((g) => g.value),
});

/** Toolbar buttons offered in the body editor: no first-level heading (the title is the page's only h1). */
const BODY_BUTTONS = ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'heading-four', 'quote', 'bulleted-list', 'numbered-list'] as const;

/** The body field of a prose type: the site's checked Markdown editor with its components. */
function bodyField(type: ContentType): CmsField[] {
  if (!type.body) return [];
  return [
    {
      name: 'body',
      label: type.body.label,
      hint: type.body.hint,
      // why: 'checked-markdown' is Decap's Markdown editor plus the build's own body check, so a
      // body the build would refuse is refused before saving, with the line and the reason.
      widget: 'checked-markdown' as never,
      buttons: [...BODY_BUTTONS],
      editor_components: type.body.components ? [...editorComponentNames] : [],
      modes: ['rich_text', 'raw'],
      required: true,
    } as CmsField,
  ];
}

/** File name of a new entry: news and events start with their date, everything else is the title. */
const slugFor = (type: ContentType) =>
  type.datePrefix && type.dateField ? `{{fields.${type.dateField} | date('YYYY-MM-DD')}}-{{slug}}` : '{{slug}}';

/** Newest first where a type has a date; alphabetical otherwise. */
function sorting(type: ContentType) {
  const byTitle = { field: type.titleField, label: 'Title' };
  if (!type.dateField) return [{ ...byTitle, default_sort: 'asc' as const }];
  return [{ field: type.dateField, label: 'Date', default_sort: 'desc' as const }, byTitle];
}

/** List filters: by area for types tagged with one, and drafts for types that have them. */
function filters(fieldNames: string[], choices: SettingsChoices) {
  const byArea = fieldNames.includes('area') ? choices.areas.map((a) => ({ label: a.label, field: 'area', pattern: `^${a.value}$` })) : [];
  const drafts = fieldNames.includes('draft') ? [{ label: 'Drafts (not on the site)', field: 'draft', pattern: true }] : [];
  return [...byArea, ...drafts];
}

/** The line shown for each entry in a CMS list: date, title and whether it is a draft. */
function summaryFor(type: ContentType, fieldNames: string[]) {
  const date = type.dateField ? `{{${type.dateField} | date('DD/MM/YYYY')}} · ` : '';
  const draft = fieldNames.includes('draft') ? "{{draft | ternary(' (draft)', '')}}" : '';
  return `${date}{{${type.titleField}}}${draft}`;
}

/** Where the CMS's "View live" link points for an entry, when the type has its own pages. */
const PREVIEW_PATHS: Record<string, string> = { news: 'news/{{slug}}/', stories: 'stories/{{slug}}/', documents: 'documents/{{slug}}/', pages: '{{slug}}/' };

/** Decap's folder collection for one content type. */
export function folderCollection(type: ContentType, choices: SettingsChoices): CmsCollection {
  const fields = decapFields(type.schema(cmsContext(choices)), choices);
  const names = fields.map((f) => f.name);
  const format = type.format === 'yaml' ? { extension: 'yaml', format: 'yml' as const } : { extension: type.format, format: 'frontmatter' as const };
  return {
    name: type.name,
    label: type.label,
    label_singular: type.labelSingular,
    description: type.description,
    folder: `content/${type.folder}`,
    ...format,
    create: true,
    delete: true,
    identifier_field: type.titleField,
    slug: slugFor(type),
    summary: summaryFor(type, names),
    sortable_fields: sorting(type),
    // why: Decap refuses an empty filter list.
    ...(filters(names, choices).length ? { view_filters: filters(names, choices) } : {}),
    ...(type.dateField ? { view_groups: [{ label: 'Year', field: type.dateField, pattern: '\\d{4}' }] } : {}),
    media_folder: type.mediaFolder,
    public_folder: type.mediaFolder,
    ...(PREVIEW_PATHS[type.name] ? { preview_path: PREVIEW_PATHS[type.name] } : {}),
    fields: [...fields, ...bodyField(type)],
  };
}

/** The site settings as a single-file collection. */
export function settingsCollection(choices: SettingsChoices): CmsCollection {
  return {
    name: 'settings',
    label: 'Site settings',
    description: 'The site name, contacts, help services, partners, funding, areas, FAQ headings and menu.',
    extension: 'yaml',
    format: 'yml',
    editor: { preview: false },
    files: [{ name: 'site', label: 'Site settings', file: 'content/settings/site.yaml', fields: decapFields(settingsSchema(), choices) }],
  };
}

/** Every collection the CMS shows: each content type, then the site settings. */
export const cmsCollections = (choices: SettingsChoices): CmsCollection[] => [
  ...contentTypes.map((type) => folderCollection(type, choices)),
  settingsCollection(choices),
];
