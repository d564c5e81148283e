/**
 * The CMS in production, against GitHub, with the editorial workflow (the default: the deploy guide's
 * GitHub example is built as it stands, only its API root and OAuth proxy pointed at stand-ins on
 * this machine). A draft becomes a cms/… branch with a pull request whose label is its status;
 * publishing merges the pull request into main and deletes the branch, all in a real git repository.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGitHubAdmin, signInWithGitHub, type GitHubAdminSession } from '../helpers/github-admin-session';
import { ARTICLE_PHOTO, ARTICLE_SLUG, articleFile, fillNewsArticle } from '../helpers/cms-news-article';
import type { PullRequest } from '../helpers/github-standin/pull-store';

const BRANCH = `cms/news/${ARTICLE_SLUG}`;
const FILE = `content/news/${ARTICLE_SLUG}.mdx`;
let s: GitHubAdminSession;
let uploads: string;
let image: string;
let mainBefore: string;
let draftHead: string;
const ref = (name: string) => s.gh.store.resolve(`refs/heads/${name}`);
const fileAt = (commit: string, path: string) => s.gh.store.readBlob(s.gh.store.resolve(`${commit}:${path}`)!);
const pull = (): PullRequest | undefined => s.gh.pulls.all.find((p) => p.head === BRANCH);

beforeAll(async () => {
  uploads = mkdtempSync(join(tmpdir(), 'hat-cms-github-uploads-'));
  s = await openGitHubAdmin();
  await signInWithGitHub(s);
}, 600_000);

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !s) return;
  const shot = join(tmpdir(), `cms-github-workflow-${task.name.replace(/\W+/g, '-').slice(0, 60)}.png`);
  await s.page.screenshot({ path: shot }).catch(() => undefined);
  console.error(`Screenshot of the failed test: ${shot}\nRequests to the GitHub stand-in:\n${s.gh.requests.join('\n')}`);
});

afterAll(async () => {
  await s?.close();
  if (uploads) rmSync(uploads, { recursive: true, force: true });
});

describe('/admin/ built from the deploy guide GitHub example (editorial workflow)', () => {
  it('saves a draft on its own branch with a pull request labelled "draft", leaving main alone', async () => {
    expect(s.env.CMS_PUBLISH_MODE, 'the deploy guide example sets no publish mode: the workflow is the default').toBeUndefined();
    mainBefore = ref('main')!;
    image = `clinic-door-${Date.now()}.jpg`;
    await fillNewsArticle(s.page, s.admin('#/collections/news/new'), uploads, image);
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => pull()?.labels, { timeout: 30_000 }).toEqual(['decap-cms/draft']);

    expect(pull()).toMatchObject({ base: 'main', state: 'open', user: s.gh.account.login });
    draftHead = ref(BRANCH)!;
    expect(s.gh.store.readCommit(draftHead).parents).toEqual([mainBefore]);
    expect(fileAt(draftHead, FILE).toString('utf8')).toBe(articleFile(image));
    expect(fileAt(draftHead, `content/media/news/${image}`)).toEqual(readFileSync(ARTICLE_PHOTO));
    expect(ref('main'), 'main is untouched while the article is a draft').toBe(mainBefore);
  });

  it('moves the draft to "In review", then "Ready": the label follows', async () => {
    const status = s.page.getByRole('button', { name: /^Status:/ });
    for (const [choice, label] of [['In review', 'decap-cms/pending_review'], ['Ready', 'decap-cms/pending_publish']]) {
      await status.click();
      await s.page.getByText(choice, { exact: true }).click();
      await expect.poll(() => pull()?.labels, { timeout: 20_000 }).toEqual([label]);
    }
    expect(ref(BRANCH), 'a status change commits nothing').toBe(draftHead);
  });

  it('publishes by merging the pull request into main and deleting the branch', async () => {
    await s.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await s.page.getByText('Publish now').click();
    await expect.poll(() => ref(BRANCH), { timeout: 30_000, message: 'the branch is deleted after the merge' }).toBeUndefined();
    expect(s.dialogs.some((d) => /publish this entry/i.test(d))).toBe(true);

    const merge = ref('main')!;
    expect(pull()).toMatchObject({ state: 'closed', mergeCommitSha: merge });
    expect(s.gh.store.readCommit(merge).parents).toEqual([mainBefore, draftHead]);
    expect(fileAt(merge, FILE).toString('utf8')).toBe(articleFile(image));
    expect(fileAt(merge, `content/media/news/${image}`)).toEqual(readFileSync(ARTICLE_PHOTO));
  });

  it('made no request the policy refused, and none the stand-in lacks', () => {
    expect(s.csp.violations).toEqual([]);
    expect(s.csp.console).toEqual([]);
    expect(s.gh.unhandled).toEqual([]);
  });
});
