import type { Position } from 'unist';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { EditorComponentSpec } from '../../schema/components';
import { listFields } from '../../schema/fields';

/** A problem found in one component tag, before the file name is added. */
export interface TagProblem {
  position: Position | undefined;
  reason: string;
  fix: string;
}

/** What checkComponent needs besides the tag. */
export interface ComponentContext {
  /** The body text the tree was parsed from (to see whether the tag ends in `/>`). */
  body: string;
  /** Whether a media path (relative to the entry) points at a file; undefined skips that check. */
  fileExists: ((path: string) => boolean) | undefined;
}

const example = (spec: EditorComponentSpec) =>
  `<${spec.name} ${Object.keys(spec.attributes.shape)
    .map((name) => `${name}="..."`)
    .join(' ')} />`;

/**
 * Every rule an allowed component breaks: content or no `/>`, code in the tag, unknown or empty attributes, bad or missing media.
 * @example checkComponent(calloutNode, calloutSpec, { body, fileExists }) // [{ reason: '<Callout>: The callout text (text) is missing. ...', ... }]
 */
export function checkComponent(node: MdxJsxFlowElement | MdxJsxTextElement, spec: EditorComponentSpec, context: ComponentContext): TagProblem[] {
  const tag = `<${spec.name}>`;
  const problems: TagProblem[] = [];
  const add = (position: Position | undefined, reason: string, fix: string) => problems.push({ position: position ?? node.position, reason, fix });
  const source = context.body.slice(node.position?.start.offset, node.position?.end.offset);
  const allowed = Object.keys(spec.attributes.shape);

  if (node.type === 'mdxJsxTextElement') {
    add(node.position, `${tag} must be on a line of its own.`, `Put a blank line before and after it, or insert it again with the CMS's "${spec.label}" button.`);
  }
  if (node.children.length > 0 || !source.trimEnd().endsWith('/>')) {
    add(node.position, `${tag} must be a single tag ending in /> with nothing inside it.`, `Write it as ${example(spec)}, or insert it again with the CMS's "${spec.label}" button.`);
  }

  const values: Record<string, string> = {};
  const positions: Record<string, Position | undefined> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add(attribute.position, `${tag} contains code in curly braces ({${attribute.value}}), which is not allowed.`, `Remove it; write each setting as name="text".`);
    } else if (!allowed.includes(attribute.name)) {
      add(attribute.position, `${tag} has no setting called "${attribute.name}".`, `Remove it. ${spec.name} takes: ${allowed.join(', ')}.`);
    } else if (attribute.value === null || attribute.value === undefined) {
      add(attribute.position, `The "${attribute.name}" setting of ${tag} has no value.`, `Write it as ${attribute.name}="...", or remove it.`);
    } else if (typeof attribute.value !== 'string') {
      add(attribute.position, `The "${attribute.name}" setting of ${tag} is code in curly braces, which is not allowed.`, `Write its text in double quotes: ${attribute.name}="...".`);
    } else {
      values[attribute.name] = attribute.value;
      positions[attribute.name] = attribute.position;
    }
  }

  const result = spec.attributes.safeParse(values);
  const failed = new Set<string>();
  for (const issue of result.error?.issues ?? []) {
    const name = String(issue.path[0] ?? '');
    failed.add(name);
    // why: the shared schema messages speak of "the file's frontmatter"; here the value is in the tag.
    const message = issue.message.replace(/the file's frontmatter/g, `the ${tag} tag`);
    add(positions[name], `${tag}: ${message}`, `Open the entry in the CMS and fill it in, or correct the tag in the file.`);
  }

  // why: a Figure or Video pointing at nothing fails the build later with no mention of the entry.
  const mediaFields = listFields(spec.attributes).filter((f) => f.meta?.widget === 'image' || f.meta?.widget === 'file');
  for (const { path } of mediaFields) {
    const value = values[path];
    if (context.fileExists === undefined || value === undefined || failed.has(path)) continue;
    if (!context.fileExists(value)) {
      add(positions[path], `${tag}: the file ${value} does not exist.`, `Upload it in the CMS, or correct the path.`);
    }
  }
  return problems;
}
