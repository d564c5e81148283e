/**
 * The CMS built for a PKCE git host (the deploy guide's Forgejo example; Gitea's settings have the same
 * shape): the built page's policy names that host and nothing else, the browser lets the page
 * reach the host and refuses another origin, and "Login with Forgejo" goes to the host's sign-in.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basePath } from '../helpers/built-pages';
import { launchChromium, type LaunchedChromium } from '../helpers/chromium';
import { serveDist, type DistServer } from '../helpers/serve-dist';
import { buildWithCmsEnv } from '../helpers/build-with-cms-env';
import type { BuiltSite } from '../helpers/build-site';
import { documentedBuild } from '../helpers/documented-cms-env';
import { startCountingServer, type CountingServer } from '../helpers/counting-server';
import { recordCspViolations, type CspRecord } from '../helpers/csp-violations';
import { metaCsp } from '../helpers/csp-policy';

// why: the deploy guide's example as typed, with its <client id> filled in and the server's address moved
// to this machine (same path, /api/v1), since nothing else can be reached here.
const readme = documentedBuild('forgejo');
const APP_ID = 'hat-cms-test-app';
let forge: CountingServer;
let elsewhere: CountingServer;
let built: BuiltSite;
let site: DistServer;
let browser: LaunchedChromium;
let page: Page;
let csp: CspRecord;

beforeAll(async () => {
  forge = await startCountingServer();
  elsewhere = await startCountingServer();
  const apiRoot = new URL(new URL(readme.env.CMS_API_ROOT).pathname, forge.origin).href;
  built = buildWithCmsEnv({ ...readme.env, CMS_APP_ID: APP_ID, CMS_API_ROOT: apiRoot });
  if (built.status !== 0) throw new Error(`The build for the Forgejo backend failed:\n${built.output}`);
  site = await serveDist(built.dist, basePath);
  browser = await launchChromium();
  csp = await recordCspViolations(browser.context);
  page = await browser.context.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await elsewhere?.close();
  await forge?.close();
  built?.remove();
});

describe('/admin/ built for Forgejo', () => {
  it("names the host's origin in connect-src and img-src, and nothing wider", () => {
    const policy = metaCsp(readFileSync(join(built.dist, 'admin/index.html'), 'utf8'));
    expect(policy.get('connect-src')).toEqual(["'self'", 'blob:', forge.origin]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:', forge.origin]);
    for (const wide of ['*', 'https:', 'http:']) expect([...policy.values()].flat()).not.toContain(wide);
  });

  it('reaches the host from the page, and is refused anywhere else', async () => {
    const admin = new URL('admin/', site.url).href;
    await page.goto(admin);
    await page.getByRole('button', { name: 'Login with Forgejo' }).waitFor({ timeout: 60_000 });
    const fetchFrom = (url: string) => page.evaluate((u) => fetch(u).then((r) => `reached ${r.status}`, (e: Error) => `refused: ${e.message}`), url);

    expect(await fetchFrom(`${forge.origin}/api/v1/version`)).toBe('reached 200');
    expect(forge.hits).toEqual(['/api/v1/version']);
    expect(await fetchFrom(`${elsewhere.origin}/api/v1/version`)).toBe('refused: Failed to fetch');
    // why: the <meta> policy and the header policy (served with _headers) may each report the one refusal.
    await expect.poll(() => csp.violations.length).toBeGreaterThan(0);
    expect(new Set(csp.violations.map((v) => `${v.directive} ${v.blocked}`))).toEqual(new Set([`connect-src ${elsewhere.origin}/api/v1/version`]));
    expect(elsewhere.hits).toEqual([]);
    expect(csp.console.filter((m) => !m.includes(elsewhere.origin))).toEqual([]);
  });

  it("sends 'Login with Forgejo' to the host's sign-in page with the PKCE request", async () => {
    await page.getByRole('button', { name: 'Login with Forgejo' }).click();
    await expect.poll(() => forge.hits.find((hit) => hit.startsWith('/login/oauth/authorize'))).toBeDefined();
    const asked = new URL(forge.hits.find((hit) => hit.startsWith('/login/oauth/authorize'))!, forge.origin).searchParams;
    expect(Object.fromEntries([...asked].filter(([key]) => ['client_id', 'redirect_uri', 'response_type', 'code_challenge_method'].includes(key)))).toEqual({
      client_id: APP_ID,
      redirect_uri: new URL('admin/', site.url).href,
      response_type: 'code',
      code_challenge_method: 'S256',
    });
  });
});
