// why: Decap's rich-text editor writes what an editor types verbatim (its remarkAllowAllText),
// and deliberately leaves `<tag>`-looking text, `{`, `}` and `&` unescaped. In MDX those start
// JSX, expressions and character references, so `a < b {curly} <notatag>` typed in the CMS
// broke the build (../shared/stack-notes.md, Decap section). A backslash before ASCII
// punctuation is a CommonMark and MDX escape: `\<` always shows a literal `<`.

/** A node of the old (remark 6 / unified 9) mdast shape that Decap's serializers build. */
export interface EditorNode {
  type: string;
  value?: unknown;
  children?: EditorNode[];
  [key: string]: unknown;
}

// why: Decap builds these from editor text. Its slateToRemark turns every run of plain text
// into an `html` node, not a `text` node, "to keep Remark from escaping" it
// (decap-cms-widget-markdown/src/serializers/slateRemark.js, createText): in the rich-text
// editor nothing is ever real HTML, so both carry words the editor typed.
const EDITOR_TEXT = new Set(['text', 'html']);

// why: the text Decap hands over is what the editor typed (loading a file already turned `\<`
// back into `<`), plus Decap's own escapes, which only ever put a backslash before `*`, `_`, `~`,
// `` ` ``, `[` and, at the very start, `-#*>=|`. So a backslash before `<`, `>`, `{`, `}`, `&`
// or at the end of the text was typed: it is doubled to show as typed (`C:\{x}` stays visible)
// and cannot cancel the escape after it. Decap's leading `\>` is kept as it is.
const SPECIAL = /\\+(?=[<>{}&]|$)|[<>{}&]/g;
const DECAP_LEADING_ESCAPE = /^\s*\\>/;

/**
 * Backslash-escapes `<`, `>`, `{`, `}` and `&` (and a typed backslash before them) so MDX shows them literally.
 * @example escapeText('a < b {c} & d') // 'a \\< b \\{c\\} \\& d' (one backslash before each)
 */
export function escapeText(value: string): string {
  const lead = DECAP_LEADING_ESCAPE.exec(value)?.[0] ?? '';
  return lead + value.slice(lead.length).replace(SPECIAL, (match) => (match.startsWith('\\') ? match + match : `\\${match}`));
}

// why: a top-level paragraph starting "import " or "export " is read by MDX as code (ESM), so
// an article opening "Export of heroin..." in lower case broke the build. ESM is only recognised
// in the first column: one leading space keeps it text, and Markdown drops the space on display.
/** Text starting with import or export and no letter, digit, _ or $ after it: MDX may read such a line as code. */
export const ESM_START = /^(import|export)(?![A-Za-z0-9_$])/;

/**
 * A copy of the tree with the editor's text escaped; code, inline code, links' addresses and editor components are untouched.
 * @example escapeEditorText({ type: 'root', children: [{ type: 'text', value: '{x}' }] }) // text value '\\{x\\}'
 */
export function escapeEditorText<T extends EditorNode>(tree: T): T {
  return escapeNode(tree, []) as T;
}

function escapeNode(node: EditorNode, ancestors: readonly EditorNode[]): EditorNode {
  // why: an editor component (Decap "shortcode") writes its own tag; Decap's escaper skips it too.
  if ((node.data as { shortcode?: unknown } | undefined)?.shortcode) return node;
  const copy: EditorNode = { ...node };
  if (EDITOR_TEXT.has(node.type) && typeof node.value === 'string') copy.value = escapeText(node.value);
  if (Array.isArray(node.children)) {
    copy.children = node.children.map((child, index) => {
      const escaped = escapeNode(child, [...ancestors, node]);
      const opensTopParagraph = index === 0 && node.type === 'paragraph' && ancestors.length === 1 && ancestors[0].type === 'root';
      if (opensTopParagraph && typeof escaped.value === 'string' && EDITOR_TEXT.has(escaped.type) && ESM_START.test(escaped.value)) {
        return { ...escaped, value: ` ${escaped.value}` };
      }
      return escaped;
    });
  }
  return copy;
}

/**
 * Decap remark plugin (unified 9 attacher): escapes editor text when the CMS saves a body, never when it loads one.
 * @example CMS.registerRemarkPlugin(remarkEscapeEditorText)
 */
export function remarkEscapeEditorText(this: { Compiler?: unknown }): ((tree: EditorNode) => EditorNode) | undefined {
  // why: Decap `.use()`s registered plugins last in both its parse processor (markdownToRemark)
  // and its stringify processor (remarkToMarkdown); only the second has a Compiler. Escaping
  // on load would show the editor backslashes in the rich-text view.
  return this.Compiler ? (tree) => escapeEditorText(tree) : undefined;
}
