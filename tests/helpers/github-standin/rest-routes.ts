/**
 * The GitHub REST endpoints Decap's GitHub backend calls (read from decap-cms-backend-github/src/API.ts
 * and implementation.tsx): the account, the repository and its git data here, the editorial
 * workflow's in workflow-routes.ts; answered over a real git repository with the status codes and
 * bodies GitHub documents.
 */
import type { GitStore, GitPerson, TreeChange } from './git-store';
import { blobJson, branchJson, commitJson, gitCommitJson, refJson, repoJson, treeJson, userJson, type GitHubAccount } from './github-json';
import { fail, isSha, now, ok, type RestAnswer, type RestContext, type RestRequest, type Route } from './route-types';
import { WORKFLOW_ROUTES, searchIssues } from './workflow-routes';

/** The tree a revision names: a tree itself, or a commit's tree ("branch:folder" names a tree). */
function treeOf(store: GitStore, revision: string): string | undefined {
  const sha = store.resolve(revision);
  const type = sha && store.typeOf(sha);
  if (type === 'tree') return sha;
  return type === 'commit' ? store.resolve(`${sha}^{tree}`) : undefined;
}

/** A person from a request body, or the signed-in account now (GitHub's default). */
function person(given: Partial<GitPerson> | undefined, account: GitHubAccount): GitPerson {
  return { name: given?.name ?? account.name, email: given?.email ?? account.email, date: given?.date ?? now() };
}

/** POST git/trees: `base_tree` (GitHub also takes a commit there) plus entries by sha, by content or removed (sha null). */
function createTree({ body }: RestRequest, { store, urls }: RestContext): RestAnswer {
  if (!Array.isArray(body?.tree)) return fail(422, 'Invalid request.\n\n"tree" wasn\'t supplied.');
  const base = body.base_tree === undefined ? undefined : treeOf(store, String(body.base_tree));
  if (body.base_tree !== undefined && !base) return fail(422, 'base_tree is not a valid tree oid');
  const changes: TreeChange[] = [];
  for (const entry of body.tree) {
    const path = typeof entry?.path === 'string' ? entry.path.replace(/^\/+/, '') : '';
    if (!path || path.split('/').includes('..')) return fail(422, 'Invalid tree info');
    // why: Decap only ever writes files (mode 100644); anything else is refused rather than half-done.
    if (entry.type !== 'blob' || !['100644', '100755'].includes(entry.mode)) return fail(422, `This stand-in only writes files (blob, 100644); got ${entry.type} ${entry.mode} at ${path}`);
    if (entry.sha === null) {
      if (!base || !store.resolve(`${base}:${path}`)) return fail(422, 'GitRPC::BadObjectState');
      changes.push({ path, mode: entry.mode, sha: null });
    } else if (typeof entry.content === 'string') {
      changes.push({ path, mode: entry.mode, sha: store.writeBlob(Buffer.from(entry.content, 'utf8')) });
    } else if (isSha(entry.sha) && store.typeOf(entry.sha) === 'blob') {
      changes.push({ path, mode: entry.mode, sha: entry.sha });
    } else {
      return fail(422, 'Invalid tree info');
    }
  }
  const sha = store.writeTree(base, changes);
  return ok(treeJson(sha, store.listTree(sha, false), urls), 201, { Location: urls.repoApi(`/git/trees/${sha}`) });
}

