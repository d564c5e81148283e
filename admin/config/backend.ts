import type { CmsBackend, CmsConfig } from 'decap-cms-core';
import { webAddressProblem } from './web-address';

/** The environment variables the CMS's production backend is configured from (none is a secret). */
export const CMS_ENV_KEYS = ['CMS_BACKEND', 'CMS_REPO', 'CMS_BRANCH', 'CMS_AUTH_URL', 'CMS_API_ROOT', 'CMS_APP_ID', 'CMS_PUBLISH_MODE'] as const;

/** The environment, as far as the CMS is concerned. */
export type CmsEnv = Partial<Record<(typeof CMS_ENV_KEYS)[number], string>>;

/** The git hosts Decap can publish to, as this site supports them. */
export const BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;

/** The backend part of the CMS config, or a list of what is wrong with the environment. */
export interface BackendSettings {
  backend: CmsBackend;
  publish_mode: NonNullable<CmsConfig['publish_mode']>;
  /** Plain-English problems; when not empty the admin says so instead of starting in production. */
  problems: string[];
}

// why: Decap's Gitea backend cannot run the editorial workflow (it throws); Forgejo's can.
const WORKFLOW_UNSUPPORTED = new Set(['gitea']);

// why: GitLab, Gitea and Forgejo sign in at the server the API lives on: Decap (and this file) find
// it by cutting this ending off CMS_API_ROOT, so an address without it would send editors astray.
const API_PATH_END: Record<string, string> = { gitlab: '/api/v4', gitea: '/api/v1', forgejo: '/api/v1' };
const API_ROOT_EXAMPLE: Record<string, string> = {
  github: 'https://github.example.gov.uk/api/v3',
  gitlab: 'https://gitlab.example.gov.uk/api/v4',
  gitea: 'https://git.example.gov.uk/api/v1',
  forgejo: 'https://git.example.gov.uk/api/v1',
};

/**
 * The production backend from CMS_* environment variables read at build time. Only the listed
 * keys are read, and none of them is a secret: GitHub logs in through an OAuth proxy (CMS_AUTH_URL),
 * GitLab, Gitea and Forgejo through PKCE with a public application id (CMS_APP_ID).
 * @example backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'council/hat-site', CMS_APP_ID: 'abc' }).backend.auth_type // 'pkce'
 */
export function backendFromEnv(given: CmsEnv): BackendSettings {
  // why: a variable left blank (an empty CI setting) counts as unset, as SITE_URL and BASE_PATH do.
  const env: CmsEnv = Object.fromEntries(Object.entries(given).filter(([, value]) => value?.trim()));
  const problems: string[] = [];
  const name = (env.CMS_BACKEND ?? 'github').trim().toLowerCase();
  const repo = env.CMS_REPO?.trim() ?? '';
  const branch = env.CMS_BRANCH?.trim() || 'main';
  if (!(BACKENDS as readonly string[]).includes(name)) problems.push(`CMS_BACKEND is "${name}"; use one of ${BACKENDS.join(', ')}.`);
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) problems.push('CMS_REPO is not set: give the repository as owner/name, e.g. cleveland-pcc/hat-site.');
  const needsAppId = name !== 'github';
  if (needsAppId && !env.CMS_APP_ID) problems.push(`CMS_APP_ID is not set: ${name} needs the id of the OAuth application created for the CMS.`);
  if ((name === 'gitea' || name === 'forgejo') && !env.CMS_API_ROOT) problems.push(`CMS_API_ROOT is not set: give your ${name} server's API address, e.g. ${API_ROOT_EXAMPLE[name]}.`);
  const apiRoot = env.CMS_API_ROOT?.trim();
  const authUrl = env.CMS_AUTH_URL?.trim();
  if (apiRoot) {
    const problem = webAddressProblem(apiRoot, { name: 'CMS_API_ROOT', example: API_ROOT_EXAMPLE[name] ?? API_ROOT_EXAMPLE.gitea, pathEnd: API_PATH_END[name] });
    if (problem) problems.push(problem);
  }
  if (name === 'github' && authUrl) {
    const problem = webAddressProblem(authUrl, { name: 'CMS_AUTH_URL', example: 'https://cms-auth.example.gov.uk', originOnly: true });
    if (problem) problems.push(problem);
  }

  const wantWorkflow = (env.CMS_PUBLISH_MODE ?? 'editorial_workflow') !== 'simple';
  const publish_mode = wantWorkflow && !WORKFLOW_UNSUPPORTED.has(name) ? 'editorial_workflow' : 'simple';

  const backend: CmsBackend = { name: name as CmsBackend['name'], repo, branch };
  if (name === 'github') {
    // why: Decap compares the sign-in window's origin with base_url character for character.
    if (authUrl) backend.base_url = authUrl.replace(/\/$/, '');
    // why: GitHub Enterprise Server answers at https://<host>/api/v3; github.com needs nothing.
    if (apiRoot) backend.api_root = apiRoot;
  }
  if (name === 'gitlab') {
    Object.assign(backend, { auth_type: 'pkce', app_id: env.CMS_APP_ID });
    // why: self-hosted GitLab: the API root and the sign-in server are the instance's own.
    if (apiRoot) Object.assign(backend, { api_root: apiRoot, base_url: apiRoot.replace(/\/api\/v4\/?$/, '') });
  }
  if (name === 'gitea' || name === 'forgejo') {
    Object.assign(backend, { app_id: env.CMS_APP_ID, api_root: apiRoot, base_url: apiRoot?.replace(/\/api\/v1\/?$/, '') });
  }
  return { backend, publish_mode, problems };
}
