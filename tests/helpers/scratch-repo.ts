/**
 * A throw-away git repository holding a copy of content/, for tests that let the CMS write files.
 * why: the CMS tests create, edit and delete entries and run git; they must never touch the
 * working tree (someone's uncommitted work could be swept into a commit).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));

/** A scratch repository: its folder, a git helper and a way to remove it. */
export interface ScratchRepo {
  dir: string;
  git(...args: string[]): string;
  remove(): void;
}

/** Copies content/ into a new temporary git repository on branch main, committed. */
export function makeScratchRepo(prefix = 'hat-cms-'): ScratchRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=CMS test', '-c', 'user.email=cms-test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  // why: decap-server's git mode commits as the repository's user; CI machines have no global one.
  git('config', 'user.name', 'CMS test');
  git('config', 'user.email', 'cms-test@example.org');
  git('add', '-A');
  git('commit', '-q', '-m', 'Starter content');
  return { dir, git, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
