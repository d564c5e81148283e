/**
 * A stand-in for GitHub's REST API on 127.0.0.1, for the CMS browser test of the production
 * (GitHub) backend: a real bare git repository seeded with the project's content, the endpoints
 * Decap calls (rest-routes.ts), GitHub's authentication rules and cross-origin headers.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createGitStore, type GitStore } from './git-store';
import { errorJson, GitHubUrls, type GitHubAccount } from './github-json';
import { answerPreflight, readJson, sendBytes, sendJson } from './http-answers';
import { answerRest } from './rest-routes';
import { PullStore } from './pull-store';

/** A running stand-in. */
export interface GitHubApiStandIn {
  /** The API root to build the admin with (CMS_API_ROOT), e.g. http://127.0.0.1:41234. */
  apiRoot: string;
  /** The only token the API accepts (an OAuth proxy hands it out). */
  token: string;
  account: GitHubAccount;
  store: GitStore;
  /** The pull requests the editorial workflow opened. */
  pulls: PullStore;
  /** Every request answered, as "METHOD /path STATUS". */
  requests: string[];
  /** Requests no endpoint matched: Decap called something the stand-in does not implement. */
  unhandled: string[];
  close(): Promise<void>;
}

/** What to serve. */
export interface GitHubApiOptions {
  /** owner/name, as CMS_REPO gives it. */
  repo: string;
  /** The folder whose `folder` sub-folder seeds the repository (the project root). */
  root: string;
  folder: string;
  branch: string;
}

// why: GitHub hands out a picture for every account; a 1×1 PNG is enough for the admin's header.
const AVATAR = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Starts the stand-in on 127.0.0.1 and a free port; close() stops it and deletes the repository. */
export async function startGitHubApi({ repo, root, folder, branch }: GitHubApiOptions): Promise<GitHubApiStandIn> {
  const store = createGitStore(root, folder, branch);
  const token = `gho_${randomBytes(18).toString('hex')}`;
  const account: GitHubAccount = { login: 'comms-officer', id: 1001, name: 'Comms Officer', email: 'comms.officer@example.gov.uk' };
  const pulls = new PullStore();
  const requests: string[] = [];
  const unhandled: string[] = [];
  let urls: GitHubUrls;

  const server = createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://stand-in');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    const answer = (status: number, body: unknown, headers?: Record<string, string>) => {
      requests.push(`${method} ${path} ${status}`);
      sendJson(res, status, body, headers);
    };
    if (method === 'OPTIONS') return answerPreflight(res);
    if (method === 'GET' && path === `/avatars/${account.login}.png`) {
      requests.push(`${method} ${path} 200`);
      return sendBytes(res, 'image/png', AVATAR);
    }

    const given = /^(?:token|bearer) (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (given !== undefined && given !== token) return answer(401, errorJson(401, 'Bad credentials'));
    if (given === undefined) {
      // why: GitHub asks for a sign-in on /user and hides a private repository from strangers.
      return path === '/user' ? answer(401, errorJson(401, 'Requires authentication')) : answer(404, errorJson(404, 'Not Found'));
    }
    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      return answer(400, errorJson(400, 'Problems parsing JSON'));
    }
    const result = answerRest(method, path, { query: url.searchParams, body }, { store, pulls, account, urls, defaultBranch: branch });
    if (!result) {
      unhandled.push(`${method} ${path}`);
      return answer(404, errorJson(404, 'Not Found'));
    }
    if (result.status === 204) {
      requests.push(`${method} ${path} 204`);
      return void res.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
    }
    answer(result.status, result.body, result.headers);
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  urls = new GitHubUrls(apiRoot, repo);
  return {
    apiRoot,
    token,
    account,
    store,
    pulls,
    requests,
    unhandled,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          store.remove();
          done();
        });
      }),
  };
}
