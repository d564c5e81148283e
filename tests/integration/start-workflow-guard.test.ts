import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changedFiles, workflowProblems } from '../../src/cli/workflow-guard.mjs';
import { freePort } from '../helpers/decap-server';
import { personEnv, processesWithEnv, scratchProject } from '../helpers/scratch-project';

// why: decap-server's git mode commits with `git add .` and switches branches in the folder it
// serves; `npm run start:workflow` must refuse wherever that could sweep up someone's work.
// Each case runs the real command in a scratch project, never in the working tree.
const COPIED = ['src', 'content', 'package.json', '.gitignore'];
const ARTICLE = 'content/news/2020-02-24-early-findings-show-fall-in-offending.mdx';

let dir: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });

function makeRepo() {
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Guard test');
  git('config', 'user.email', 'guard-test@example.org');
  git('config', 'commit.gpgsign', 'false');
  git('add', '-A');
  git('commit', '-q', '-m', 'Project');
}

/** Runs `npm run start:workflow`'s script; a unique DECAP_PORT marks any server it might start. */
async function startWorkflow(env: NodeJS.ProcessEnv = {}) {
  const marker = `DECAP_PORT=${await freePort()}`;
  const result = spawnSync(process.execPath, ['src/cli/start-workflow.mjs'], {
    cwd: dir,
    // why: git must not find a repository above the scratch folder.
    env: { ...personEnv(), GIT_CEILING_DIRECTORIES: tmpdir(), DECAP_PORT: marker.split('=')[1], NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, output: result.stdout + result.stderr, started: processesWithEnv(marker) };
}

beforeEach(() => {
  dir = scratchProject(COPIED, 'hat-workflow-guard-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run start:workflow refuses when the CMS could sweep up work', () => {
  it('refuses on an untracked file, naming it and the fix, and changes nothing', async () => {
    makeRepo();
    writeFileSync(join(dir, 'notes-in-progress.txt'), 'my unfinished notes');
    const head = git('rev-parse', 'HEAD');
    const run = await startWorkflow();
    expect(run.status).toBe(1);
    expect(run.started).toEqual([]);
    expect(run.output).toContain('The workflow mode did not start, and nothing was changed');
    expect(run.output).toContain('notes-in-progress.txt (new, not in git yet)');
    expect(run.output).toContain('git add -A && git commit');
    expect(run.output).toContain('git stash --include-untracked');
    expect(run.output).not.toContain('running');
    // Nothing lost: the file and the history are as they were.
    expect(readFileSync(join(dir, 'notes-in-progress.txt'), 'utf8')).toBe('my unfinished notes');
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('status', '--porcelain')).toBe('?? notes-in-progress.txt\n');
  });

  it('refuses on a modified file, naming it', async () => {
    makeRepo();
    appendFileSync(join(dir, ARTICLE), '\nAn unfinished paragraph.\n');
    const run = await startWorkflow();
    expect(run.status).toBe(1);
    expect(run.started).toEqual([]);
    expect(run.output).toContain(`${ARTICLE} (changed)`);
    expect(readFileSync(join(dir, ARTICLE), 'utf8')).toContain('An unfinished paragraph.');
  });

  it('refuses outside a git repository, and says what to use instead', async () => {
    const run = await startWorkflow();
    expect(run.status).toBe(1);
    expect(run.started).toEqual([]);
    expect(run.output).toContain(`This folder is not a git repository: ${dir}`);
    expect(run.output).toContain('Use "npm start" instead');
  });

  it('refuses on a detached HEAD and on a branch the CMS does not publish to', async () => {
    makeRepo();
    git('checkout', '-q', '--detach');
    const detached = await startWorkflow();
    expect(detached.status).toBe(1);
    expect(detached.output).toContain('"detached HEAD"');
    expect(detached.output).toContain('git switch main');

    git('switch', '-q', '-c', 'feature');
    const otherBranch = await startWorkflow();
    expect(otherBranch.status).toBe(1);
    expect(otherBranch.output).toContain('This folder is on the branch "feature", but the CMS publishes to "main"');
    expect([...detached.started, ...otherBranch.started]).toEqual([]);
  });

  it('refuses when git does not know who is committing', async () => {
    makeRepo();
    git('config', '--unset', 'user.name');
    git('config', '--unset', 'user.email');
    const run = await startWorkflow({ GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' });
    expect(run.status).toBe(1);
    expect(run.started).toEqual([]);
    expect(run.output).toContain('git does not know who you are (user.name and user.email not set)');
  });

  it('finds nothing wrong in a clean repository on main', () => {
    makeRepo();
    expect(workflowProblems(dir, 'main')).toEqual([]);
  });
});

describe('changedFiles', () => {
  it('describes each kind of change, and names a renamed file once by its new name', () => {
    expect(changedFiles('?? a.txt\0 M b.mdx\0D  c.mdx\0R  new.mdx\0old.mdx\0UU d.mdx\0')).toEqual([
      'a.txt (new, not in git yet)',
      'b.mdx (changed)',
      'c.mdx (deleted)',
      'new.mdx (changed)',
      'd.mdx (conflict not resolved)',
    ]);
  });
});
