import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, type CheerioAPI } from 'cheerio';
import sharp from 'sharp';
import { astroBuild } from '../helpers/astro-build';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:03.000\nThis is the clinic on Acklam Road.\n';
// why: the smallest bytes that start like a WebM file; the build copies it, nobody plays it.
const WEBM = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]);

const page = (body: string) => `---
title: Editor components fixture
description: A page that uses every component editors may place in a body.
reviewed: 2026-11-01
reviewDue: 2027-05-01
---

${body}
`;

const ALL_COMPONENTS = page(`Some text before the components.

<Callout title="Get help now" text="Call 999 in an emergency. Fish &amp; chips &lt;b&gt; a < b." />

<Figure src="../media/fixture/test-card.png" alt="A plain blue test card." caption="A &quot;test&quot; card." />

<KeyFigure value="99%" label="attendance at twice-daily doses" source="Office of the Police and Crime Commissioner for Cleveland" date="February 2020" />

<Video title="A day at the clinic" src="../media/fixture/clinic.webm" captions="../media/fixture/clinic.vtt" />
`);

const build = (contentDir: string, outDir: string, cacheDir: string) => astroBuild({ contentDir, outDir, cacheDir, env: { BASE_PATH: '/hat/' } });

// why: one real build over a copy of the content with a fixture page using all four components
// proves they work end to end (MDX, sharp, the /media/ endpoint, the base path), not just in isolation.
describe('a body using every editor component, built for real under /hat/', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'hat-user-components-build-'));
  const content = join(scratch, 'content');
  const dist = join(scratch, 'dist');
  let $: CheerioAPI;

  beforeAll(async () => {
    cpSync(join(root, 'content'), content, { recursive: true });
    mkdirSync(join(content, 'media/fixture'), { recursive: true });
    await sharp({ create: { width: 400, height: 300, channels: 3, background: '#1d3f5e' } }).png().toFile(join(content, 'media/fixture/test-card.png'));
    writeFileSync(join(content, 'media/fixture/clinic.webm'), WEBM);
    writeFileSync(join(content, 'media/fixture/clinic.vtt'), CAPTIONS);
    writeFileSync(join(content, 'pages/editor-components-fixture.mdx'), ALL_COMPONENTS);
    const result = build(content, dist, join(scratch, 'cache'));
    if (result.status !== 0) throw new Error(`The fixture build failed:\n${result.output.slice(-3000)}`);
    $ = load(readFileSync(join(dist, 'editor-components-fixture/index.html'), 'utf8'));
  }, 240_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('shows the callout as a labelled aside, with character references shown literally', () => {
    const aside = $('main aside.app-callout');
    expect(aside.attr('aria-label')).toBe('Get help now');
    expect(aside.find('p').last().text()).toBe('Call 999 in an emergency. Fish & chips <b> a < b.');
    expect(aside.find('b')).toHaveLength(0);
  });

  it('makes the figure AVIF and WebP with sharp, from the image in this content folder, with its size set', () => {
    const figure = $('main figure.app-figure').filter((_, el) => $(el).find('figcaption').text() === 'A "test" card.');
    expect(figure).toHaveLength(1);
    expect(figure.find('source[type="image/avif"]').attr('srcset')).toMatch(/^\/hat\/_astro\/test-card\.[^ ]+\.avif /);
    expect(figure.find('source[type="image/webp"]').attr('srcset')).toMatch(/^\/hat\/_astro\/test-card\.[^ ]+\.webp /);
    const img = figure.find('img');
    expect(img.attr('alt')).toBe('A plain blue test card.');
    expect([img.attr('width'), img.attr('height')]).toEqual(['400', '300']);
    const avif = figure.find('source[type="image/avif"]').attr('srcset')!.split(' ')[0]!;
    expect(existsSync(join(dist, avif.replace(/^\/hat\//, '')))).toBe(true);
  });

  it('shows the key figure with its source and date', () => {
    const figure = $('main .app-key-figure');
    expect(figure.find('strong').text()).toBe('99%');
    expect(figure.text()).toContain('attendance at twice-daily doses');
    expect(figure.find('.app-source').text()).toBe('Source: Office of the Police and Crime Commissioner for Cleveland, February 2020');
  });

  it('plays the video with its captions track, both copied into the site under /media/', () => {
    const video = $('main figure video');
    expect(video.attr('aria-label')).toBe('A day at the clinic');
    expect(video.find('source').attr('src')).toBe('/hat/media/fixture/clinic.webm');
    expect(video.find('track[kind="captions"][srclang="en"][default]').attr('src')).toBe('/hat/media/fixture/clinic.vtt');
    expect(readFileSync(join(dist, 'media/fixture/clinic.vtt'), 'utf8')).toBe(CAPTIONS);
    expect(readFileSync(join(dist, 'media/fixture/clinic.webm')).equals(WEBM)).toBe(true);
  });

  it('does not copy images into /media/: they are only served as sharp\'s copies', () => {
    expect(existsSync(join(dist, 'media/fixture/test-card.png'))).toBe(false);
    expect(existsSync(join(dist, 'media/news/2020-early-findings.jpg'))).toBe(false);
  });

  // why: the body check (src/lib/body-safety/) usually stops this first, naming the file and line;
  // Figure's own message is the last guard (tests/unit/user-component-figure.test.ts). Either way
  // the build must stop and name the missing path.
  it('fails the build when a Figure points at an image that does not exist, naming the path', () => {
    writeFileSync(join(content, 'pages/editor-components-fixture.mdx'), page('<Figure src="../media/news/no-such-chart.jpg" alt="A chart." />'));
    const result = build(content, join(scratch, 'dist-bad'), join(scratch, 'cache'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/[^\n]*\.\.\/media\/news\/no-such-chart\.jpg[^\n]* does not exist/);
    expect(existsSync(join(scratch, 'dist-bad/editor-components-fixture/index.html'))).toBe(false);
  }, 240_000);
});
