/**
 * Everything a browser test of the CMS's GitHub backend needs: the GitHub API stand-in and OAuth
 * proxy on 127.0.0.1, the site built with the deploy guide's GitHub settings pointed at them, served,
 * and Chromium (en-GB) recording every Content Security Policy violation.
 */
import type { Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import type { CmsEnv } from '../../admin/config/backend';
import { basePath } from './built-pages';
import { launchChromium, type LaunchedChromium } from './chromium';
import { serveDist, type DistServer } from './serve-dist';
import { buildWithCmsEnv } from './build-with-cms-env';
import type { BuiltSite } from './build-site';
import { documentedBuild, documentedVariables, type DocumentedBuild } from './documented-cms-env';
import { startGitHubApi, type GitHubApiStandIn } from './github-standin/start-github-api';
import { startOAuthProxy, type OAuthProxyStandIn } from './github-standin/start-oauth-proxy';
import { recordCspViolations, type CspRecord } from './csp-violations';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A running session; close() stops and removes everything it started. */
export interface GitHubAdminSession {
  /** The deploy guide's GitHub example the build started from. */
  readme: DocumentedBuild;
  /** The environment the site was built with. */
  env: CmsEnv;
  gh: GitHubApiStandIn;
  proxy: OAuthProxyStandIn;
  built: BuiltSite;
  site: DistServer;
  browser: LaunchedChromium;
  page: Page;
  csp: CspRecord;
  /** Every dialog the admin opened, in order (all accepted, except offers to restore a backup). */
  dialogs: string[];
  /** The admin's address, with an optional "#/…" route. */
  admin(hash?: string): string;
  close(): Promise<void>;
}

/**
 * Starts a session. `overrides` may only set variables the deploy guide documents (e.g. CMS_PUBLISH_MODE);
 * the deploy guide's own values are kept, except the API root and the OAuth proxy, which point here.
 */
export async function openGitHubAdmin(overrides: CmsEnv = {}): Promise<GitHubAdminSession> {
  const readme = documentedBuild('github');
  const gh = await startGitHubApi({ repo: readme.env.CMS_REPO, root, folder: 'content', branch: readme.env.CMS_BRANCH ?? 'main' });
  const proxy = await startOAuthProxy(gh.token);
  const env: CmsEnv = { ...readme.env, ...overrides, CMS_AUTH_URL: proxy.origin, CMS_API_ROOT: gh.apiRoot };
  const undocumented = Object.keys(env).filter((key) => !documentedVariables().includes(key));
  if (undocumented.length) throw new Error(`The test sets variables docs/deploy.md does not document: ${undocumented.join(', ')}`);
  const built = buildWithCmsEnv(env);
  if (built.status !== 0) {
    await Promise.all([gh.close(), proxy.close()]);
    throw new Error(`The build for the GitHub backend failed:\n${built.output}`);
  }
  const site = await serveDist(built.dist, basePath);
  const browser = await launchChromium({ width: 1300, height: 900 });
  const csp = await recordCspViolations(browser.context);
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    // why: Decap offers to restore the unsaved backup of an earlier form; each test starts clean.
    void (/restore/i.test(dialog.message()) ? dialog.dismiss() : dialog.accept());
  });
  return {
    readme,
    env,
    gh,
    proxy,
    built,
    site,
    browser,
    page,
    csp,
    dialogs,
    admin: (hash = '') => new URL(`admin/${hash}`, site.url).href,
    close: async () => {
      await browser.close();
      await site.close();
      await proxy.close();
      await gh.close();
      built.remove();
    },
  };
}

/** Signs in as an editor would: "Login with GitHub", then "Authorize" in the proxy's window. */
export async function signInWithGitHub(session: GitHubAdminSession): Promise<void> {
  const { page } = session;
  await page.goto(session.admin());
  const login = page.getByRole('button', { name: 'Login with GitHub' });
  await login.waitFor({ timeout: 60_000 });
  const [popup] = await Promise.all([page.waitForEvent('popup'), login.click()]);
  await popup.getByRole('button', { name: 'Authorize' }).click();
  await page.getByText('News articles, newest first').waitFor({ timeout: 30_000 });
}
