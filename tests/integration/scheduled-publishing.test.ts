import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDue, ukToday } from '../../src/lib/scheduled';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the UK date decides what is published', () => {
  it('uses the day in London, not in UTC', () => {
    expect(ukToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // 00:30 British Summer Time
    expect(ukToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // 23:30 GMT
  });
  it('publishes an entry dated today, and not one dated tomorrow', () => {
    expect(isDue(new Date('2026-11-23'), '2026-11-23')).toBe(true);
    expect(isDue(new Date('2026-11-22'), '2026-11-23')).toBe(true);
    expect(isDue(new Date('2026-11-24'), '2026-11-23')).toBe(false);
  });
});

// One real build over a copy of the content with entries dated in the future and today, in each
// collection that has a published date. Today's entries prove the future ones were valid content
// that only their date kept off the site.
const FUTURE = '2099-01-01';
const today = ukToday();
const review = (published: string) => `published: ${published}\nreviewed: ${published}\nreviewDue: 2100-01-01`;

const entries = (when: 'future' | 'today') => {
  const date = when === 'future' ? FUTURE : today;
  const tag = when === 'future' ? 'Scheduled' : 'Dated today';
  return {
    news: {
      path: `news/${date}-${when}-article.mdx`,
      url: `news/${date}-${when}-article/`,
      title: `${tag} article for the publishing test`,
      text: `---\ntitle: ${tag} article for the publishing test\nsummary: A test article.\n${review(date)}\nhero:\n  src: ../media/news/2020-early-findings.jpg\n  alt: A test image.\n---\n\nTest article body.\n`,
    },
    story: {
      path: `stories/${when}-story.mdx`,
      url: `stories/${when}-story/`,
      title: `${tag} story for the publishing test`,
      // why: featured, so a future story that leaked through would take over the home page.
      text: `---\ntitle: ${tag} story for the publishing test\nsummary: A test story.\nname: Sam\nfeatured: true\n${review(date)}\n---\n\nTest story body.\n`,
    },
    document: {
      path: `documents/${when}-document.mdx`,
      url: `documents/${when}-document/`,
      file: `documents/files/${when}-document.pdf`,
      title: `${tag} document for the publishing test`,
      text: `---\ntitle: ${tag} document for the publishing test\ndescription: A test document.\nfile: files/${when}-document.pdf\n${review(date)}\n---\n\nTest document body.\n`,
    },
  };
};

/** Every text file of the built site, by its path inside dist/. */
function builtText(dist: string): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (/\.(html|xml|json|txt|js|ics|webmanifest|rss)$/.test(item.name)) texts.set(relative(dist, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dist);
  return texts;
}

describe('scheduled publishing in a real build', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'hat-scheduled-'));
  const content = join(scratch, 'content');
  const dist = join(scratch, 'dist');
  let build: ReturnType<typeof spawnSync>;
  let texts: Map<string, string>;

  beforeAll(() => {
    cpSync(join(root, 'content'), content, { recursive: true });
    const pdf = readdirSync(join(content, 'documents/files')).find((f) => f.endsWith('.pdf'))!;
    for (const when of ['future', 'today'] as const) {
      const e = entries(when);
      for (const entry of [e.news, e.story, e.document]) writeFileSync(join(content, entry.path), entry.text);
      cpSync(join(content, 'documents/files', pdf), join(content, e.document.file));
    }
    build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: content, HAT_CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    texts = existsSync(dist) ? builtText(dist) : new Map();
  }, 300_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('builds the content with the scheduled entries in it', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('publishes the entries dated today: their pages, the news list, the home page', () => {
    const e = entries('today');
    for (const entry of [e.news, e.story, e.document]) expect(existsSync(join(dist, entry.url, 'index.html')), entry.url).toBe(true);
    expect(existsSync(join(dist, e.document.file))).toBe(true);
    expect(texts.get('news/index.html')).toContain(e.news.title);
    expect(texts.get('index.html')).toContain(e.news.title);
    expect(texts.get('index.html')).toContain(e.story.title);
    expect(texts.get('documents/index.html')).toContain(e.document.title);
  });

  it('leaves the future entries out everywhere: no page, no file, no link, no mention', () => {
    const e = entries('future');
    // why: only a finished build can show that something is absent.
    expect(texts.has('index.html') && texts.has('news/index.html')).toBe(true);
    for (const entry of [e.news, e.story, e.document]) expect(existsSync(join(dist, entry.url)), entry.url).toBe(false);
    expect(existsSync(join(dist, e.document.file))).toBe(false);
    const slugs = [e.news.url, e.story.url, e.document.url].map((url) => url.split('/')[1]);
    const leaks = [...texts].flatMap(([file, text]) =>
      [e.news.title, e.story.title, e.document.title, ...slugs, `${e.document.file.split('/').pop()}`].filter((s) => text.includes(s)).map((s) => `${file}: ${s}`),
    );
    expect(leaks).toEqual([]);
  });
});
