import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { backendFromEnv } from '../../admin/config/backend';
import { buildCmsConfig } from '../../admin/config/build-cms-config';

const settings = parse(readFileSync(new URL('../../content/settings/site.yaml', import.meta.url), 'utf8'));

describe('the production backend, from CMS_* environment variables', () => {
  it('GitHub: repository, branch and the OAuth proxy; editorial workflow by default', () => {
    const { backend, publish_mode, problems } = backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'cleveland-pcc/hat-site', CMS_AUTH_URL: 'https://auth.example.gov.uk' });
    expect(problems).toEqual([]);
    expect(backend).toEqual({ name: 'github', repo: 'cleveland-pcc/hat-site', branch: 'main', base_url: 'https://auth.example.gov.uk' });
    expect(publish_mode).toBe('editorial_workflow');
  });

  it('GitHub Enterprise: the API root is passed on; the OAuth proxy address loses a trailing slash', () => {
    const { backend, problems } = backendFromEnv({
      CMS_BACKEND: 'github', CMS_REPO: 'comms/hat-site', CMS_API_ROOT: 'https://github.example.gov.uk/api/v3', CMS_AUTH_URL: 'https://auth.example.gov.uk/',
    });
    expect(problems).toEqual([]);
    expect(backend).toEqual({ name: 'github', repo: 'comms/hat-site', branch: 'main', api_root: 'https://github.example.gov.uk/api/v3', base_url: 'https://auth.example.gov.uk' });
  });

  it('GitLab (self-hosted): PKCE with the public application id, the instance as sign-in server', () => {
    const { backend, problems } = backendFromEnv({
      CMS_BACKEND: 'gitlab', CMS_REPO: 'comms/hat-site', CMS_BRANCH: 'live', CMS_APP_ID: 'app-123', CMS_API_ROOT: 'https://gitlab.example.gov.uk/api/v4',
    });
    expect(problems).toEqual([]);
    expect(backend).toEqual({
      name: 'gitlab', repo: 'comms/hat-site', branch: 'live', auth_type: 'pkce', app_id: 'app-123',
      api_root: 'https://gitlab.example.gov.uk/api/v4', base_url: 'https://gitlab.example.gov.uk',
    });
  });

  it('Gitea: PKCE, and simple publishing because its Decap backend has no editorial workflow', () => {
    const { backend, publish_mode } = backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'comms/hat-site', CMS_APP_ID: 'x', CMS_API_ROOT: 'https://git.example.gov.uk/api/v1' });
    expect(backend).toMatchObject({ name: 'gitea', app_id: 'x', api_root: 'https://git.example.gov.uk/api/v1', base_url: 'https://git.example.gov.uk' });
    expect(publish_mode).toBe('simple');
  });

  it('Forgejo keeps the editorial workflow; CMS_PUBLISH_MODE=simple turns it off anywhere', () => {
    const env = { CMS_BACKEND: 'forgejo', CMS_REPO: 'comms/hat-site', CMS_APP_ID: 'x', CMS_API_ROOT: 'https://forge.example.gov.uk/api/v1' };
    expect(backendFromEnv(env).publish_mode).toBe('editorial_workflow');
    expect(backendFromEnv({ ...env, CMS_PUBLISH_MODE: 'simple' }).publish_mode).toBe('simple');
  });

  it('says in plain words what is missing', () => {
    expect(backendFromEnv({}).problems).toEqual(['CMS_REPO is not set: give the repository as owner/name, e.g. cleveland-pcc/hat-site.']);
    expect(backendFromEnv({ CMS_BACKEND: ' ', CMS_REPO: 'a/b', CMS_AUTH_URL: '' }), 'a blank CI variable counts as unset').toEqual(backendFromEnv({ CMS_REPO: 'a/b' }));
    expect(backendFromEnv({ CMS_BACKEND: 'bitbucket', CMS_REPO: 'a/b' }).problems[0]).toBe('CMS_BACKEND is "bitbucket"; use one of github, gitlab, gitea, forgejo.');
    expect(backendFromEnv({ CMS_BACKEND: 'forgejo', CMS_REPO: 'a/b' }).problems).toEqual([
      'CMS_APP_ID is not set: forgejo needs the id of the OAuth application created for the CMS.',
      "CMS_API_ROOT is not set: give your forgejo server's API address, e.g. https://git.example.gov.uk/api/v1.",
    ]);
  });

  it('refuses addresses that would break the sign-in or send tokens unencrypted, saying how to fix them', () => {
    expect(backendFromEnv({ CMS_REPO: 'a/b', CMS_AUTH_URL: 'https://auth.example.gov.uk/oauth' }).problems).toEqual([
      'CMS_AUTH_URL is "https://auth.example.gov.uk/oauth": give the server\'s address only, without a path, e.g. https://cms-auth.example.gov.uk (Decap accepts the sign-in only from exactly that address).',
    ]);
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x', CMS_API_ROOT: 'https://gitlab.example.gov.uk' }).problems).toEqual([
      'CMS_API_ROOT is "https://gitlab.example.gov.uk": it must end in /api/v4; give the full address, e.g. https://gitlab.example.gov.uk/api/v4.',
    ]);
    expect(backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_APP_ID: 'x', CMS_API_ROOT: 'http://git.example.gov.uk/api/v1' }).problems).toEqual([
      'CMS_API_ROOT is "http://git.example.gov.uk/api/v1": it must start with https://, or editors\' sign-in would cross the network unencrypted; give the full address, e.g. https://git.example.gov.uk/api/v1.',
    ]);
    expect(backendFromEnv({ CMS_REPO: 'a/b', CMS_API_ROOT: 'api.github.com' }).problems).toEqual([
      'CMS_API_ROOT is "api.github.com", which is not a web address: give the full address, e.g. https://github.example.gov.uk/api/v3.',
    ]);
    expect(backendFromEnv({ CMS_REPO: 'a/b', CMS_API_ROOT: 'http://127.0.0.1:4123' }).problems, 'plain http on this machine, for trials and tests').toEqual([]);
  });

  it('never puts a value it was not asked for into the built config (no secret can leak)', () => {
    const env = { CMS_REPO: 'a/b', CMS_SECRET: 'hunter2', GITHUB_TOKEN: 'ghp_secret', OAUTH_CLIENT_SECRET: 'shh' } as Record<string, string>;
    const json = JSON.stringify(buildCmsConfig({ settings, env }));
    for (const secret of ['hunter2', 'ghp_secret', 'shh']) expect(json).not.toContain(secret);
  });
});
