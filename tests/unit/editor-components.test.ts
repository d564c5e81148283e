import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { isValidElement, type ReactElement } from 'react';
import { componentFields, editorComponentOptions, registerEditorComponents } from '../../admin/editor-components';
import { editorComponents } from '../../src/schema/components';
import type { Cms } from '../../admin/previews/types';

const optionsFor = (name: string) => editorComponentOptions(editorComponents.find((c) => c.name === name)!);
const classesOf = (html: string) => new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)));
const preview = (name: string, data: Record<string, string>) => {
  const element = optionsFor(name).toPreview(data, (path: string) => ({ url: `/fake-media/${path}` }));
  expect(isValidElement(element)).toBe(true);
  return renderToStaticMarkup(element as ReactElement);
};

describe('editor components: the CMS buttons', () => {
  it('registers one button per component, named by its tag', () => {
    const ids: string[] = [];
    registerEditorComponents({ registerEditorComponent: (o: { id: string }) => ids.push(o.id) } as unknown as Cms);
    expect(ids).toEqual(editorComponents.map((c) => c.name));
  });

  it('builds each form from the schema: label, widget, required and hint (with length guidance)', () => {
    expect(componentFields(editorComponents.find((c) => c.name === 'Callout')!)).toEqual([
      { name: 'title', label: 'Heading', widget: 'string', required: false, hint: 'Optional. A few words, e.g. "Get help now". Aim for 60 characters or fewer.' },
      { name: 'text', label: 'Text', widget: 'text', required: true, hint: 'One or two sentences. Plain text. Aim for 300 characters or fewer.' },
    ]);
    for (const spec of editorComponents) {
      for (const field of componentFields(spec)) expect(field.hint?.trim(), `${spec.name}.${field.name} has no hint`).toBeTruthy();
    }
  });

  it('lets image and file fields pick one uploaded file, never a web address', () => {
    const fields = componentFields(editorComponents.find((c) => c.name === 'Video')!);
    expect(fields.map((f) => [f.name, f.widget, f.required])).toEqual([['title', 'string', true], ['src', 'file', true], ['captions', 'file', true]]);
    expect(fields[1]).toMatchObject({ media_library: { allow_multiple: false }, choose_url: false });
    expect(fields[0]).not.toHaveProperty('media_library');
  });

  it('reads and writes tags through the shared (de)serialiser', () => {
    const callout = optionsFor('Callout');
    const tag = callout.toBlock({ title: 'Get help', text: 'Call 111 & ask {now}' });
    expect(tag).toBe('<Callout title="Get help" text="Call 111 &amp; ask &#123;now&#125;" />');
    expect(callout.fromBlock(callout.pattern.exec(`${tag}\n\nMore`)!)).toEqual({ title: 'Get help', text: 'Call 111 & ask {now}' });
  });
});

describe('editor components: previews use the classes of src/user-components/', () => {
  const samples: Record<string, Record<string, string>> = {
    Callout: { title: 'Get help now', text: 'Call 111 <today>.' },
    Figure: { src: '../media/news/chart.jpg', alt: 'A chart.', caption: 'Offences fell.' },
    KeyFigure: { value: '60%', label: 'fall in offences', source: 'Teesside University', date: 'December 2021' },
    Video: { title: 'A day at the clinic', src: '../media/news/clip.mp4', captions: '../media/news/clip.vtt' },
  };

  for (const spec of editorComponents) {
    it(`${spec.name}: every class of ${spec.name}.astro is in the preview, and the reverse`, () => {
      const html = preview(spec.name, samples[spec.name] ?? {});
      // why: Figure draws HeroImage, so its classes are HeroImage's.
      const astro = readFileSync(new URL(`../../src/${spec.name === 'Figure' ? 'components/HeroImage' : `user-components/${spec.name}`}.astro`, import.meta.url), 'utf8');
      const live = classesOf(astro);
      const own = [...classesOf(html)].filter((c) => !c.startsWith('app-preview-'));
      expect(live.size).toBeGreaterThan(0);
      expect([...live].filter((c) => !own.includes(c))).toEqual([]);
      expect(own.filter((c) => !live.has(c))).toEqual([]);
    });
  }

  it('shows values as text, images and videos from the media library, and warns about missing alt text', () => {
    expect(preview('Callout', samples.Callout!)).toBe('<aside class="app-callout" aria-label="Get help now"><p class="app-callout__title">Get help now</p><p>Call 111 &lt;today&gt;.</p></aside>');
    expect(preview('Figure', samples.Figure!)).toContain('<img src="/fake-media/../media/news/chart.jpg" alt="A chart."/>');
    expect(preview('Figure', { ...samples.Figure!, alt: '' })).toContain('Alt text is required');
    expect(preview('Video', samples.Video!)).toContain('<track kind="captions" srcLang="en" label="English" src="/fake-media/../media/news/clip.vtt" default=""/>');
  });
});
