/**
 * The CMS end to end: the built /admin app in Chromium, the real decap-server, real files in a
 * scratch git repository (never the working tree), and a real build of what the CMS wrote.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath, distDir } from '../helpers/built-pages';
import { launchChromium, type LaunchedChromium } from '../helpers/chromium';
import { startDecapServer, type DecapServer } from '../helpers/decap-server';
import { makeScratchRepo, type ScratchRepo } from '../helpers/scratch-repo';
import { serveDist, type DistServer } from '../helpers/serve-dist';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { contentTypes } from '../../src/schema/content-types';
import { ALT_TEXT_MISSING } from '../../admin/widgets/alt-text';

const AWKWARD = 'Text with a < b {curly} <notatag> [x] `tick` & 😀 你好 مرحبا done.';
const TITLE = 'Clinic <open> {again} & [more]';
const photo = fileURLToPath(new URL('../../content/media/news/2020-nihr-award.jpg', import.meta.url));
const pdf = fileURLToPath(new URL('../../content/documents/files/hat-offending-data-november-2020.pdf', import.meta.url));
const hostileXml = fileURLToPath(new URL('../fixtures/uploads/report.xml', import.meta.url));
const hostileSvg = fileURLToPath(new URL('../fixtures/uploads/logo.svg', import.meta.url));

let repo: ScratchRepo;
let cms: DecapServer;
let site: DistServer;
let browser: LaunchedChromium;
let page: Page;
let built: BuiltSite | undefined;
let uploads: string;
const dialogs: string[] = [];

const admin = (hash = '') => new URL(`admin/${hash}`, site.url).href;
const file = (path: string) => join(repo.dir, path);
const read = (path: string) => readFileSync(file(path), 'utf8');
const changedFiles = () => repo.git('status', '--porcelain', '--untracked-files=all').trim();

/** Waits until the text is on screen; fails the test (with the text) if it never appears. */
const shows = (text: string | RegExp) => page.getByText(text).first().waitFor({ state: 'visible', timeout: 15_000 });

/** Opens /admin and logs in to the local backend (no credentials: the button is enough). */
async function logIn() {
  await page.goto('about:blank');
  await page.goto(admin());
  const login = page.getByRole('button', { name: 'Login' });
  const collections = page.getByText('News articles, newest first');
  // why: after the first login Decap remembers the user and opens the collections directly.
  await login.or(collections).first().waitFor({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
  await collections.waitFor({ timeout: 30_000 });
}

/** Uploads a copy of the test photo under a new name through the image field's media library. */
async function uploadPhoto(name: string) {
  // why: the browser reads the file only when the entry is saved, so it must stay on disk till then.
  const upload = join(uploads, name);
  copyFileSync(photo, upload);
  await page.getByRole('button', { name: /choose an image/i }).click();
  await page.setInputFiles('input[type="file"]', upload);
  await page.getByRole('button', { name: /choose selected/i }).click();
}

/** Opens the "new entry" form of a collection and waits for its first field. */
async function newEntry(collection: string, firstField: string) {
  // why: a fresh load, so nothing from the previous (refused) form is left in the app's state.
  await page.goto('about:blank');
  await page.goto(admin(`#/collections/${collection}/new`));
  await page.locator(`[id^="${firstField}-field"]`).first().waitFor({ timeout: 30_000 });
}

/** Picks an option of a select (react-select) field. */
async function choose(field: string, option: string) {
  await page.locator(`[id^="${field}-field"]`).click({ force: true });
  await page.getByText(option, { exact: true }).click();
}

/** Types into the body editor (rich text unless the raw Markdown mode was switched on). */
async function typeBody(text: string) {
  await page.locator('[data-slate-editor="true"]').last().click();
  await page.keyboard.type(text);
}

/** Publish → Publish now, in simple mode or from the editorial workflow. */
async function publishNow() {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
}

beforeAll(async () => {
  repo = makeScratchRepo();
  uploads = mkdtempSync(join(tmpdir(), 'hat-cms-uploads-'));
  cms = await startDecapServer(repo.dir, 'fs');
  // why: the admin finds its local backend at <site>/api/v1, as under `npm start`; the function
  // lets the workflow test swap in a decap-server in git mode without restarting the site.
  site = await serveDist(distDir, basePath, () => ({ path: `${basePath}api/v1`, target: cms.apiUrl }));
  browser = await launchChromium({ width: 1300, height: 900 });
  page = await browser.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    // why: Decap offers to restore the unsaved backup of an earlier form; each test starts clean.
    void (/restore/i.test(dialog.message()) ? dialog.dismiss() : dialog.accept());
  });
  await logIn();
}, 120_000);

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !page) return;
  const shot = join(tmpdir(), `cms-test-${task.name.replace(/\W+/g, '-').slice(0, 60)}.png`);
  await page.screenshot({ path: shot }).catch(() => undefined);
  console.error(`Screenshot of the failed CMS test: ${shot}`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await cms?.stop();
  built?.remove();
  repo?.remove();
  if (uploads) rmSync(uploads, { recursive: true, force: true });
});

