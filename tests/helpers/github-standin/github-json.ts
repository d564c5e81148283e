/**
 * The JSON bodies of GitHub's REST API (docs.github.com/rest), built from git objects: the fields
 * GitHub documents for users, repositories, branches, refs, trees, blobs, commits, pull requests,
 * labels and comparisons.
 */
import type { ChangedFile, GitCommit, GitPerson, GitTreeEntry } from './git-store';
import type { PullRequest } from './pull-store';

/** The signed-in account the stand-in serves. */
export interface GitHubAccount {
  login: string;
  id: number;
  name: string;
  email: string;
}

/** Builds the URLs GitHub puts in its answers, for one repository. */
export class GitHubUrls {
  constructor(
    /** The API root, e.g. http://127.0.0.1:4123 (api.github.com on GitHub). */
    readonly api: string,
    /** owner/name */
    readonly repo: string,
  ) {}

  /** The repository's API address plus a path: repo('/git/trees/abc'). */
  repoApi = (path = '') => `${this.api}/repos/${this.repo}${path}`;
  /** The web page address GitHub gives as html_url. */
  html = (path = '') => `${this.api}/${this.repo}${path}`;
}

/** GET /user, GET /users/{login}: the public profile plus the e-mail. */
export function userJson(account: GitHubAccount, urls: GitHubUrls) {
  return {
    login: account.login,
    id: account.id,
    node_id: `U_${account.id}`,
    avatar_url: `${urls.api}/avatars/${account.login}.png`,
    gravatar_id: '',
    url: `${urls.api}/users/${account.login}`,
    html_url: `${urls.api}/${account.login}`,
    type: 'User',
    site_admin: false,
    name: account.name,
    email: account.email,
  };
}

