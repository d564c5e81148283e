import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { load } from 'cheerio';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { editorComponentNames } from '../../src/schema/components';
import { userComponents } from '../../src/user-components';
import Callout from '../../src/user-components/Callout.astro';
import KeyFigure from '../../src/user-components/KeyFigure.astro';
import Video from '../../src/user-components/Video.astro';
import AwkwardAttributes from '../fixtures/user-components/awkward-attributes.mdx';
import { GET, getStaticPaths } from '../../src/pages/media/[...file]';

// why: Video refuses files that are not in content/media/, and the content folder is read when
// modules load; so a scratch content folder with a video and its captions is set up first.
const scratchContent = await vi.hoisted(async () => {
  const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'hat-user-components-'));
  mkdirSync(join(dir, 'media/news'), { recursive: true });
  writeFileSync(join(dir, 'media/news/clinic.webm'), 'not really a video');
  writeFileSync(join(dir, 'media/news/clinic.vtt'), 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n');
  process.env.CONTENT_DIR = dir;
  return dir;
});

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
});
afterAll(() => {
  delete process.env.CONTENT_DIR;
  rmSync(scratchContent, { recursive: true, force: true });
});

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  load(await container.renderToString(component, { props }), null, false);

describe('the components editors may place in a body', () => {
  it('are exactly the ones listed in src/schema/components.ts, no more, no fewer', () => {
    expect(Object.keys(userComponents).sort()).toEqual([...editorComponentNames].sort());
  });
});

describe('Callout', () => {
  it('is an aside named by its title, with the title and the text shown', async () => {
    const $ = await render(Callout, { title: 'Get help now', text: 'Call 999 in an emergency.' });
    const aside = $('aside.app-callout');
    expect(aside).toHaveLength(1);
    expect(aside.attr('aria-label')).toBe('Get help now');
    expect(aside.find('.app-callout__title').text()).toBe('Get help now');
    expect(aside.find('p').last().text()).toBe('Call 999 in an emergency.');
  });

  it('still has an accessible name without a title, and shows no empty heading', async () => {
    const $ = await render(Callout, { text: 'Call 999 in an emergency.' });
    expect($('aside').attr('aria-label')).toBe('Note');
    expect($('.app-callout__title')).toHaveLength(0);
  });
});

describe('KeyFigure', () => {
  it('shows the number, its meaning, and its source with the date', async () => {
    const $ = await render(KeyFigure, { value: '60%', label: 'fall in offences', source: 'Teesside University', date: 'December 2021' });
    expect($('.app-key-figure strong').text()).toBe('60%');
    expect($('.app-key-figure').text().replace(/\s+/g, ' ')).toContain('60% fall in offences');
    expect($('.app-key-figure .app-source').text()).toBe('Source: Teesside University, December 2021');
  });
});

describe('Video', () => {
  const props = { title: 'A day at the clinic', src: '../media/news/clinic.webm', captions: '../../media/news/clinic.vtt' };

  it('plays the file from /media/ with English captions on by default, named by its title', async () => {
    const $ = await render(Video, props);
    const video = $('figure video');
    expect(video.attr('controls')).toBeDefined();
    expect(video.attr('preload')).toBe('none');
    expect(video.attr('aria-label')).toBe('A day at the clinic');
    expect(video.find('source').attr('src')).toBe('/media/news/clinic.webm');
    expect(video.find('source').attr('type')).toBe('video/webm');
    const track = video.find('track');
    expect(track.attr('kind')).toBe('captions');
    expect(track.attr('srclang')).toBe('en');
    expect(track.attr('label')).toBe('English');
    expect(track.attr('default')).toBeDefined();
    expect(track.attr('src')).toBe('/media/news/clinic.vtt');
  });

  it('shows its title as a caption with a link to download the captions', async () => {
    const $ = await render(Video, props);
    expect($('figcaption').text()).toContain('A day at the clinic');
    expect($('figcaption a[download]').attr('href')).toBe('/media/news/clinic.vtt');
    expect($('figcaption a').text()).toContain('captions');
  });

  it('fails naming the file, the page and where the file must be, when the captions are missing', async () => {
    await expect(render(Video, { ...props, captions: '../media/news/missing.vtt' })).rejects.toThrow(
      /The captions file in <Video captions="\.\.\/media\/news\/missing\.vtt"> on the page .* does not exist\. It must be the file content\/media\/news\/missing\.vtt/,
    );
    await expect(render(Video, { ...props, src: '../media/clinic.mp4' })).rejects.toThrow(/The video file .*content\/media\/clinic\.mp4/);
  });
});

describe('attribute values written with character references', () => {
  it('appear on the page exactly as the editor typed them, never as markup', async () => {
    const $ = await render(AwkwardAttributes, { components: userComponents });
    expect($('aside').attr('aria-label')).toBe('Say "hello"');
    expect($('.app-callout__title').text()).toBe('Say "hello"');
    expect($('aside p').last().text()).toBe('Fish & chips <b>not bold</b> <script>alert(1)</script> a < b {not code}');
    expect($('b, script')).toHaveLength(0);
    expect($('.app-key-figure strong').text()).toBe('<1%');
    expect($('.app-key-figure').text()).toContain('people & places');
    expect($('.app-source').text()).toBe('Source: The "Journal", May 2023');
  });
});

describe('the /media/ endpoint', () => {
  it('copies every video and captions file in content/media/ with its Content-Type', async () => {
    const paths = getStaticPaths();
    expect(paths.map((p) => [p.params.file, p.props.type])).toEqual([
      ['news/clinic.vtt', 'text/vtt; charset=utf-8'],
      ['news/clinic.webm', 'video/webm'],
    ]);
    const captions = paths[0]!;
    const response = await GET({ props: captions.props, params: captions.params } as unknown as Parameters<typeof GET>[0]);
    expect(response.headers.get('Content-Type')).toBe('text/vtt; charset=utf-8');
    expect(await response.text()).toBe('WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n');
  });
});
