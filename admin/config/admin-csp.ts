import type { BackendSettings } from './backend';
import { originOf } from './web-address';

/**
 * Where Decap's backends go when the config does not say (read from their source in
 * node_modules/decap-cms-backend-*; tests/unit/admin-csp.test.ts checks they still match).
 */
export const DECAP_DEFAULTS = {
  /** decap-cms-backend-github: the REST API of github.com. */
  githubApi: 'https://api.github.com',
  /** decap-cms-backend-github: GitHub's status page, asked every five minutes whether GitHub is up. */
  githubStatus: 'https://www.githubstatus.com',
  /** decap-cms-backend-gitlab: gitlab.com's API and its sign-in (PKCE) server. */
  gitlabApi: 'https://gitlab.com/api/v4',
  gitlabBase: 'https://gitlab.com',
} as const;

/** Where github.com serves user pictures (avatar_url), shown in the admin's header. */
export const GITHUB_AVATARS = 'https://avatars.githubusercontent.com';

/** The sources the admin page adds to its Content Security Policy for the production backend. */
export interface BackendCspSources {
  /** For connect-src: the API (and the PKCE token exchange), which Decap calls with fetch. */
  connect: string[];
  /** For img-src: where the signed-in editor's picture comes from. */
  img: string[];
}

const unique = (list: string[]): string[] => [...new Set(list)];

/**
 * The origins the admin page must be allowed to reach for the configured git host, and nothing
 * else: none when the settings have problems (the admin then only uses the local backend, 'self').
 * The sign-in windows (GitHub's OAuth proxy, the PKCE pages) are top-level pages, outside this policy.
 * @example backendCspSources(backendFromEnv({ CMS_REPO: 'a/b' })).connect // ['https://api.github.com', 'https://www.githubstatus.com']
 */
export function backendCspSources({ backend, problems }: BackendSettings): BackendCspSources {
  if (problems.length > 0) return { connect: [], img: [] };
  if (backend.name === 'github') {
    const api = originOf(backend.api_root ?? DECAP_DEFAULTS.githubApi);
    const onGithubCom = api === originOf(DECAP_DEFAULTS.githubApi);
    // why: Decap asks GitHub's status page whatever the API root; blocking it would log a policy
    // violation every five minutes. GitHub Enterprise serves pictures from its own address.
    return { connect: [api, originOf(DECAP_DEFAULTS.githubStatus)], img: [onGithubCom ? GITHUB_AVATARS : api] };
  }
  const api = backend.api_root ?? (backend.name === 'gitlab' ? DECAP_DEFAULTS.gitlabApi : undefined);
  const signIn = backend.base_url ?? (backend.name === 'gitlab' ? DECAP_DEFAULTS.gitlabBase : undefined);
  // why: GitLab, Gitea and Forgejo: the API, and the server whose token endpoint the PKCE sign-in
  // calls with fetch (the same host unless set apart); pictures come from that server too.
  const hosts = unique([api, signIn].filter((a): a is string => Boolean(a)).map(originOf));
  return { connect: hosts, img: hosts };
}