/** GET /repos/{owner}/{repo}, with the permissions of the signed-in account. */
export function repoJson(account: GitHubAccount, urls: GitHubUrls, defaultBranch: string) {
  const [owner, name] = urls.repo.split('/');
  return {
    id: 1,
    node_id: 'R_1',
    name,
    full_name: urls.repo,
    private: true,
    owner: { login: owner, id: 2, type: 'Organization', url: `${urls.api}/users/${owner}` },
    html_url: urls.html(),
    fork: false,
    url: urls.repoApi(),
    default_branch: defaultBranch,
    visibility: 'private',
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

const personJson = (p: GitPerson) => ({ name: p.name, email: p.email, date: p.date });

/** The "git data" commit: POST /repos/{owner}/{repo}/git/commits. */
export function gitCommitJson(commit: GitCommit, urls: GitHubUrls) {
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha}`,
    url: urls.repoApi(`/git/commits/${commit.sha}`),
    html_url: urls.html(`/commit/${commit.sha}`),
    author: personJson(commit.author),
    committer: personJson(commit.committer),
    message: commit.message,
    tree: { sha: commit.tree, url: urls.repoApi(`/git/trees/${commit.tree}`) },
    parents: commit.parents.map((sha) => ({ sha, url: urls.repoApi(`/git/commits/${sha}`), html_url: urls.html(`/commit/${sha}`) })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
  };
}

/** A commit as GET /repos/{owner}/{repo}/commits and the branch endpoint list it. */
export function commitJson(commit: GitCommit, urls: GitHubUrls) {
  const git = gitCommitJson(commit, urls);
  return {
    sha: commit.sha,
    node_id: git.node_id,
    commit: { author: git.author, committer: git.committer, message: git.message, tree: git.tree, url: git.url, comment_count: 0, verification: git.verification },
    url: urls.repoApi(`/commits/${commit.sha}`),
    html_url: git.html_url,
    comments_url: urls.repoApi(`/commits/${commit.sha}/comments`),
    // why: GitHub fills these only when the e-mail belongs to a GitHub account.
    author: null,
    committer: null,
    parents: git.parents,
  };
}

/** GET /repos/{owner}/{repo}/branches/{branch}. */
export function branchJson(name: string, head: GitCommit, urls: GitHubUrls) {
  return {
    name,
    commit: commitJson(head, urls),
    _links: { self: urls.repoApi(`/branches/${name}`), html: urls.html(`/tree/${name}`) },
    protected: false,
    protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
    protection_url: urls.repoApi(`/branches/${name}/protection`),
  };
}

/** A git reference: GET/POST/PATCH /repos/{owner}/{repo}/git/refs. */
export function refJson(ref: string, sha: string, urls: GitHubUrls) {
  return { ref, node_id: `REF_${ref}`, url: urls.repoApi(`/git/${ref}`), object: { type: 'commit', sha, url: urls.repoApi(`/git/commits/${sha}`) } };
}

/** GET and POST /repos/{owner}/{repo}/git/trees. */
export function treeJson(sha: string, entries: GitTreeEntry[], urls: GitHubUrls) {
  return {
    sha,
    url: urls.repoApi(`/git/trees/${sha}`),
    tree: entries.map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.size === undefined ? {} : { size: e.size }),
      url: urls.repoApi(`/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`),
    })),
    truncated: false,
  };
}

/** GET /repos/{owner}/{repo}/git/blobs/{sha}: the bytes in base64, wrapped at 60 characters as GitHub does. */
export function blobJson(sha: string, bytes: Buffer, urls: GitHubUrls) {
  const base64 = bytes.toString('base64');
  return {
    sha,
    node_id: `B_${sha}`,
    size: bytes.length,
    url: urls.repoApi(`/git/blobs/${sha}`),
    content: `${base64.replace(/.{60}/g, '$&\n')}\n`,
    encoding: 'base64',
  };
}

/** The error body GitHub sends with 4xx answers. */
export const errorJson = (status: number, message: string) => ({ message, documentation_url: 'https://docs.github.com/rest', status: String(status) });

/** A label as GitHub lists it on an issue or pull request. */
export const labelJson = (name: string, urls: GitHubUrls) => ({
  id: [...name].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) >>> 0, 7),
  node_id: `LA_${encodeURIComponent(name)}`,
  url: urls.repoApi(`/labels/${encodeURIComponent(name)}`),
  name,
  color: 'ededed',
  default: false,
  description: null,
});

/** A pull request (GET/POST /repos/{owner}/{repo}/pulls), with its branches' current commits. */
export function pullJson(pull: PullRequest, heads: { head: string; base: string }, account: GitHubAccount, urls: GitHubUrls, defaultBranch: string) {
  const [owner] = urls.repo.split('/');
  const repo = repoJson(account, urls, defaultBranch);
  const user = { login: pull.user, id: account.id, type: 'User', url: `${urls.api}/users/${pull.user}` };
  return {
    url: urls.repoApi(`/pulls/${pull.number}`),
    id: 5000 + pull.number,
    node_id: `PR_${pull.number}`,
    html_url: urls.html(`/pull/${pull.number}`),
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user,
    body: pull.body,
    labels: pull.labels.map((name) => labelJson(name, urls)),
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    draft: false,
    head: { label: `${owner}:${pull.head}`, ref: pull.head, sha: heads.head, user: repo.owner, repo },
    base: { label: `${owner}:${pull.base}`, ref: pull.base, sha: heads.base, user: repo.owner, repo },
  };
}

/** One file of GET /repos/{owner}/{repo}/compare/{base}...{head}; binary files have no patch, as on GitHub. */
export function compareFileJson(file: ChangedFile, patch: string | undefined, head: string, urls: GitHubUrls) {
  return {
    sha: file.sha,
    filename: file.path,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: urls.html(`/blob/${head}/${file.path}`),
    raw_url: urls.html(`/raw/${head}/${file.path}`),
    contents_url: urls.repoApi(`/contents/${file.path}?ref=${head}`),
    ...(patch ? { patch } : {}),
    ...(file.previousPath ? { previous_filename: file.previousPath } : {}),
  };
}
