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
  return { status: res.status, body: await res.json(), headers: res.headers };
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
    expect((await call('/pulls')).status).toBe(404);
    expect(gh.unhandled, 'calls it does not implement are recorded').toEqual(['GET /repos/Council/HAT-site/pulls']);
  });
});
