/**
 * The admin page's extra Content Security Policy sources, worked out from the CMS_* settings:
 * exactly the git host Decap talks to, for each backend, and nothing wider.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendCspSources, DECAP_DEFAULTS, GITHUB_AVATARS } from '../../admin/config/admin-csp';
import { backendFromEnv, type CmsEnv } from '../../admin/config/backend';

const sources = (env: CmsEnv) => backendCspSources(backendFromEnv(env));

/** Every source is one origin: a scheme, a host, maybe a port; no wildcard, no bare scheme, no keyword. */
const ONE_ORIGIN = /^(https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+|http:\/\/(127\.0\.0\.1|localhost))(:\d+)?$/;

const CASES: [string, CmsEnv, { connect: string[]; img: string[] }][] = [
  ['GitHub (github.com)', { CMS_BACKEND: 'github', CMS_REPO: 'cleveland-pcc/hat-site', CMS_AUTH_URL: 'https://cms-auth.example.gov.uk' }, {
    connect: ['https://api.github.com', 'https://www.githubstatus.com'],
    img: [GITHUB_AVATARS],
  }],
  ['GitHub Enterprise', { CMS_BACKEND: 'github', CMS_REPO: 'comms/hat-site', CMS_API_ROOT: 'https://github.example.gov.uk/api/v3', CMS_AUTH_URL: 'https://cms-auth.example.gov.uk' }, {
    connect: ['https://github.example.gov.uk', 'https://www.githubstatus.com'],
    img: ['https://github.example.gov.uk'],
  }],
  ['GitLab.com', { CMS_BACKEND: 'gitlab', CMS_REPO: 'comms/hat-site', CMS_APP_ID: 'app-1' }, { connect: ['https://gitlab.com'], img: ['https://gitlab.com'] }],
  ['GitLab (self-hosted)', { CMS_BACKEND: 'gitlab', CMS_REPO: 'comms/hat-site', CMS_APP_ID: 'app-1', CMS_API_ROOT: 'https://gitlab.example.gov.uk/api/v4' }, {
    connect: ['https://gitlab.example.gov.uk'],
    img: ['https://gitlab.example.gov.uk'],
  }],
  ['Gitea', { CMS_BACKEND: 'gitea', CMS_REPO: 'comms/hat-site', CMS_APP_ID: 'x', CMS_API_ROOT: 'https://git.example.gov.uk/api/v1' }, {
    connect: ['https://git.example.gov.uk'],
    img: ['https://git.example.gov.uk'],
  }],
  ['Forgejo on a port', { CMS_BACKEND: 'forgejo', CMS_REPO: 'comms/hat-site', CMS_APP_ID: 'x', CMS_API_ROOT: 'https://forge.example.gov.uk:8443/api/v1' }, {
    connect: ['https://forge.example.gov.uk:8443'],
    img: ['https://forge.example.gov.uk:8443'],
  }],
  ['a stand-in on this machine (tests)', { CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_API_ROOT: 'http://127.0.0.1:4123' }, {
    connect: ['http://127.0.0.1:4123', 'https://www.githubstatus.com'],
    img: ['http://127.0.0.1:4123'],
  }],
];

describe('the admin page may reach the configured git host and nothing else', () => {
  it.each(CASES)('%s', (_, env, expected) => {
    expect(sources(env)).toEqual(expected);
  });

  it.each(CASES)('%s: every source is a single origin (no *, no bare https:, no keyword)', (_, env) => {
    const { connect, img } = sources(env);
    for (const source of [...connect, ...img]) expect(source).toMatch(ONE_ORIGIN);
  });

  it("GitHub's OAuth proxy is not contacted by the page (its sign-in window is), so it is not allowed", () => {
    const { connect, img } = sources({ CMS_REPO: 'a/b', CMS_AUTH_URL: 'https://cms-auth.example.gov.uk' });
    expect([...connect, ...img].join(' ')).not.toContain('cms-auth');
  });

  it("without a working production set-up only the local backend is used: 'self' alone", () => {
    expect(sources({})).toEqual({ connect: [], img: [] });
    expect(sources({ CMS_BACKEND: 'forgejo', CMS_REPO: 'a/b', CMS_APP_ID: 'x' })).toEqual({ connect: [], img: [] });
  });

  it('a hostile or sloppy address adds nothing to the policy and is named as a problem', () => {
    for (const CMS_API_ROOT of [
      "https://git.example.gov.uk/api/v1 'unsafe-inline'; script-src *",
      'https://*.example.gov.uk/api/v1',
      'javascript:alert(1)',
      'http://git.example.gov.uk/api/v1',
      'https://user:pw@git.example.gov.uk/api/v1',
    ]) {
      const settings = backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_APP_ID: 'x', CMS_API_ROOT });
      expect(settings.problems.join(' '), CMS_API_ROOT).toContain('CMS_API_ROOT is');
      expect(backendCspSources(settings), CMS_API_ROOT).toEqual({ connect: [], img: [] });
    }
  });
});

describe("Decap's own defaults, read from the installed backends", () => {
  const require = createRequire(import.meta.url);
  const source = (pkg: string, file: string) => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'src', file), 'utf8');

  it('GitHub: the API of github.com and its status page', () => {
    const github = source('decap-cms-backend-github', 'implementation.tsx');
    expect(github).toContain(`config.backend.api_root || '${DECAP_DEFAULTS.githubApi}'`);
    expect(github).toContain(`STATUS_PAGE = '${DECAP_DEFAULTS.githubStatus}'`);
  });

  it('GitLab: the API and the sign-in server of gitlab.com', () => {
    const gitlab = source('decap-cms-backend-gitlab', 'implementation.ts');
    expect(gitlab).toContain(`config.backend.api_root || '${DECAP_DEFAULTS.gitlabApi}'`);
    expect(gitlab).toContain(`config.backend.base_url || '${DECAP_DEFAULTS.gitlabBase}'`);
  });
});