describe('the admin app', () => {
  it('is kept out of search engines and loads nothing from another site', () => {
    const html = readFileSync(join(distDir, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    const sitemap = join(distDir, 'sitemap-0.xml');
    if (existsSync(sitemap)) expect(readFileSync(sitemap, 'utf8')).not.toContain('/admin/');
  });

  it('runs in a UK browser, where date boxes read day/month/year', async () => {
    // why: Decap's date boxes are the browser's own; a UK browser (as comms officers use) shows
    // dd/mm/yyyy. This proves the tests run as one, so the dates typed below are UK dates.
    expect(await page.evaluate(() => [navigator.language, new Date(Date.UTC(2026, 10, 20)).toLocaleDateString()])).toEqual(['en-GB', '20/11/2026']);
  });

  it('lists every collection with the entries on disk, and the settings file', async () => {
    for (const type of contentTypes) {
      await page.goto(admin(`#/collections/${type.name}`));
      await page.getByRole('heading', { name: type.label, exact: true }).first().waitFor({ timeout: 30_000 });
      const onDisk = readdirSync(file(`content/${type.folder}`)).filter((f) => /\.(mdx?|ya?ml)$/.test(f)).length;
      const links = page.locator(`a[href*="/collections/${type.name}/entries/"]`);
      await expect.poll(() => links.count(), { message: `${type.name} entries listed`, timeout: 20_000 }).toBe(onDisk);
    }
    await page.goto(admin('#/collections/settings'));
    await shows('Site settings');
  });
});

describe('publishing a news article', () => {
  const slug = '2026-11-20-clinic-open-again-more';

  it('writes the exact file, with the uploaded image beside the other news images', async () => {
    const image = `clinic-door-${Date.now()}.jpg`;
    await newEntry('news', 'title');
    await page.fill('input[id^="title-field"]', TITLE);
    await page.fill('textarea[id^="summary-field"]', 'The clinic shares its news, with émoji 😀 and العربية.');
    await page.fill('input[id^="published-field"]', '2026-11-20');
    await choose('area', 'Stockton-on-Tees');
    await uploadPhoto(image);
    await page.fill('input[id^="alt-field"]', 'The door of the clinic on Acklam Road.');
    await page.fill('input[id^="reviewed-field"]', '2026-11-20');
    await page.fill('input[id^="reviewDue-field"]', '2027-11-20');
    await typeBody(AWKWARD);
    // A component through the editor's + menu, never as code.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add Component' }).click();
    await page.getByText('Callout (highlighted box)', { exact: true }).click();
    await page.locator('input[id^="title-field"]').last().fill('Get help & "advice" now');
    await page.locator('textarea[id^="text-field"]').last().fill('Call 999 if someone has collapsed {urgent} <now>.');
    await publishNow();
    await expect.poll(() => existsSync(file(`content/news/${slug}.mdx`)), { timeout: 20_000 }).toBe(true);

    expect(read(`content/news/${slug}.mdx`)).toBe(
      [
        '---',
        `title: ${TITLE}`,
        'summary: The clinic shares its news, with émoji 😀 and العربية.',
        'published: 2026-11-20',
        'area: stockton-on-tees',
        'hero:',
        '  decorative: false',
        `  src: ../media/news/${image}`,
        '  alt: The door of the clinic on Acklam Road.',
        'reviewed: 2026-11-20',
        'reviewDue: 2027-11-20',
        'draft: false',
        '---',
        // why: what was typed, with < { } & escaped so it shows literally and never runs.
        'Text with a \\< b \\{curly\\} \\<notatag\\> \\[x] \\`tick\\` \\& 😀 你好 مرحبا done.',
        '',
        '<Callout title="Get help &amp; &quot;advice&quot; now" text="Call 999 if someone has collapsed &#123;urgent&#125; &lt;now&gt;." />',
        '',
      ].join('\n'),
    );
    expect(readFileSync(file(`content/media/news/${image}`))).toEqual(readFileSync(photo));
  });

  it('adds a document by uploading its PDF (stored beside the documents, name made safe)', async () => {
    const upload = join(uploads, 'Annual Report 2026.pdf');
    copyFileSync(pdf, upload);
    await newEntry('documents', 'title');
    await page.fill('input[id^="title-field"]', 'Annual report 2026');
    await page.fill('textarea[id^="description-field"]', 'What the scheme achieved, for anyone who wants the figures in one place.');
    await page.getByRole('button', { name: /choose a file/i }).click();
    await page.setInputFiles('input[type="file"]', upload);
    await page.getByRole('button', { name: /choose selected/i }).click();
    await page.fill('input[id^="published-field"]', '2026-11-20');
    await page.fill('input[id^="reviewed-field"]', '2026-11-20');
    await page.fill('input[id^="reviewDue-field"]', '2027-11-20');
    await typeBody('A summary of the report.');
    await publishNow();
    await expect.poll(() => existsSync(file('content/documents/annual-report-2026.mdx')), { timeout: 20_000 }).toBe(true);
    expect(read('content/documents/annual-report-2026.mdx')).toContain('file: files/annual-report-2026.pdf\n');
    expect(readFileSync(file('content/documents/files/annual-report-2026.pdf'))).toEqual(readFileSync(pdf));
  });

  it('builds into a page with AVIF and WebP images that shows the typed text literally', { timeout: 300_000 }, async () => {
    built = buildSite(join(repo.dir, 'content'));
    expect(built.status, built.output).toBe(0);
    const html = readFileSync(join(built.dist, `news/${slug}/index.html`), 'utf8');
    const { load } = await import('cheerio');
    const $ = load(html);
    expect($('h1').text()).toBe(TITLE);
    expect($('main').text()).toContain(AWKWARD);
    const callout = $('main aside').filter((_, el) => $(el).text().includes('Call 999 if someone has collapsed'));
    expect(callout.text()).toContain('Get help & "advice" now');
    expect(callout.text()).toContain('Call 999 if someone has collapsed {urgent} <now>.');
    expect($('main picture source[type="image/avif"]').length).toBeGreaterThan(0);
    expect($('main picture source[type="image/webp"]').length).toBeGreaterThan(0);
    const img = $('main picture img').first();
    expect(img.attr('alt')).toBe('The door of the clinic on Acklam Road.');
    expect(img.attr('width')).toMatch(/^\d+$/);
    const avif = $('main picture source[type="image/avif"]').first().attr('srcset')!.split(/[ ,]/)[0];
    expect(existsSync(join(built.dist, avif.replace(basePath, '')))).toBe(true);
    // The document uploaded through the CMS: type and size worked out from the file itself.
    const kb = Math.round(readFileSync(pdf).length / 1024);
    expect(load(readFileSync(join(built.dist, 'documents/annual-report-2026/index.html'), 'utf8'))('main').text()).toContain(`PDF, ${kb} KB`);
    expect(readFileSync(join(built.dist, 'documents/files/annual-report-2026.pdf'))).toEqual(readFileSync(pdf));
  });

  it('edits the entry in place', async () => {
    await page.goto('about:blank');
    await page.goto(admin(`#/collections/news/entries/${slug}`));
    const title = page.locator('input[id^="title-field"]').first();
    await title.waitFor({ timeout: 30_000 });
    await title.fill('Clinic shares its news');
    await publishNow();
    await expect.poll(() => read(`content/news/${slug}.mdx`), { timeout: 20_000 }).toContain('title: Clinic shares its news\n');
    expect(read(`content/news/${slug}.mdx`)).toContain('\\{curly\\}');
    expect(read(`content/news/${slug}.mdx`), 'the callout comes back unchanged').toContain('<Callout title="Get help &amp; &quot;advice&quot; now" text=');
  });
});

describe('refusing what the build would refuse, writing nothing', () => {
  it('a required field left empty', async () => {
    const before = changedFiles();
    await newEntry('faqs', 'question');
    await typeBody('An answer without a question.');
    await publishNow();
    await shows("Oops, you've missed a required field. Please complete before saving.");
    await shows(/Question is required/i);
    expect(changedFiles()).toBe(before);
  });

  it('an image without alt text that is not marked decorative', async () => {
    const before = changedFiles();
    await newEntry('news', 'title');
    await page.fill('input[id^="title-field"]', 'Photo without a description');
    await page.fill('textarea[id^="summary-field"]', 'An article whose image has no alt text.');
    await page.fill('input[id^="published-field"]', '2026-11-21');
    await uploadPhoto('no-alt.jpg');
    await page.fill('input[id^="reviewed-field"]', '2026-11-21');
    await page.fill('input[id^="reviewDue-field"]', '2027-11-21');
    await typeBody('Body text.');
    await publishNow();
    await shows(ALT_TEXT_MISSING);
    expect(changedFiles()).toBe(before);
  });

  it('a document that is really a web page carrying a script (XML), checked from its bytes', async () => {
    const before = changedFiles();
    copyFileSync(hostileXml, join(uploads, 'report.xml'));
    await newEntry('documents', 'title');
    await page.fill('input[id^="title-field"]', 'Annual report');
    await page.fill('textarea[id^="description-field"]', 'A file that a browser would run as a page on the site.');
    await page.getByRole('button', { name: /choose a file/i }).click();
    await page.setInputFiles('input[type="file"]', join(uploads, 'report.xml'));
    await page.getByRole('button', { name: /choose selected/i }).click();
    await page.fill('input[id^="published-field"]', '2026-11-22');
    await page.fill('input[id^="reviewed-field"]', '2026-11-22');
    await page.fill('input[id^="reviewDue-field"]', '2027-11-22');
    await typeBody('A summary of the report.');
    await publishNow();
    await shows(/Only PDF, Word \(\.docx\), .* files can be uploaded here\. report\.xml is an XML file, which is not allowed\./);
    expect(changedFiles(), 'neither the entry nor the file is written').toBe(before);
  });

  it('an SVG image (which can carry a script) as the main image', async () => {
    const before = changedFiles();
    copyFileSync(hostileSvg, join(uploads, 'logo.svg'));
    await newEntry('news', 'title');
    await page.fill('input[id^="title-field"]', 'A new logo');
    await page.fill('textarea[id^="summary-field"]', 'An SVG as the main image.');
    await page.fill('input[id^="published-field"]', '2026-11-22');
    await page.getByRole('button', { name: /choose an image/i }).click();
    await page.setInputFiles('input[type="file"]', join(uploads, 'logo.svg'));
    await page.getByRole('button', { name: /choose selected/i }).click();
    await page.fill('input[id^="alt-field"]', 'The logo.');
    await page.fill('input[id^="reviewed-field"]', '2026-11-22');
    await page.fill('input[id^="reviewDue-field"]', '2027-11-22');
    await typeBody('Body text.');
    await publishNow();
    await shows(/Only JPEG, PNG and WebP images can be uploaded here\. logo\.svg is an SVG image, which is not allowed\./);
    expect(changedFiles(), 'neither the entry nor the image is written').toBe(before);
  });

  it('code typed into the Markdown mode of a body, naming the line and the reason', async () => {
    const before = changedFiles();
    await newEntry('faqs', 'question');
    await page.fill('input[id^="question-field"]', 'Can I add a script?');
    await choose('group', 'Safety and the community');
    await page.locator('[role=switch]').last().click();
    await typeBody('First line.\n\n<script>alert(1)</script>');
    await publishNow();
    await shows(/Line 3: <script> is not allowed/i);
    expect(changedFiles()).toBe(before);
  });
});

describe('deleting an entry', () => {
  it('removes its file', async () => {
    expect(existsSync(file('content/faqs/is-it-legal.md'))).toBe(true);
    await page.goto('about:blank');
    await page.goto(admin('#/collections/faqs/entries/is-it-legal'));
    await page.getByRole('button', { name: /^delete entry$/i }).click();
    await expect.poll(() => existsSync(file('content/faqs/is-it-legal.md')), { timeout: 20_000 }).toBe(false);
    expect(dialogs.some((d) => /delete/i.test(d))).toBe(true);
  });
});

describe('the editorial workflow (decap-server in git mode)', () => {
  const branch = 'cms/faqs/can-i-visit-the-clinic';

  it('saves a draft on its own branch, moves it through review to ready, then merges it on publish', async () => {
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'What the simple-publishing tests wrote');
    await cms.stop();
    cms = await startDecapServer(repo.dir, 'git');
    await logIn();

    await newEntry('faqs', 'question');
    await page.fill('input[id^="question-field"]', 'Can I visit the clinic?');
    await choose('group', 'Safety and the community');
    await typeBody('No. The clinic closed on 6 December 2022.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => repo.git('branch', '--list', branch).trim(), { timeout: 20_000 }).toBe(branch);
    // why: decap-server creates the branch, checks it out in the working tree, commits and checks
    // main out again; right after the branch appears the working tree may still be on the draft's
    // branch. Wait for the commit and for the tree to be back on main, then look.
    await expect.poll(() => { try { return repo.git('show', `${branch}:content/faqs/can-i-visit-the-clinic.md`); } catch { return ''; } }, { timeout: 20_000 }).toContain('question: Can I visit the clinic?');
    await expect.poll(() => repo.git('rev-parse', '--abbrev-ref', 'HEAD').trim(), { timeout: 20_000 }).toBe('main');
    expect(repo.git('ls-tree', '--name-only', 'main', 'content/faqs/can-i-visit-the-clinic.md').trim(), 'not on main while a draft').toBe('');
    await expect.poll(() => existsSync(file('content/faqs/can-i-visit-the-clinic.md')), { timeout: 20_000, message: 'not in the working tree (main) while a draft' }).toBe(false);

    for (const status of ['In review', 'Ready']) {
      await page.getByRole('button', { name: /^Status:/ }).click();
      await page.getByText(status, { exact: true }).click();
      await expect.poll(() => page.getByRole('button', { name: /^Status:/ }).innerText()).toBe(`Status: ${status}`);
    }

    await publishNow();
    await expect.poll(() => repo.git('branch', '--list', branch).trim(), { timeout: 20_000 }).toBe('');
    expect(dialogs.some((d) => /publish this entry/i.test(d))).toBe(true);
    expect(repo.git('rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('main');
    expect(read('content/faqs/can-i-visit-the-clinic.md')).toBe(
      ['---', 'question: Can I visit the clinic?', 'group: safety-and-community', 'order: 100', 'draft: false', '---', 'No. The clinic closed on 6 December 2022.', ''].join('\n'),
    );
    expect(repo.git('log', '--format=%s', '-1')).toMatch(/can-i-visit-the-clinic/);
    expect(changedFiles()).toBe('');
  });
});
