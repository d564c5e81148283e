/**
 * The GitHub endpoints Decap's editorial workflow calls (decap-cms-backend-github/src/API.ts): pull
 * requests for each entry's cms/… branch, their labels (Decap keeps an entry's status there), the
 * comparison of a branch with main, merging, commit statuses, and the issue search its notes use.
 */
import { commitJson, compareFileJson, labelJson, pullJson } from './github-json';
import type { PullRequest } from './pull-store';
import { fail, isSha, now, ok, type RestAnswer, type RestContext, type Route } from './route-types';

/** A branch as a pull request or comparison names it: "branch" or "owner:branch" (owner of this repository). */
function branchName(given: string, { urls }: RestContext): string | undefined {
  const colon = given.indexOf(':');
  if (colon < 0) return given;
  const [owner] = urls.repo.split('/');
  return given.slice(0, colon).toLowerCase() === owner.toLowerCase() ? given.slice(colon + 1) : undefined;
}

/** The commit a branch name or sha names, or undefined. */
function commitOf(given: string, ctx: RestContext): string | undefined {
  if (isSha(given)) return ctx.store.typeOf(given) === 'commit' ? given : undefined;
  const branch = branchName(given, ctx);
  return branch === undefined ? undefined : ctx.store.resolve(`refs/heads/${branch}`);
}

/** A pull request's JSON with its branches' commits as they are now (or were when it closed). */
function pullAnswer(pull: PullRequest, ctx: RestContext) {
  const head = pull.closedHeadSha ?? ctx.store.resolve(`refs/heads/${pull.head}`) ?? '';
  const base = ctx.store.resolve(`refs/heads/${pull.base}`) ?? '';
  return pullJson(pull, { head, base }, ctx.account, ctx.urls, ctx.defaultBranch);
}

/** GitHub's Link header for one page of a list: next, last, first and prev as they apply. */
export function linkHeader(url: URL, page: number, pages: number): string | undefined {
  const at = (n: number) => {
    const copy = new URL(url);
    copy.searchParams.set('page', String(n));
    return copy.href;
  };
  const links = [
    ...(page < pages ? [`<${at(page + 1)}>; rel="next"`, `<${at(pages)}>; rel="last"`] : []),
    ...(page > 1 ? [`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`] : []),
  ];
  return links.length ? links.join(', ') : undefined;
}

/** GET pulls: filtered by state (open by default), head ("owner:branch") and base; newest first; paged. */
function listPulls({ query }: { query: URLSearchParams }, ctx: RestContext): RestAnswer {
  const state = query.get('state') ?? 'open';
  const head = query.get('head');
  const headBranch = head === null ? undefined : branchName(head, ctx);
  const matching = ctx.pulls.all
    .filter((p) => state === 'all' || p.state === state)
    .filter((p) => head === null || p.head === headBranch)
    .filter((p) => !query.get('base') || p.base === query.get('base'))
    .reverse();
  const perPage = Math.min(Number(query.get('per_page') ?? 30) || 30, 100);
  const pages = Math.max(1, Math.ceil(matching.length / perPage));
  const page = Math.min(Math.max(1, Number(query.get('page') ?? 1) || 1), pages);
  const url = new URL(ctx.urls.repoApi('/pulls'));
  for (const [key, value] of query) url.searchParams.set(key, value);
  const link = linkHeader(url, page, pages);
  return ok(matching.slice((page - 1) * perPage, page * perPage).map((p) => pullAnswer(p, ctx)), 200, link ? { Link: link } : undefined);
}

/** POST pulls: opens a pull request from an existing branch with commits the base lacks. */
function createPull({ body }: { body: any }, ctx: RestContext): RestAnswer {
  const head = typeof body?.head === 'string' ? branchName(body.head, ctx) : undefined;
  const headSha = head && ctx.store.resolve(`refs/heads/${head}`);
  const baseSha = typeof body?.base === 'string' && ctx.store.resolve(`refs/heads/${body.base}`);
  if (typeof body?.title !== 'string' || !head || !headSha || !baseSha) return fail(422, 'Validation Failed');
  if (ctx.pulls.all.some((p) => p.state === 'open' && p.head === head && p.base === body.base)) return fail(422, `A pull request already exists for ${body.head}.`);
  if (ctx.store.commitsBetween(baseSha, headSha).length === 0) return fail(422, `No commits between ${body.base} and ${head}`);
  const pull = ctx.pulls.open({ title: body.title, body: body.body ?? '', head, base: body.base, user: ctx.account.login }, now());
  return ok(pullAnswer(pull, ctx), 201, { Location: ctx.urls.repoApi(`/pulls/${pull.number}`) });
}

/** PATCH pulls/{n}: closes or reopens, or changes the title or text. */
function updatePull({ params, body }: { params: string[]; body: any }, ctx: RestContext): RestAnswer {
  const pull = ctx.pulls.get(Number(params[0]));
  if (!pull) return fail(404, 'Not Found');
  if (body?.state === 'closed' && pull.state === 'open') Object.assign(pull, { state: 'closed', closedAt: now(), closedHeadSha: ctx.store.resolve(`refs/heads/${pull.head}`) ?? null });
  if (body?.state === 'open' && pull.state === 'closed' && !pull.mergedAt) Object.assign(pull, { state: 'open', closedAt: null, closedHeadSha: null });
  if (typeof body?.title === 'string') pull.title = body.title;
  if (typeof body?.body === 'string') pull.body = body.body;
  pull.updatedAt = now();
  return ok(pullAnswer(pull, ctx));
}

