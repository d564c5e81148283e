/**
 * The GitHub stand-in used by the CMS browser test keeps GitHub's rules: who may call it, what a
 * commit does to the real git repository behind it, and the refusals GitHub documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-standin/start-github-api';

const root = fileURLToPath(new URL('../..', import.meta.url));
let gh: GitHubApiStandIn;
const repoUrl = (path = '') => `${gh.apiRoot}/repos/Council/HAT-site${path}`;
const call = async (path: string, init: RequestInit & { token?: string | null } = {}) => {
  const { token = gh.token, ...rest } = init;
  const res = await fetch(path.startsWith('http') ? path : repoUrl(path), {
    ...rest,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `token ${token}` } : {}) },
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
};

beforeAll(async () => {
  gh = await startGitHubApi({ repo: 'council/hat-site', root, folder: 'content/settings', branch: 'main' });
});
afterAll(() => gh?.close());

describe('the GitHub stand-in', () => {
  it('asks for a sign-in, refuses a wrong token, and hides the private repository from strangers', async () => {
    expect(await call(`${gh.apiRoot}/user`, { token: null })).toMatchObject({ status: 401, body: { message: 'Requires authentication' } });
    expect(await call('', { token: 'gho_wrong' })).toMatchObject({ status: 401, body: { message: 'Bad credentials' } });
    expect(await call('', { token: null })).toMatchObject({ status: 404, body: { message: 'Not Found' } });
    expect(await call('')).toMatchObject({ status: 200, body: { full_name: 'council/hat-site', permissions: { push: true } } });
  });

  it('answers a browser preflight with GitHub cross-origin headers and no sign-in', async () => {
    const res = await fetch(repoUrl('/git/blobs'), { method: 'OPTIONS', headers: { Origin: 'http://127.0.0.1:9', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization, Content-Type/);
  });

  it('commits a nested file through blobs, trees, commits and refs, as Decap does', async () => {
    const branch = await call('/branches/main');
    const parent = branch.body.commit.sha;
    const blob = await call('/git/blobs', { method: 'POST', body: JSON.stringify({ content: Buffer.from('héllo\n').toString('base64'), encoding: 'base64' }) });
    expect(blob.status).toBe(201);
    const tree = await call('/git/trees', { method: 'POST', body: JSON.stringify({ base_tree: parent, tree: [{ path: 'content/news/x.mdx', mode: '100644', type: 'blob', sha: blob.body.sha }] }) });
    expect(tree.status).toBe(201);
    expect(tree.body.tree.map((e: { path: string }) => e.path)).toEqual(['content']);
    const commit = await call('/git/commits', { method: 'POST', body: JSON.stringify({ message: 'Create x', tree: tree.body.sha, parents: [parent] }) });
    expect(commit).toMatchObject({ status: 201, body: { author: { name: 'Comms Officer' }, parents: [{ sha: parent }] } });
    expect((await call('/git/refs/heads/main', { method: 'PATCH', body: JSON.stringify({ sha: commit.body.sha, force: false }) })).status).toBe(200);

    expect(gh.store.git(['show', 'main:content/news/x.mdx'])).toBe('héllo\n');
    expect(gh.store.git(['ls-tree', '--name-only', 'main', 'content/settings/']).trim()).toBe('content/settings/site.yaml');
    const listed = await call('/git/trees/main:content%2Fnews');
    expect(listed.body.tree).toEqual([expect.objectContaining({ path: 'x.mdx', type: 'blob', sha: blob.body.sha, size: 7 })]);
    const read = await call(`/git/blobs/${blob.body.sha}`);
    expect(Buffer.from(read.body.content, 'base64').toString()).toBe('héllo\n');
    expect((await call('/commits?path=content/news/x.mdx&sha=main')).body.map((c: { sha: string }) => c.sha)).toEqual([commit.body.sha]);
  });

  it('refuses what GitHub refuses: a branch moved backwards, a missing folder, deleting a missing file', async () => {
    const head = (await call('/branches/main')).body.commit;
    const first = head.parents[0].sha;
    expect(await call('/git/refs/heads/main', { method: 'PATCH', body: JSON.stringify({ sha: first, force: false }) })).toMatchObject({ status: 422, body: { message: 'Update is not a fast forward' } });
    expect((await call('/git/trees/main:content%2Fnowhere')).status).toBe(404);
    const gone = await call('/git/trees', { method: 'POST', body: JSON.stringify({ base_tree: head.sha, tree: [{ path: 'content/none.md', mode: '100644', type: 'blob', sha: null }] }) });
    expect(gone.status).toBe(422);
    expect(gh.unhandled).toEqual([]);
    expect((await call('/releases')).status).toBe(404);
    expect(gh.unhandled, 'calls it does not implement are recorded').toEqual(['GET /repos/Council/HAT-site/releases']);
  });

  it("runs a pull request as Decap's editorial workflow does: branch, PR, labels, compare, merge", async () => {
    const main = (await call('/branches/main')).body.commit.sha;
    const blob = await call('/git/blobs', { method: 'POST', body: JSON.stringify({ content: 'draft\n', encoding: 'utf-8' }) });
    const tree = await call('/git/trees', { method: 'POST', body: JSON.stringify({ base_tree: main, tree: [{ path: 'content/faqs/q.md', mode: '100644', type: 'blob', sha: blob.body.sha }] }) });
    const commit = await call('/git/commits', { method: 'POST', body: JSON.stringify({ message: 'Create q', tree: tree.body.sha, parents: [main] }) });
    expect((await call('/git/refs', { method: 'POST', body: JSON.stringify({ ref: 'refs/heads/cms/faqs/q', sha: commit.body.sha }) })).status).toBe(201);
    expect((await call('/git/refs', { method: 'POST', body: JSON.stringify({ ref: 'refs/heads/cms/faqs/q', sha: commit.body.sha }) })).body.message).toBe('Reference already exists');
    const pr = await call('/pulls', { method: 'POST', body: JSON.stringify({ title: 'Create q', body: 'x', head: 'council:cms/faqs/q', base: 'main' }) });
    expect(pr).toMatchObject({ status: 201, body: { number: 1, state: 'open', head: { ref: 'cms/faqs/q', sha: commit.body.sha, repo: { fork: false } } } });
    expect((await call('/issues/1/labels', { method: 'PUT', body: JSON.stringify({ labels: ['decap-cms/draft'] }) })).body).toEqual([expect.objectContaining({ name: 'decap-cms/draft' })]);
    const listed = await call('/pulls?head=council%3Acms%2Ffaqs%2Fq&base=main&state=open&per_page=100');
    expect(listed.body.map((p: any) => [p.number, p.labels.map((l: any) => l.name)])).toEqual([[1, ['decap-cms/draft']]]);

    const compared = await call('/compare/main...council:cms/faqs/q');
    expect(compared.body).toMatchObject({ status: 'ahead', ahead_by: 1, base_commit: { sha: main }, commits: [{ sha: commit.body.sha, parents: [{ sha: main }] }] });
    expect(compared.body.files).toEqual([expect.objectContaining({ filename: 'content/faqs/q.md', status: 'added', sha: blob.body.sha, patch: '@@ -0,0 +1 @@\n+draft' })]);

    expect((await call('/pulls/1/merge', { method: 'PUT', body: JSON.stringify({ sha: main, merge_method: 'merge' }) })).status, 'a stale head sha').toBe(409);
    const merged = await call('/pulls/1/merge', { method: 'PUT', body: JSON.stringify({ commit_message: 'Merged on Decap CMS', sha: commit.body.sha, merge_method: 'merge' }) });
    expect(merged.body).toMatchObject({ merged: true });
    expect(gh.store.readCommit(merged.body.sha)).toMatchObject({ parents: [main, commit.body.sha], message: expect.stringMatching(/^Merge pull request #1 from council\/cms\/faqs\/q\n\nMerged on Decap CMS/) });
    expect(gh.store.git(['show', 'main:content/faqs/q.md'])).toBe('draft\n');
    expect((await call('/pulls?state=open')).body).toEqual([]);
    expect((await call('/git/refs/heads/cms/faqs/q', { method: 'DELETE' })).status).toBe(204);
    expect(gh.store.resolve('refs/heads/cms/faqs/q')).toBeUndefined();
    expect(gh.unhandled.slice(1)).toEqual([]);
  });

  it('pages long lists with a Link header, as GitHub does', async () => {
    const { linkHeader } = await import('../helpers/github-standin/workflow-routes');
    const url = new URL('http://127.0.0.1:1/repos/a/b/pulls?state=open&per_page=1');
    expect(linkHeader(url, 1, 1)).toBeUndefined();
    expect(linkHeader(url, 2, 3)).toBe(
      '<http://127.0.0.1:1/repos/a/b/pulls?state=open&per_page=1&page=3>; rel="next", <http://127.0.0.1:1/repos/a/b/pulls?state=open&per_page=1&page=3>; rel="last", <http://127.0.0.1:1/repos/a/b/pulls?state=open&per_page=1&page=1>; rel="first", <http://127.0.0.1:1/repos/a/b/pulls?state=open&per_page=1&page=1>; rel="prev"',
    );
  });
});
