/**
 * The GitHub workflows build for the right address: SITE_URL and BASE_PATH reach `npm run build`,
 * and the Pages workflow turns Pages' base_path ("" or "/repo") into a BASE_PATH with slashes.
 * They are hardened: every action pinned to a full commit SHA with its release in a comment,
 * permissions granted per job (publishing rights on the deploy job only), and no checkout leaves
 * the repository token behind for later steps.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step { run?: string; uses?: string; env?: Record<string, string>; id?: string; with?: Record<string, unknown> }
interface Job { if?: string; steps?: Step[]; permissions?: Record<string, string> | string }
interface Workflow { on: Record<string, unknown>; permissions?: Record<string, string> | string; jobs: Record<string, Job> }

const WORKFLOWS = ['daily-rebuild.yml', 'github-pages.yml'];
const source = (name: string) => readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), 'utf8');
const workflow = (name: string): Workflow => parse(source(name));
/** Rights that publish the site or mint a token for another service. */
const PUBLISHING = ['pages: write', 'id-token: write'];
const rights = (permissions: Job['permissions']) => (typeof permissions === 'object' ? Object.entries(permissions).map(([k, v]) => `${k}: ${v}`) : [String(permissions)]);
const buildStep = (w: Workflow): Step | undefined => Object.values(w.jobs).flatMap((j) => j.steps ?? []).find((s) => s.run === 'npm run build');

describe.each(WORKFLOWS)('%s', (name) => {
  it('passes the public address and sub-path to the build', () => {
    const env = buildStep(workflow(name))?.env ?? {};
    expect(env.SITE_URL).toMatch(/vars\.SITE_URL/);
    expect(env.BASE_PATH).toMatch(/vars\.BASE_PATH/);
  });
  it('runs every day, so scheduled entries appear', () => {
    expect(workflow(name).on).toHaveProperty('schedule');
  });
});

describe('github-pages.yml', () => {
  const pages = workflow('github-pages.yml');
  it('is off unless DEPLOY_TARGET is github-pages', () => {
    expect(pages.jobs.build?.if).toBe("vars.DEPLOY_TARGET == 'github-pages'");
  });
  it("builds under Pages' own sub-path with a trailing slash when none is set", () => {
    const env = buildStep(pages)?.env ?? {};
    expect(env.SITE_URL).toContain('steps.pages.outputs.origin');
    expect(env.BASE_PATH).toContain("format('{0}/', steps.pages.outputs.base_path)");
    expect(pages.jobs.build?.steps?.find((s) => s.id === 'pages')?.uses).toMatch(/^actions\/configure-pages@/);
  });
});

describe.each(WORKFLOWS)('%s is hardened', (name) => {
  const w = workflow(name);
  const steps = Object.values(w.jobs).flatMap((job) => job.steps ?? []);

  it('pins every action to a full commit SHA, with its release in a comment (examples in comments too)', () => {
    expect(steps.filter((s) => s.uses).length).toBeGreaterThan(0);
    for (const step of steps.filter((s) => s.uses)) expect(step.uses, step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    // why: the YAML parser drops comments; the raw lines show the release beside each SHA.
    const lines = source(name).split('\n').filter((line) => /\buses:/.test(line));
    for (const line of lines) expect(line, line.trim()).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('grants nothing at the top level and only what each job lists itself', () => {
    expect(w.permissions === undefined ? 'none set' : rights(w.permissions)).toEqual([]);
    for (const [id, job] of Object.entries(w.jobs)) {
      expect(job.permissions, `${id} lists its permissions`).toBeTypeOf('object');
      const deploys = (job.steps ?? []).some((s) => s.uses?.startsWith('actions/deploy-pages@'));
      const granted = rights(job.permissions).filter((r) => PUBLISHING.includes(r));
      expect(granted, `publishing rights of job ${id}`).toEqual(deploys ? PUBLISHING : []);
    }
  });

  it('checks out without leaving the repository token for later steps', () => {
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  });
});