/** POST git/commits: a commit of an existing tree on existing parents, by the signed-in account unless told. */
function createCommit({ body }: RestRequest, { store, account, urls }: RestContext): RestAnswer {
  const parents: unknown[] = body?.parents ?? [];
  if (typeof body?.message !== 'string') return fail(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
  if (!isSha(body.tree) || store.typeOf(body.tree) !== 'tree') return fail(422, 'Tree SHA does not exist');
  if (!Array.isArray(parents) || !parents.every((p) => isSha(p) && store.typeOf(p) === 'commit')) return fail(422, 'Parent SHA does not exist or is not a commit object');
  const author = person(body.author, account);
  const sha = store.writeCommit({ tree: body.tree, parents: parents as string[], author, committer: body.committer ? person(body.committer, account) : author, message: body.message });
  return ok(gitCommitJson(store.readCommit(sha), urls), 201, { Location: urls.repoApi(`/git/commits/${sha}`) });
}

/** PATCH git/refs/{ref}: moves a branch, fast-forward only unless `force`. */
function updateRef({ params, body }: RestRequest, { store, urls }: RestContext): RestAnswer {
  const ref = `refs/${params[0]}`;
  const old = store.resolve(ref);
  if (!old) return fail(422, 'Reference does not exist');
  if (!isSha(body?.sha) || store.typeOf(body.sha) !== 'commit') return fail(422, 'Object does not exist');
  if (!body.force && !store.isAncestor(old, body.sha)) return fail(422, 'Update is not a fast forward');
  // why: the old value is checked again by git itself, so two saves at once cannot both win.
  if (!store.updateRef(ref, body.sha, old)) return fail(422, 'Reference cannot be updated');
  return ok(refJson(ref, body.sha, urls));
}

/** GET commits?path=&sha=: the commits on a branch that touched a path, newest first. */
function listCommits({ query }: RestRequest, { store, urls, defaultBranch }: RestContext): RestAnswer {
  const branch = query.get('sha') ?? defaultBranch;
  if (!store.resolve(branch)) return fail(404, 'Not Found');
  const perPage = Math.min(Number(query.get('per_page') ?? 30) || 30, 100);
  const shas = store.commitsTouching(branch, query.get('path') ?? '.', perPage);
  return ok(shas.map((sha) => commitJson(store.readCommit(sha), urls)));
}

/** The routes under /repos/{owner}/{repo}, matched on the rest of the path. */
const REPO_ROUTES: Route[] = [
  ['GET', /^$/, (_, { account, urls, defaultBranch }) => ok(repoJson(account, urls, defaultBranch))],
  [
    'GET',
    /^\/branches\/(.+)$/,
    ({ params }, { store, urls }) => {
      const head = store.resolve(`refs/heads/${params[0]}`);
      return head ? ok(branchJson(params[0], store.readCommit(head), urls)) : fail(404, 'Branch not found');
    },
  ],
  [
    'GET',
    /^\/git\/trees\/(.+)$/,
    ({ params, query }, { store, urls }) => {
      // why: Decap asks for "<branch>:<folder>" (git's extended syntax), which GitHub accepts too.
      const sha = treeOf(store, params[0]);
      if (!sha) return fail(404, 'Not Found');
      return ok(treeJson(sha, store.listTree(sha, Boolean(query.get('recursive'))), urls));
    },
  ],
  [
    'GET',
    /^\/git\/blobs\/([0-9a-f]{40})$/,
    ({ params }, { store, urls }) => (store.typeOf(params[0]) === 'blob' ? ok(blobJson(params[0], store.readBlob(params[0]), urls)) : fail(404, 'Not Found')),
  ],
  [
    'POST',
    /^\/git\/blobs$/,
    ({ body }, { store, urls }) => {
      if (typeof body?.content !== 'string' || !['base64', 'utf-8', undefined].includes(body.encoding)) return fail(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
      const sha = store.writeBlob(Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8'));
      return ok({ url: urls.repoApi(`/git/blobs/${sha}`), sha }, 201, { Location: urls.repoApi(`/git/blobs/${sha}`) });
    },
  ],
  ['POST', /^\/git\/trees$/, createTree],
  ['POST', /^\/git\/commits$/, createCommit],
  ['PATCH', /^\/git\/refs\/(heads\/.+)$/, updateRef],
  [
    'POST',
    /^\/git\/refs$/,
    ({ body }, { store, urls }) => {
      if (typeof body?.ref !== 'string' || !/^refs\/[^/]+\/.+/.test(body.ref) || body.ref.split('/').includes('..')) return fail(422, 'Reference name is not valid');
      if (!isSha(body.sha) || store.typeOf(body.sha) !== 'commit') return fail(422, 'Object does not exist');
      if (store.resolve(body.ref)) return fail(422, 'Reference already exists');
      if (!store.updateRef(body.ref, body.sha)) return fail(422, 'Reference update failed');
      return ok(refJson(body.ref, body.sha, urls), 201, { Location: urls.repoApi(`/git/${body.ref}`) });
    },
  ],
  ['DELETE', /^\/git\/refs\/(heads\/.+)$/, ({ params }, { store }) => (store.deleteRef(`refs/${params[0]}`) ? { status: 204 } : fail(422, 'Reference does not exist'))],
  ['GET', /^\/commits$/, listCommits],
  ...WORKFLOW_ROUTES,
];

/**
 * Answers one authenticated API request, or undefined when no route matches (the caller answers 404
 * and records it, so a test can prove Decap called nothing the stand-in lacks).
 */
export function answerRest(method: string, path: string, req: Omit<RestRequest, 'params' | 'method'>, ctx: RestContext): RestAnswer | undefined {
  if (method === 'GET' && path === '/user') return ok(userJson(ctx.account, ctx.urls));
  if (method === 'GET' && path === '/search/issues') return searchIssues();
  const user = /^\/users\/([^/]+)$/.exec(path);
  if (method === 'GET' && user) return user[1] === ctx.account.login ? ok(userJson(ctx.account, ctx.urls)) : fail(404, 'Not Found');
  const repo = /^\/repos\/([^/]+\/[^/]+)(.*)$/.exec(path);
  if (!repo) return undefined;
  // why: GitHub matches owner and name without regard to case.
  if (repo[1].toLowerCase() !== ctx.urls.repo.toLowerCase()) return fail(404, 'Not Found');
  for (const [routeMethod, pattern, handler] of REPO_ROUTES) {
    const match = pattern.exec(repo[2]);
    if (match && routeMethod === method) return handler({ method, params: match.slice(1), ...req }, ctx);
  }
  return undefined;
}
