/**
 * What the stand-in's routes share: a request as they see it, what they answer, the repository
 * and account they serve, and small helpers for GitHub's answers.
 */
import type { GitStore } from './git-store';
import { errorJson, type GitHubAccount, type GitHubUrls } from './github-json';
import type { PullStore } from './pull-store';

/** What a route answers: a status and a JSON body, maybe with headers. */
export interface RestAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One request, as the routes see it. */
export interface RestRequest {
  method: string;
  /** The route pattern's captured groups. */
  params: string[];
  query: URLSearchParams;
  body: any;
}

/** The repository the stand-in serves, and who may use it. */
export interface RestContext {
  store: GitStore;
  pulls: PullStore;
  account: GitHubAccount;
  urls: GitHubUrls;
  defaultBranch: string;
}

/** A method, a pattern for the path under /repos/{owner}/{repo}, and its handler. */
export type Route = [method: string, path: RegExp, handler: (req: RestRequest, ctx: RestContext) => RestAnswer];

/** A successful answer (200 unless told). */
export const ok = (body: unknown, status = 200, headers?: Record<string, string>): RestAnswer => ({ status, body, headers });
/** An error answer with GitHub's error body. */
export const fail = (status: number, message: string): RestAnswer => ({ status, body: errorJson(status, message) });
/** True for a full 40-character object id. */
export const isSha = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{40}$/.test(value);
/** Now, as GitHub writes times: "2026-11-20T10:00:00Z". */
export const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
