import { beforeAll, describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/body-safety/check-body';
import { type EditorNode, escapeEditorText, escapeText, remarkEscapeEditorText } from '../../src/lib/body-safety/escape-editor-text';
import { type DecapSerializers, loadDecapSerializers, typedParagraph } from '../helpers/decap-serializers';

const AWKWARD = 'a < b > c {curly} [square] `tick` & &amp; <notatag> </p> {/* c */} 😀 👍🏽 مرحبا 你好 नमस्ते ŵ ŷ';
const check = (body: string) => checkBody(body, { file: 'content/news/x.mdx', format: 'mdx' });
const root = (...children: EditorNode[]): EditorNode => ({ type: 'root', children });
const paragraph = (...children: EditorNode[]): EditorNode => ({ type: 'paragraph', children });

describe('escapeText', () => {
  it('puts one backslash before each < > { } &', () => {
    expect(escapeText('a < b > c {d} & e')).toBe('a \\< b \\> c \\{d\\} \\& e');
  });

  it('leaves every other character alone', () => {
    const other = 'plain [x] `y` *z* _w_ # | 😀 👍🏽 مرحبا 你好 नमस्ते ŵ ŷ \\ C:\\temp';
    expect(escapeText(other)).toBe(other);
  });

  it("keeps Decap's own escape of a leading > as it is", () => {
    expect(escapeText('\\> quoted > here')).toBe('\\> quoted \\> here');
  });

  it('keeps a typed backslash visible, so it cannot cancel the escape after it', () => {
    expect(escapeText('C:\\{x}')).toBe('C:\\\\\\{x\\}');
    expect(escapeText('two \\\\<')).toBe('two \\\\\\\\\\<');
    expect(escapeText('ends \\')).toBe('ends \\\\');
    expect(escapeText('C:\\temp')).toBe('C:\\temp');
  });
});

describe('escapeEditorText', () => {
  it('escapes text and html nodes and nothing else', () => {
    const tree = root(
      paragraph({ type: 'text', value: '{a}' }, { type: 'html', value: '<b>' }, { type: 'inlineCode', value: '{c}<d>' }),
      { type: 'code', value: 'x = {y} < z', lang: 'js' },
      paragraph({ type: 'link', url: 'https://example.org/?a=1&b={2}', children: [{ type: 'text', value: 'a & b' }] }),
    );
    expect(escapeEditorText(tree)).toEqual(
      root(
        paragraph({ type: 'text', value: '\\{a\\}' }, { type: 'html', value: '\\<b\\>' }, { type: 'inlineCode', value: '{c}<d>' }),
        { type: 'code', value: 'x = {y} < z', lang: 'js' },
        paragraph({ type: 'link', url: 'https://example.org/?a=1&b={2}', children: [{ type: 'text', value: 'a \\& b' }] }),
      ),
    );
  });

  it('leaves editor components (shortcodes) and the input tree untouched', () => {
    const shortcode: EditorNode = { type: 'shortcode', data: { shortcode: 'callout', shortcodeData: { text: '<x> {y}' } } };
    const tree = root(shortcode, paragraph({ type: 'text', value: '<z>' }));
    const before = structuredClone(tree);
    const result = escapeEditorText(tree);
    expect(result.children?.[0]).toBe(shortcode);
    expect(tree).toEqual(before);
  });

  it('indents a top-level paragraph opening with "import " or "export " so MDX does not read it as code', () => {
    const tree = root(paragraph({ type: 'html', value: 'export of heroin rose' }), paragraph({ type: 'text', value: 'import data' }));
    const result = escapeEditorText(tree);
    expect(result.children?.map((p) => p.children?.[0].value)).toEqual([' export of heroin rose', ' import data']);
    const quoted = root({ type: 'blockquote', children: [paragraph({ type: 'text', value: 'export of x' })] });
    expect(escapeEditorText(quoted)).toEqual(quoted);
  });
});

describe('remarkEscapeEditorText', () => {
  it('escapes when Decap saves (a Compiler is set) and does nothing when it loads', () => {
    expect(remarkEscapeEditorText.call({})).toBeUndefined();
    const transform = remarkEscapeEditorText.call({ Compiler: class {} });
    expect(transform?.(root(paragraph({ type: 'text', value: '{x}' })))).toEqual(root(paragraph({ type: 'text', value: '\\{x\\}' })));
  });
});

// why: proves the plugin inside Decap's real serializers (decap-cms-widget-markdown's ESM build),
// not in a look-alike pipeline.
describe("inside Decap's own serializers", () => {
  let decap: DecapSerializers;
  const plugins = { remarkPlugins: [remarkEscapeEditorText] };
  beforeAll(async () => {
    decap = await loadDecapSerializers();
  });

  it('Decap on its own writes awkward text that breaks MDX (the reason for the plugin)', () => {
    const written = decap.slateToMarkdown([typedParagraph(AWKWARD)]);
    expect(written).toContain('<notatag>');
    expect(check(written)).not.toEqual([]);
  });

  it('Decap hands typed text to plugins as html nodes, so text-only escaping would miss it', () => {
    const types: string[] = [];
    function recordTypes(this: { Compiler?: unknown }) {
      return this.Compiler ? (tree: EditorNode) => void tree.children?.[0].children?.forEach((n) => types.push(n.type)) : undefined;
    }
    decap.slateToMarkdown([typedParagraph('a < b')], { remarkPlugins: [recordTypes] });
    expect(types).toEqual(['html']);
  });

  it('with the plugin, typed text is written escaped and passes the body check', () => {
    const written = decap.slateToMarkdown([typedParagraph(AWKWARD)], plugins);
    expect(written).toBe(
      'a \\< b \\> c \\{curly\\} \\[square] \\`tick\\` \\& \\&amp; \\<notatag\\> \\</p\\> \\{/\\* c \\*/\\} 😀 👍🏽 مرحبا 你好 नमस्ते ŵ ŷ',
    );
    expect(check(written)).toEqual([]);
  });

  it('loading shows the text as typed, and saving again writes the same file (round trip is idempotent)', () => {
    const written = decap.slateToMarkdown([typedParagraph(AWKWARD)], plugins);
    const loaded = decap.markdownToSlate(written, plugins);
    expect(loaded).toEqual([typedParagraph(AWKWARD)]);
    expect(decap.slateToMarkdown(loaded, plugins)).toBe(written);
  });

  it('shows typed backslashes and a leading > exactly as typed, across saves', () => {
    const typed = ['> not a quote', 'C:\\{x} \\<b> \\\\& end\\'];
    const written = decap.slateToMarkdown(typed.map(typedParagraph), plugins);
    expect(check(written)).toEqual([]);
    const loaded = decap.markdownToSlate(written, plugins);
    expect(loaded).toEqual(typed.map(typedParagraph));
    expect(decap.slateToMarkdown(loaded, plugins)).toBe(written);
  });

  it('keeps an "export ..." paragraph as text across saves', () => {
    const written = decap.slateToMarkdown([typedParagraph('export of heroin rose'), typedParagraph('second')], plugins);
    expect(written).toBe(' export of heroin rose\n\nsecond');
    expect(check(written)).toEqual([]);
    expect(decap.slateToMarkdown(decap.markdownToSlate(written, plugins), plugins)).toBe(written);
  });

  it('leaves inline code and code blocks exactly as typed', () => {
    const code = { type: 'paragraph', children: [{ text: 'see ' }, { text: 'a{b}<c>&d', marks: [{ type: 'code' }], code: true }] };
    expect(decap.slateToMarkdown([code], plugins)).toBe('see `a{b}<c>&d`');
  });

  it('leaves editor components as the component wrote them', () => {
    const file = 'Before\n\n<Callout text="Call 999 &amp; ask" />\n\nAfter {x}';
    const saved = decap.slateToMarkdown(decap.markdownToSlate(file, plugins), plugins);
    expect(saved).toBe('Before\n\n<Callout text="Call 999 &amp; ask" />\n\nAfter \\{x\\}');
  });

  it('turns raw HTML found in a file into visible text when the file is saved from the editor', () => {
    const saved = decap.slateToMarkdown(decap.markdownToSlate('<script>alert(1)</script>', plugins), plugins);
    expect(saved).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(check(saved)).toEqual([]);
  });
});
