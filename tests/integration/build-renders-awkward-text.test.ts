import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { stringify } from 'yaml';
import { checkBody } from '../../src/lib/body-safety/check-body';
import { remarkEscapeEditorText } from '../../src/lib/body-safety/escape-editor-text';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { loadDecapSerializers, typedParagraph } from '../helpers/decap-serializers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SLUG = '2020-03-01-awkward-text';

// What an editor types into the CMS's rich-text body, one paragraph each. Straight quotes, "--"
// and "..." are left out: the build's smart punctuation turns them into curly quotes, dashes and
// an ellipsis on purpose (so "<!-- c -->" shows as "<!– c –>").
const TYPED = [
  'export of heroin rose, a < b > c, 1 <2 and x<y',
  '{curly} and { alone and } alone and {/* not code */}',
  '[square] and [not a link](nowhere) and ] alone',
  '`tick` and ``two`` and *stars* and _under_',
  '& and &amp; and &lt;b&gt; and &#123;',
  '<notatag> and </p> and <script>alert(1)</script> and <!x> and <Callout text=x />',
  'import data shows 😀 👍🏽 مرحبا 你好 नमस्ते ŵ ŷ',
  'C:\\{x} and \\<b> end\\',
];
const TITLE = 'a < b {curly} [square] `tick` & 😀 👍🏽 مرحبا 你好 नमस्ते ŵ ŷ <notatag>';
const CALLOUT = 'Call a < b {c} [d] & 😀 مرحبا';

// why: the proof that what the CMS writes builds and shows exactly what was typed. The body is
// written by Decap's own serializers with the site's plugin, as the CMS does when saving; the
// checker must also pass it, so it never refuses text the real build (Sätteri) accepts.
describe('a real build shows awkward text exactly as typed', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'hat-awkward-build-'));
  let body = '';
  let result: BuiltSite;
  let page: ReturnType<typeof load>;

  beforeAll(async () => {
    const { slateToMarkdown } = await loadDecapSerializers();
    body = slateToMarkdown(TYPED.map(typedParagraph), { remarkPlugins: [remarkEscapeEditorText] });
    const frontmatter = {
      title: TITLE,
      summary: 'An article holding every awkward character an editor may type.',
      published: '2020-03-01',
      area: 'middlesbrough',
      hero: { src: '../media/news/2020-early-findings.jpg', alt: 'Four figures from February 2020.' },
      reviewed: '2026-11-01',
      reviewDue: '2027-11-01',
    };
    const content = join(scratch, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    const file = `---\n${stringify(frontmatter)}---\n\n${body}\n\n<Callout text="${CALLOUT}" />\n`;
    writeFileSync(join(content, 'news', `${SLUG}.mdx`), file);
    expect(checkBody(file, { file: `content/news/${SLUG}.mdx`, format: 'mdx' })).toEqual([]);

    result = buildSite(content);
    if (result.status === 0) page = load(readFileSync(join(result.dist, 'news', SLUG, 'index.html'), 'utf8'));
  }, 240_000);
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    result?.remove();
  });

  it('the CMS wrote escapes, not the raw characters', () => {
    expect(body).not.toMatch(/(^|[^\\])[<{]/);
  });

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it.each(TYPED)('shows the paragraph %j as typed', (typed) => {
    const paragraphs = page('main p')
      .map((_, p) => page(p).text())
      .get();
    expect(paragraphs, body).toContain(typed);
  });

  it('shows the title as typed, on the page and in the browser tab', () => {
    expect(page('h1').text().trim()).toBe(TITLE);
    expect(page('title').text()).toContain(TITLE);
  });

  it('shows awkward text inside a component as typed, and runs none of it', () => {
    expect(page('main .app-callout p').text()).toBe(CALLOUT);
    // why: the page's own enhancement scripts (share buttons) are bundled files under _astro/;
    // nothing typed may become a script: no inline script, none mentioning the typed alert.
    const scripts = page('main script').toArray().map((el) => page(el));
    expect(scripts.filter((s) => !s.attr('src'))).toEqual([]);
    expect(scripts.every((s) => /\/_astro\/[\w.-]+\.js$/.test(s.attr('src') ?? ''))).toBe(true);
    expect(page('main').html()).not.toMatch(/<script>alert/);
  });
});
