import { listFields } from '../src/schema/fields';
import type { EditorComponentSpec } from '../src/schema/components';

// why: an editor component is stored in a body as one self-closing MDX tag with string
// attributes, e.g. <Callout title="Get help" text="Call 111 &amp; ask for..." />. This module
// is the only place that writes and reads that form, so the CMS (admin/editor-components.ts)
// and its unit tests share it, and it needs nothing from Decap.

/** One attribute of a component tag, in the order its schema declares it. */
export interface TagAttribute {
  /** The attribute name as written in the tag, e.g. "caption". */
  name: string;
  /** True when the schema requires a value: it is always written, even empty, so the body check can name it. */
  required: boolean;
}

/**
 * The attributes of a component, in the order of its zod schema.
 * @example tagAttributes(callout) // [{ name: 'title', required: false }, { name: 'text', required: true }]
 */
export const tagAttributes = (spec: EditorComponentSpec): TagAttribute[] =>
  listFields(spec.attributes).map((f) => ({ name: f.path, required: f.required }));

// why: MDX reads `{` as the start of an expression and `<` as a tag, and Decap finds a component
// by a pattern over one line, so these characters (and newlines) are written as character
// references, which MDX decodes back in attribute values.
const ENCODE: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;', '\n': '&#10;' };
const NAMED: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

/**
 * An attribute value made safe for a one-line MDX tag.
 * @example encodeAttribute('Tom & "Jerry" {1}') // 'Tom &amp; &quot;Jerry&quot; &#123;1&#125;'
 */
export const encodeAttribute = (value: string): string => value.replace(/\r\n?/g, '\n').replace(/[&"<>{}\n]/g, (c) => ENCODE[c]!);

/**
 * An attribute value as typed, with character references decoded (in one pass, so `&amp;lt;` stays `&lt;`).
 * @example decodeAttribute('Tom &amp; &#x1F600; &#10;') // 'Tom & 😀 \n'
 */
export function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (ref, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name] ?? ref;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : ref;
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern Decap uses to find a component's tag at the start of a block: the tag exactly as
 * `componentToTag` writes it (name, attributes in schema order, double quotes, ` />`), alone on its line.
 * Every attribute may be absent, so a tag missing a required one still opens in the CMS form to be fixed.
 * @example tagPattern(callout).test('<Callout text="Hi" />') // true
 */
export function tagPattern(spec: EditorComponentSpec): RegExp {
  // why: values cannot hold a raw quote, <, >, {, } or line break: componentToTag encodes them,
  // and anything else is not a tag the CMS wrote, so it is left as text for the body check.
  const attributes = tagAttributes(spec).map((a) => `(?: ${escapeRegExp(a.name)}="[^"<>{}\\r\\n]*")?`);
  // why: no `m` flag (Decap refuses it); `(?=\n|$)` keeps the tag alone on its line.
  return new RegExp(`^<${escapeRegExp(spec.name)}${attributes.join('')} />(?=[ \\t]*(?:\\r?\\n|$))`);
}

/** The text of one attribute value as the CMS holds it: strings as they are, a one-item list as its item. */
const asText = (value: unknown): string => {
  if (Array.isArray(value)) return asText(value[0]);
  return value === undefined || value === null ? '' : String(value);
};

/**
 * The one-line MDX tag for a component: attributes in schema order, empty optional ones left out,
 * required ones always written (an empty one is then named by the body check, never lost).
 * @example componentToTag(callout, { text: 'Call 111 & ask', title: '' }) // '<Callout text="Call 111 &amp; ask" />'
 */
export function componentToTag(spec: EditorComponentSpec, data: Record<string, unknown>): string {
  const attributes = tagAttributes(spec)
    .map((a) => ({ ...a, value: asText(data[a.name]) }))
    .filter((a) => a.required || a.value.trim() !== '')
    .map((a) => ` ${a.name}="${encodeAttribute(a.value)}"`);
  return `<${spec.name}${attributes.join('')} />`;
}

/**
 * The attribute values of a component's tag, decoded; attributes the tag does not have are left out.
 * Throws, naming the component and the expected form, when the text is not such a tag.
 * @example tagToComponent(callout, '<Callout text="Call 111 &amp; ask" />') // { text: 'Call 111 & ask' }
 */
export function tagToComponent(spec: EditorComponentSpec, tag: string): Record<string, string> {
  const match = tagPattern(spec).exec(tag);
  if (!match) {
    throw new Error(`This is not a ${spec.name} tag the CMS can read: ${JSON.stringify(tag.slice(0, 80))}. It must be one line, like ${componentToTag(spec, {})}.`);
  }
  const data: Record<string, string> = {};
  for (const [, name, value] of match[0].matchAll(/ ([A-Za-z][\w-]*)="([^"]*)"/g)) data[name!] = decodeAttribute(value!);
  return data;
}
