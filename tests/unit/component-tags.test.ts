import { describe, expect, it } from 'vitest';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { componentToTag, decodeAttribute, tagAttributes, tagPattern, tagToComponent } from '../../admin/component-tags';
import { editorComponents, type EditorComponentSpec } from '../../src/schema/components';
import { checkBody } from '../../src/lib/body-safety/check-body';
import { parseBody } from '../../src/lib/body-safety/parse-body';

const spec = (name: string): EditorComponentSpec => editorComponents.find((c) => c.name === name)!;
const callout = spec('Callout');

// why: everything an editor might type that could break a one-line MDX tag or be misread.
const AWKWARD = 'He said "no" & left <b>now</b> {x} }{ &amp; 😀 مرحبا بكم\nsecond line';

/** Every attribute of a component set to the awkward text. */
const awkwardData = (s: EditorComponentSpec) => Object.fromEntries(tagAttributes(s).map((a) => [a.name, `${a.name}: ${AWKWARD}`]));

/** Values the build accepts: media attributes need a real-looking path, the rest are awkward text. */
const MEDIA: Record<string, string> = { 'Figure.src': '../media/news/chart.jpg', 'Video.src': '../media/news/clip.mp4', 'Video.captions': '../media/news/clip.vtt' };
const validData = (s: EditorComponentSpec) =>
  Object.fromEntries(tagAttributes(s).map((a) => [a.name, MEDIA[`${s.name}.${a.name}`] ?? `${a.name}: ${AWKWARD}`]));

describe('component tags: round trip', () => {
  for (const s of editorComponents) {
    it(`${s.name}: what is written reads back exactly as typed, on one line`, () => {
      const data = awkwardData(s);
      const tag = componentToTag(s, data);
      expect(tag).not.toMatch(/\n/);
      // why: inside the quotes only character references may stand for these characters.
      expect(tag.replace(/^<\w+|\/>$/g, '').replace(/ \w+="/g, '').replace(/"/g, '')).not.toMatch(/[<>{}]/);
      expect(tagToComponent(s, tag)).toEqual(data);
    });

    it(`${s.name}: MDX reads the written tag with the same values, and the build's body check accepts it`, () => {
      const data = validData(s);
      const tag = componentToTag(s, data);
      const [node] = parseBody(`${tag}\n`, 'mdx').children as MdxJsxFlowElement[];
      expect(node?.type).toBe('mdxJsxFlowElement');
      expect(node?.name).toBe(s.name);
      expect(Object.fromEntries(node!.attributes.map((a) => [(a as { name: string }).name, a.value]))).toEqual(data);
      expect(checkBody(`Before.\n\n${tag}\n\nAfter.\n`, { file: 'content/news/x.mdx', format: 'mdx' })).toEqual([]);
    });
  }

  it('writes Windows line breaks as one line break', () => {
    expect(tagToComponent(callout, componentToTag(callout, { text: 'a\r\nb\rc' }))).toEqual({ text: 'a\nb\nc' });
  });

  it('decodes character references once, and leaves unknown or invalid ones as typed', () => {
    expect(decodeAttribute('&amp;lt; &lt; &#x1F600; &#128512; &#10; &nbsp; &#0; &#xD800; & plain')).toBe('&lt; < 😀 😀 \n &nbsp; &#0; &#xD800; & plain');
  });
});

describe('component tags: attributes', () => {
  it('leaves out empty optional attributes and always writes required ones', () => {
    expect(componentToTag(callout, { title: '', text: 'Hi' })).toBe('<Callout text="Hi" />');
    expect(componentToTag(callout, { title: '   ', text: 'Hi' })).toBe('<Callout text="Hi" />');
    expect(componentToTag(callout, { title: undefined, text: 'Hi' })).toBe('<Callout text="Hi" />');
    // why: a required attribute left empty is still written, so the body check names it instead of it vanishing.
    expect(componentToTag(callout, { title: 'Note' })).toBe('<Callout title="Note" text="" />');
  });

  it('writes attributes in the schema order, whatever order the form gives them in', () => {
    const figure = spec('Figure');
    expect(tagAttributes(figure).map((a) => a.name)).toEqual(['src', 'alt', 'caption']);
    expect(componentToTag(figure, { caption: 'C', alt: 'A', src: '../media/news/a.jpg' })).toBe('<Figure src="../media/news/a.jpg" alt="A" caption="C" />');
    const keyFigure = spec('KeyFigure');
    expect(componentToTag(keyFigure, { date: 'D', source: 'S', label: 'L', value: '60%' })).toBe('<KeyFigure value="60%" label="L" source="S" date="D" />');
  });

  it('takes the first file when a media picker hands over a list', () => {
    expect(componentToTag(spec('Figure'), { src: ['../media/news/a.jpg'], alt: 'A' })).toBe('<Figure src="../media/news/a.jpg" alt="A" />');
  });
});

describe('component tags: pattern', () => {
  for (const s of editorComponents) {
    it(`${s.name}: matches what is written, alone or followed by more text, and takes only the tag`, () => {
      const tag = componentToTag(s, awkwardData(s));
      const pattern = tagPattern(s);
      expect(pattern.flags).not.toMatch(/[gmy]/);
      expect(pattern.exec(tag)?.[0]).toBe(tag);
      expect(pattern.exec(`${tag}\n\nNext paragraph.`)?.[0]).toBe(tag);
      expect(pattern.exec(`${tag}\r\nNext`)?.[0]).toBe(tag);
    });
  }

  const notCallouts = {
    'a callout with children': '<Callout>Text</Callout>',
    'a callout with children and attributes': '<Callout title="A">Text</Callout>',
    'an opening tag only': '<Callout text="A">',
    'no space before />': '<Callout text="A"/>',
    'another tag': '<CalloutBox text="A" />',
    'another component': '<Figure src="../media/a.jpg" alt="A" />',
    'attributes out of order': '<Callout text="A" title="B" />',
    'an unknown attribute': '<Callout text="A" onclick="x" />',
    'an expression attribute': '<Callout text={x} />',
    'single quotes': "<Callout text='A' />",
    'a raw brace in a value': '<Callout text="a {b}" />',
    'a raw < in a value': '<Callout text="a <b" />',
    'a tag over two lines': '<Callout title="A"\ntext="B" />',
    'text after the tag on its line': '<Callout text="A" /> and more',
    'text before the tag': 'Hello <Callout text="A" />',
    'an import': 'import Callout from "x"',
  };
  for (const [what, text] of Object.entries(notCallouts)) {
    it(`does not match ${what}`, () => expect(tagPattern(callout).test(text)).toBe(false));
  }

  it('says what is wrong when asked to read something that is not the tag', () => {
    expect(() => tagToComponent(callout, '<Callout>Text</Callout>')).toThrow(/not a Callout tag the CMS can read: "<Callout>Text<\/Callout>"\. It must be one line, like <Callout text="" \/>/);
  });
});
