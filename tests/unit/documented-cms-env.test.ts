/**
 * The deploy guide's "CMS set-up for production" is checked, not read by eye: its table names exactly the
 * variables the build reads, and each worked example builds an admin that starts and may reach the
 * host it names. The CMS browser tests build the admin from these same examples.
 */
import { describe, expect, it } from 'vitest';
import { backendCspSources } from '../../admin/config/admin-csp';
import { backendFromEnv, CMS_ENV_KEYS } from '../../admin/config/backend';
import { documentedBuilds, documentedVariables, documentedCmsSection } from '../helpers/documented-cms-env';

/** The example with its <placeholders> filled in, as someone following the deploy guide would. */
const filled = (env: Record<string, string>) => Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.startsWith('<') ? 'readme-example-id' : v]));
const urlsIn = (env: Record<string, string>) => Object.entries(env).filter(([, v]) => /^https?:\/\//.test(v));

describe("docs/deploy.md's CMS set-up for production", () => {
  it('lists exactly the variables the build reads', () => {
    expect([...documentedVariables()].sort()).toEqual([...CMS_ENV_KEYS].sort());
  });

  it('gives a worked example for GitHub and for a PKCE host', () => {
    const backends = documentedBuilds().map((b) => b.env.CMS_BACKEND);
    expect(backends).toContain('github');
    expect(backends.some((b) => ['gitlab', 'gitea', 'forgejo'].includes(b))).toBe(true);
  });

  const examples: [string, Record<string, string>][] = documentedBuilds().flatMap((b) => [
    [b.label, b.env] as [string, Record<string, string>],
    ...(Object.keys(b.additions).length ? [[`${b.label} with its additions`, { ...b.env, ...b.additions }] as [string, Record<string, string>]] : []),
  ]);
  it.each(examples)(
    '%s: sets only documented variables, starts without problems, and may reach the API host it names',
    (_, env) => {
      const settings = backendFromEnv(filled(env));
      expect(Object.keys(env).filter((k) => !(CMS_ENV_KEYS as readonly string[]).includes(k))).toEqual([]);
      expect(settings.problems).toEqual([]);
      const { connect } = backendCspSources(settings);
      for (const [key, url] of urlsIn(env)) {
        // why: GitHub's OAuth proxy is only opened in a sign-in window, never fetched.
        if (key !== 'CMS_AUTH_URL') expect(connect).toContain(new URL(url).origin);
      }
    },
  );

  // why: CMS_API_ROOT also serves GitHub Enterprise (and the CMS browser test points GitHub's API at a
  // local stand-in with it), so the guide must say so.
  it('says CMS_API_ROOT also serves GitHub Enterprise, with an example', () => {
    const row = documentedCmsSection().split('\n').find((line) => line.startsWith('| `CMS_API_ROOT`'));
    expect(row).toMatch(/GitHub Enterprise/);
    const github = documentedBuilds().find((b) => b.env.CMS_BACKEND === 'github');
    expect(github?.additions.CMS_API_ROOT).toMatch(/\/api\/v3$/);
  });
});
