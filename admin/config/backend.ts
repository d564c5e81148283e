import type { CmsBackend, CmsConfig } from 'decap-cms-core';

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

/**
 * The production backend from CMS_* environment variables read at build time. Only the listed
 * keys are read, and none of them is a secret: GitHub logs in through an OAuth proxy (CMS_AUTH_URL),
 * GitLab, Gitea and Forgejo through PKCE with a public application id (CMS_APP_ID).
 * @example backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'council/hat-site', CMS_APP_ID: 'abc' }).backend.auth_type // 'pkce'
 */
export function backendFromEnv(env: CmsEnv): BackendSettings {
  const problems: string[] = [];
  const name = (env.CMS_BACKEND ?? 'github').trim().toLowerCase();
  const repo = env.CMS_REPO?.trim() ?? '';
  const branch = env.CMS_BRANCH?.trim() || 'main';
  if (!(BACKENDS as readonly string[]).includes(name)) problems.push(`CMS_BACKEND is "${name}"; use one of ${BACKENDS.join(', ')}.`);
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) problems.push('CMS_REPO is not set: give the repository as owner/name, e.g. cleveland-pcc/hat-site.');
  const needsAppId = name !== 'github';
  if (needsAppId && !env.CMS_APP_ID) problems.push(`CMS_APP_ID is not set: ${name} needs the id of the OAuth application created for the CMS.`);
  if ((name === 'gitea' || name === 'forgejo') && !env.CMS_API_ROOT) problems.push(`CMS_API_ROOT is not set: give your ${name} server's API address, e.g. https://git.example.gov.uk/api/v1.`);

  const wantWorkflow = (env.CMS_PUBLISH_MODE ?? 'editorial_workflow') !== 'simple';
  const publish_mode = wantWorkflow && !WORKFLOW_UNSUPPORTED.has(name) ? 'editorial_workflow' : 'simple';

  const backend: CmsBackend = { name: name as CmsBackend['name'], repo, branch };
  if (name === 'github' && env.CMS_AUTH_URL) backend.base_url = env.CMS_AUTH_URL;
  if (name === 'gitlab') {
    Object.assign(backend, { auth_type: 'pkce', app_id: env.CMS_APP_ID });
    // why: self-hosted GitLab: the API root and the sign-in server are the instance's own.
    if (env.CMS_API_ROOT) Object.assign(backend, { api_root: env.CMS_API_ROOT, base_url: env.CMS_API_ROOT.replace(/\/api\/v4\/?$/, '') });
  }
  if (name === 'gitea' || name === 'forgejo') {
    Object.assign(backend, { app_id: env.CMS_APP_ID, api_root: env.CMS_API_ROOT, base_url: env.CMS_API_ROOT?.replace(/\/api\/v1\/?$/, '') });
  }
  return { backend, publish_mode, problems };
}
