/**
 * The CMS in production, against GitHub: /admin/ built with the README's GitHub settings (its API
 * root and OAuth proxy pointed at stand-ins on this machine), signed in through the proxy's window,
 * reading and committing through GitHub's REST API into a real git repository, with the page's
 * Content Security Policy allowing exactly that API and refusing anything else.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath } from '../helpers/built-pages';
import { launchChromium, type LaunchedChromium } from '../helpers/chromium';
import { serveDist, type DistServer } from '../helpers/serve-dist';
import { buildWithCmsEnv } from '../helpers/build-with-cms-env';
import type { BuiltSite } from '../helpers/build-site';
import { documentedBuild, documentedVariables } from '../helpers/readme-cms-env';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-standin/start-github-api';
import { startOAuthProxy, type OAuthProxyStandIn } from '../helpers/github-standin/start-oauth-proxy';
import { startCountingServer, type CountingServer } from '../helpers/counting-server';
import { recordCspViolations, type CspRecord } from '../helpers/csp-violations';
import { metaCsp, parseCsp } from '../helpers/csp-policy';
import { parseHeaders, headersFor } from '../helpers/headers-rules';
import { readNews } from '../helpers/content-news';
import { DECAP_DEFAULTS } from '../../admin/config/admin-csp';

const root = fileURLToPath(new URL('../..', import.meta.url));
const photo = join(root, 'content/media/news/2020-nihr-award.jpg');
const AWKWARD = 'Text with a < b {curly} <notatag> [x] `tick` & 😀 你好 مرحبا done.';
const TITLE = 'Clinic opens on Saturdays & "weekends"';
const SLUG = '2026-11-20-clinic-opens-on-saturdays-weekends';

// why: the README's own example (variable names and values); only the addresses of GitHub's API
// and of the OAuth proxy change, to stand-ins on this machine, and publishing is simple here.
const readme = documentedBuild('github');
let gh: GitHubApiStandIn;
let proxy: OAuthProxyStandIn;
let elsewhere: CountingServer;
let built: BuiltSite;
let site: DistServer;
let browser: LaunchedChromium;
let page: Page;
let csp: CspRecord;
let uploads: string;

const admin = (hash = '') => new URL(`admin/${hash}`, site.url).href;
const branchHead = () => gh.store.resolve('refs/heads/main');

beforeAll(async () => {
  gh = await startGitHubApi({ repo: readme.env.CMS_REPO, root, folder: 'content', branch: readme.env.CMS_BRANCH ?? 'main' });
  proxy = await startOAuthProxy(gh.token);
  elsewhere = await startCountingServer();
  const env = { ...readme.env, CMS_AUTH_URL: proxy.origin, CMS_API_ROOT: gh.apiRoot, CMS_PUBLISH_MODE: 'simple' };
  expect(Object.keys(env).filter((key) => !documentedVariables().includes(key)), 'variables the README does not document').toEqual([]);
  built = buildWithCmsEnv(env);
  if (built.status !== 0) throw new Error(`The build for the GitHub backend failed:\n${built.output}`);
  site = await serveDist(built.dist, basePath);
  uploads = mkdtempSync(join(tmpdir(), 'hat-cms-github-uploads-'));
  browser = await launchChromium({ width: 1300, height: 900 });
  csp = await recordCspViolations(browser.context);
  page = await browser.context.newPage();
  page.on('dialog', (dialog) => void (/restore/i.test(dialog.message()) ? dialog.dismiss() : dialog.accept()));
}, 600_000);

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !page) return;
  const shot = join(tmpdir(), `cms-github-${task.name.replace(/\W+/g, '-').slice(0, 60)}.png`);
  await page.screenshot({ path: shot }).catch(() => undefined);
  console.error(`Screenshot of the failed test: ${shot}\nRequests to the GitHub stand-in:\n${gh?.requests.join('\n')}`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await elsewhere?.close();
  await proxy?.close();
  await gh?.close();
  built?.remove();
  if (uploads) rmSync(uploads, { recursive: true, force: true });
});

describe('/admin/ built for GitHub', () => {
  it("lets the page reach GitHub's API (here the stand-in) and nothing else", () => {
    const html = readFileSync(join(built.dist, 'admin/index.html'), 'utf8');
    const policy = metaCsp(html);
    const github = new URL(DECAP_DEFAULTS.githubStatus).origin;
    expect(policy.get('connect-src')).toEqual(["'self'", 'blob:', gh.apiRoot, github]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:', gh.apiRoot]);
    const everySource = [...policy.values()].flat();
    expect(everySource, 'the OAuth proxy is only opened in a window, never fetched').not.toContain(proxy.origin);
    for (const wide of ['*', 'https:', 'http:']) expect(everySource).not.toContain(wide);
    // why: when the build also sends the policy as a header (_headers), it must not say otherwise.
    const headers = existsSync(join(built.dist, '_headers')) ? headersFor(parseHeaders(readFileSync(join(built.dist, '_headers'), 'utf8')), `${basePath}admin/`) : {};
    const header = parseCsp(Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1] ?? '');
    for (const directive of ['connect-src', 'img-src']) if (header.has(directive)) expect(header.get(directive), directive).toEqual(policy.get(directive));
  });

  it("signs in through the OAuth proxy's window with the scope Decap asks for", async () => {
    await page.goto(admin());
    const login = page.getByRole('button', { name: 'Login with GitHub' });
    await login.waitFor({ timeout: 60_000 });
    const [popup] = await Promise.all([page.waitForEvent('popup'), login.click()]);
    await popup.getByRole('button', { name: 'Authorize' }).click();
    await page.getByText('News articles, newest first').waitFor({ timeout: 30_000 });
    expect(proxy.visits[0]).toBe('/auth?provider=github&site_id=127.0.0.1&scope=repo');
    expect(gh.requests).toContain('GET /user 200');
    expect(gh.requests).toContain(`GET /repos/${readme.env.CMS_REPO} 200`);
  });

  it('lists the news articles in the repository', async () => {
    await page.goto(admin('#/collections/news'));
    const news = readNews(join(root, 'content'));
    expect(news.length).toBeGreaterThan(3);
    for (const { data } of news) await page.getByText(data.title).first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('a[href*="/collections/news/entries/"]').count()).toBe(news.length);
  });

  it('publishes an article with an uploaded image as one commit holding exactly what was typed', async () => {
    const before = branchHead()!;
    const image = `clinic-door-${Date.now()}.jpg`;
    copyFileSync(photo, join(uploads, image));
    await page.goto('about:blank');
    await page.goto(admin('#/collections/news/new'));
    await page.locator('[id^="title-field"]').first().waitFor({ timeout: 30_000 });
    await page.fill('input[id^="title-field"]', TITLE);
    await page.fill('textarea[id^="summary-field"]', 'Saturday opening, with émoji 😀 and العربية.');
    await page.fill('input[id^="published-field"]', '2026-11-20');
    await page.getByRole('button', { name: /choose an image/i }).click();
    await page.setInputFiles('input[type="file"]', join(uploads, image));
    await page.getByRole('button', { name: /choose selected/i }).click();
    await page.fill('input[id^="alt-field"]', 'The door of the clinic on Acklam Road.');
    await page.fill('input[id^="reviewed-field"]', '2026-11-20');
    await page.fill('input[id^="reviewDue-field"]', '2027-11-20');
    await page.locator('[data-slate-editor="true"]').last().click();
    await page.keyboard.type(AWKWARD);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Publish now').click();
    await expect.poll(branchHead, { timeout: 30_000, message: 'the branch moved on the stand-in' }).not.toBe(before);

    const head = branchHead()!;
    const commit = gh.store.readCommit(head);
    expect(commit.parents, 'one commit on top of the previous head').toEqual([before]);
    expect(commit.author).toMatchObject({ name: gh.account.name, email: gh.account.email });
    expect(commit.message).toContain(SLUG);
    expect(gh.store.git(['diff-tree', '--no-commit-id', '--name-status', '-r', before, head]).trim().split('\n').sort()).toEqual(
      [`A\tcontent/media/news/${image}`, `A\tcontent/news/${SLUG}.mdx`].sort(),
    );
    expect(gh.store.readBlob(gh.store.resolve(`${head}:content/news/${SLUG}.mdx`)!).toString('utf8')).toBe(
      [
        '---',
        `title: ${TITLE}`,
        'summary: Saturday opening, with émoji 😀 and العربية.',
        'published: 2026-11-20',
        'hero:',
        '  decorative: false',
        `  src: ../media/news/${image}`,
        '  alt: The door of the clinic on Acklam Road.',
        'reviewed: 2026-11-20',
        'reviewDue: 2027-11-20',
        'draft: false',
        '---',
        'Text with a \\< b \\{curly\\} \\<notatag\\> \\[x] \\`tick\\` \\& 😀 你好 مرحبا done.',
        '',
      ].join('\n'),
    );
    expect(gh.store.readBlob(gh.store.resolve(`${head}:content/media/news/${image}`)!)).toEqual(readFileSync(photo));
  });

  it('made no request the policy refused and none the stand-in lacks, and refuses a request to another origin', async () => {
    expect(csp.violations).toEqual([]);
    expect(csp.console).toEqual([]);
    expect(gh.unhandled, 'GitHub endpoints Decap called that the stand-in does not implement').toEqual([]);

    const answer = await page.evaluate((url) => fetch(url).then(() => 'reached', (error: Error) => `refused: ${error.message}`), `${elsewhere.origin}/probe`);
    expect(answer).toBe('refused: Failed to fetch');
    await expect.poll(() => csp.violations).toEqual([expect.objectContaining({ directive: 'connect-src', blocked: `${elsewhere.origin}/probe` })]);
    expect(elsewhere.hits, 'the request never left the browser').toEqual([]);
  });
});
