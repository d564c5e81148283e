/**
 * The CMS in production, against GitHub, publishing simply: /admin/ built with the deploy guide's GitHub
 * settings (its API root and OAuth proxy pointed at stand-ins on this machine), signed in through
 * the proxy's window, reading and committing through GitHub's REST API into a real git repository,
 * with the page's Content Security Policy allowing exactly that API and refusing anything else.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath } from '../helpers/built-pages';
import { openGitHubAdmin, signInWithGitHub, type GitHubAdminSession } from '../helpers/github-admin-session';
import { ARTICLE_PHOTO, ARTICLE_SLUG, articleFile, fillNewsArticle } from '../helpers/cms-news-article';
import { startCountingServer, type CountingServer } from '../helpers/counting-server';
import { metaCsp, parseCsp } from '../helpers/csp-policy';
import { headersFor, parseHeaders } from '../helpers/headers-rules';
import { readNews } from '../helpers/content-news';
import { DECAP_DEFAULTS } from '../../admin/config/admin-csp';

const content = fileURLToPath(new URL('../../content', import.meta.url));
let s: GitHubAdminSession;
let elsewhere: CountingServer;
let uploads: string;
const branchHead = () => s.gh.store.resolve('refs/heads/main');

beforeAll(async () => {
  elsewhere = await startCountingServer();
  uploads = mkdtempSync(join(tmpdir(), 'hat-cms-github-uploads-'));
  s = await openGitHubAdmin({ CMS_PUBLISH_MODE: 'simple' });
}, 600_000);

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !s) return;
  const shot = join(tmpdir(), `cms-github-${task.name.replace(/\W+/g, '-').slice(0, 60)}.png`);
  await s.page.screenshot({ path: shot }).catch(() => undefined);
  console.error(`Screenshot of the failed test: ${shot}\nRequests to the GitHub stand-in:\n${s.gh.requests.join('\n')}`);
});

afterAll(async () => {
  await s?.close();
  await elsewhere?.close();
  if (uploads) rmSync(uploads, { recursive: true, force: true });
});

describe('/admin/ built for GitHub (simple publishing)', () => {
  it("lets the page reach GitHub's API (here the stand-in) and nothing else", () => {
    const policy = metaCsp(readFileSync(join(s.built.dist, 'admin/index.html'), 'utf8'));
    const status = new URL(DECAP_DEFAULTS.githubStatus).origin;
    expect(policy.get('connect-src')).toEqual(["'self'", 'blob:', s.gh.apiRoot, status]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:', s.gh.apiRoot]);
    const everySource = [...policy.values()].flat();
    expect(everySource, 'the OAuth proxy is only opened in a window, never fetched').not.toContain(s.proxy.origin);
    for (const wide of ['*', 'https:', 'http:']) expect(everySource).not.toContain(wide);
    // why: when the build also sends the policy as a header (_headers), it must not say otherwise.
    const rulesFile = join(s.built.dist, '_headers');
    const headers = existsSync(rulesFile) ? headersFor(parseHeaders(readFileSync(rulesFile, 'utf8')), `${basePath}admin/`) : {};
    const header = parseCsp(Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1] ?? '');
    for (const directive of ['connect-src', 'img-src']) if (header.has(directive)) expect(header.get(directive), directive).toEqual(policy.get(directive));
  });

  it("signs in through the OAuth proxy's window with the scope Decap asks for", async () => {
    await signInWithGitHub(s);
    expect(s.proxy.visits[0]).toBe('/auth?provider=github&site_id=127.0.0.1&scope=repo');
    expect(s.gh.requests).toContain('GET /user 200');
    expect(s.gh.requests).toContain(`GET /repos/${s.readme.env.CMS_REPO} 200`);
  });

  it('lists the news articles in the repository', async () => {
    await s.page.goto(s.admin('#/collections/news'));
    const news = readNews(content);
    expect(news.length).toBeGreaterThan(3);
    for (const { data } of news) await s.page.getByText(data.title).first().waitFor({ timeout: 30_000 });
    await expect.poll(() => s.page.locator('a[href*="/collections/news/entries/"]').count()).toBe(news.length);
  });

  it('publishes an article with an uploaded image as one commit holding exactly what was typed', async () => {
    const before = branchHead()!;
    const image = `clinic-door-${Date.now()}.jpg`;
    await fillNewsArticle(s.page, s.admin('#/collections/news/new'), uploads, image);
    await s.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await s.page.getByText('Publish now').click();
    await expect.poll(branchHead, { timeout: 30_000, message: 'the branch moved on the stand-in' }).not.toBe(before);

    const head = branchHead()!;
    const commit = s.gh.store.readCommit(head);
    expect(commit.parents, 'one commit on top of the previous head').toEqual([before]);
    expect(commit.author).toMatchObject({ name: s.gh.account.name, email: s.gh.account.email });
    expect(commit.message).toContain(ARTICLE_SLUG);
    expect(s.gh.store.git(['diff-tree', '--no-commit-id', '--name-status', '-r', before, head]).trim().split('\n').sort()).toEqual(
      [`A\tcontent/media/news/${image}`, `A\tcontent/news/${ARTICLE_SLUG}.mdx`].sort(),
    );
    expect(s.gh.store.readBlob(s.gh.store.resolve(`${head}:content/news/${ARTICLE_SLUG}.mdx`)!).toString('utf8')).toBe(articleFile(image));
    expect(s.gh.store.readBlob(s.gh.store.resolve(`${head}:content/media/news/${image}`)!)).toEqual(readFileSync(ARTICLE_PHOTO));
  });

  it('made no request the policy refused and none the stand-in lacks, and refuses a request to another origin', async () => {
    expect(s.csp.violations).toEqual([]);
    expect(s.csp.console).toEqual([]);
    expect(s.gh.unhandled, 'GitHub endpoints Decap called that the stand-in does not implement').toEqual([]);

    const answer = await s.page.evaluate((url) => fetch(url).then(() => 'reached', (error: Error) => `refused: ${error.message}`), `${elsewhere.origin}/probe`);
    expect(answer).toBe('refused: Failed to fetch');
    // why: the page enforces its <meta> policy and, served with _headers, the same policy as a header:
    // each reports the refusal, so one request may be reported twice, but nothing else may be.
    await expect.poll(() => s.csp.violations.length).toBeGreaterThan(0);
    expect(new Set(s.csp.violations.map((v) => `${v.directive} ${v.blocked}`))).toEqual(new Set([`connect-src ${elsewhere.origin}/probe`]));
    expect(elsewhere.hits, 'the request never left the browser').toEqual([]);
  });
});
