/**
 * The GitHub workflows build for the right address: SITE_URL and BASE_PATH reach `npm run build`,
 * and the Pages workflow turns Pages' base_path ("" or "/repo") into a BASE_PATH with slashes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step { run?: string; uses?: string; env?: Record<string, string>; id?: string }
interface Workflow { on: Record<string, unknown>; jobs: Record<string, { if?: string; steps?: Step[] }> }

const workflow = (name: string): Workflow => parse(readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), 'utf8'));
const buildStep = (w: Workflow): Step | undefined => Object.values(w.jobs).flatMap((j) => j.steps ?? []).find((s) => s.run === 'npm run build');

describe.each(['daily-rebuild.yml', 'github-pages.yml'])('%s', (name) => {
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