/** PUT pulls/{n}/merge: a merge commit of the head into the base ("merge" method), as GitHub makes it. */
function mergePull({ params, body }: { params: string[]; body: any }, ctx: RestContext): RestAnswer {
  const pull = ctx.pulls.get(Number(params[0]));
  if (!pull) return fail(404, 'Not Found');
  if (pull.state !== 'open') return fail(405, 'Pull Request is not mergeable');
  if ((body?.merge_method ?? 'merge') !== 'merge') return fail(422, 'This stand-in merges with merge_method "merge" only (the one Decap uses by default).');
  const head = ctx.store.resolve(`refs/heads/${pull.head}`);
  const base = ctx.store.resolve(`refs/heads/${pull.base}`);
  if (!head || !base) return fail(405, 'Pull Request is not mergeable');
  if (body?.sha && body.sha !== head) return fail(409, 'Head branch was modified. Review and try the merge again.');
  const tree = ctx.store.mergeTrees(base, head);
  if (!tree) return fail(405, 'Pull Request is not mergeable');
  const [owner] = ctx.urls.repo.split('/');
  const title = body?.commit_title ?? `Merge pull request #${pull.number} from ${owner}/${pull.head}`;
  const message = body?.commit_message ? `${title}\n\n${body.commit_message}` : title;
  const who = { name: ctx.account.name, email: ctx.account.email, date: now() };
  const sha = ctx.store.writeCommit({ tree, parents: [base, head], author: who, committer: who, message });
  if (!ctx.store.updateRef(`refs/heads/${pull.base}`, sha, base)) return fail(409, 'Base branch was modified. Review and try the merge again.');
  Object.assign(pull, { state: 'closed', closedAt: who.date, mergedAt: who.date, mergeCommitSha: sha, closedHeadSha: head, updatedAt: who.date });
  return ok({ sha, merged: true, message: 'Pull Request successfully merged' });
}

/** GET compare/{base}...{head}: the commits and files of head since its merge base with base. */
function compare({ params }: { params: string[] }, ctx: RestContext): RestAnswer {
  const base = commitOf(params[0], ctx);
  const head = commitOf(params[1], ctx);
  const mergeBase = base && head ? ctx.store.mergeBase(base, head) : undefined;
  if (!base || !head || !mergeBase) return fail(404, 'Not Found');
  const commits = ctx.store.commitsBetween(mergeBase, head);
  const behind = ctx.store.commitsBetween(mergeBase, base).length;
  const status = base === head ? 'identical' : commits.length && behind ? 'diverged' : commits.length ? 'ahead' : 'behind';
  const read = (sha: string) => commitJson(ctx.store.readCommit(sha), ctx.urls);
  const files = ctx.store.changedFiles(mergeBase, head).map((f) => compareFileJson(f, f.binary ? undefined : ctx.store.patch(mergeBase, head, f.path), head, ctx.urls));
  return ok({
    url: ctx.urls.repoApi(`/compare/${params[0]}...${params[1]}`),
    html_url: ctx.urls.html(`/compare/${params[0]}...${params[1]}`),
    base_commit: read(base),
    merge_base_commit: read(mergeBase),
    status,
    ahead_by: commits.length,
    behind_by: behind,
    total_commits: commits.length,
    commits: commits.map(read),
    files,
  });
}

/** The workflow's routes under /repos/{owner}/{repo}. */
export const WORKFLOW_ROUTES: Route[] = [
  ['GET', /^\/pulls$/, listPulls],
  ['POST', /^\/pulls$/, createPull],
  ['PATCH', /^\/pulls\/(\d+)$/, updatePull],
  ['PUT', /^\/pulls\/(\d+)\/merge$/, mergePull],
  [
    'PUT',
    /^\/issues\/(\d+)\/labels$/,
    ({ params, body }, ctx) => {
      const pull = ctx.pulls.get(Number(params[0]));
      if (!pull) return fail(404, 'Not Found');
      if (!Array.isArray(body?.labels) || !body.labels.every((l: unknown) => typeof l === 'string')) return fail(422, 'Validation Failed');
      Object.assign(pull, { labels: [...new Set<string>(body.labels)], updatedAt: now() });
      return ok(pull.labels.map((name) => labelJson(name, ctx.urls)));
    },
  ],
  ['GET', /^\/compare\/(.+?)\.\.\.(.+)$/, compare],
  [
    'GET',
    /^\/commits\/([^/]+)\/status$/,
    ({ params }, ctx) => {
      const sha = commitOf(params[0], ctx);
      if (!sha) return fail(404, 'Not Found');
      // why: nothing reports build statuses to the stand-in; GitHub answers "pending" with none.
      return ok({ state: 'pending', statuses: [], sha, total_count: 0, commit_url: ctx.urls.repoApi(`/commits/${sha}`), url: ctx.urls.repoApi(`/commits/${sha}/status`) });
    },
  ],
];

/** GET /search/issues: the stand-in has no issues (Decap's notes live there), so every search finds none. */
export const searchIssues = (): RestAnswer => ok({ total_count: 0, incomplete_results: false, items: [] });
