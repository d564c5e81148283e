// @ts-check
// Checks a folder is safe for decap-server's git mode (the editorial workflow) before it starts.
//
// why: in git mode decap-server saves by running `git checkout -b cms/<collection>/<slug>`, then
// `git add .` and `git commit` in this very folder, then `git checkout <branch>` back
// (node_modules/decap-server/src/middlewares/localGit/index.ts). Any file already changed or new
// would be carried onto that branch and committed with the CMS's entry, and vanish from the
// working branch. So it starts only on a clean working tree, on the branch the CMS publishes to.
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';

const MAX_LISTED = 20;

/** The branch the CMS reads and publishes to: CMS_BRANCH, as admin/config/backend.ts reads it. */
export const cmsBranch = () => process.env.CMS_BRANCH?.trim() || 'main';

/**
 * Runs git in a folder; never throws.
 * @param {string} dir
 * @param {string[]} args
 */
const git = (dir, args) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });

/**
 * The changed and untracked files `git status` reports, as "path (what happened)" lines.
 * @param {string} porcelain output of `git status --porcelain=v1 -z --untracked-files=all`
 * @returns {string[]}
 * @example changedFiles('?? notes.txt\0 M content/news/a.mdx\0') // ['notes.txt (new, not in git yet)', 'content/news/a.mdx (changed)']
 */
export function changedFiles(porcelain) {
  const entries = porcelain.split('\0').filter(Boolean);
  /** @type {string[]} */
  const files = [];
  for (let i = 0; i < entries.length; i++) {
    const code = entries[i].slice(0, 2);
    const path = entries[i].slice(3);
    // why: a rename or copy is followed by a second entry holding the old name.
    if (/[RC]/.test(code[0])) i++;
    if (code === '??') files.push(`${path} (new, not in git yet)`);
    else if (code.includes('D')) files.push(`${path} (deleted)`);
    else if (code.includes('U') || code === 'AA') files.push(`${path} (conflict not resolved)`);
    else files.push(`${path} (changed)`);
  }
  return files;
}

/**
 * Why the editorial-workflow mode must not start in `dir`, in words for the person at the
 * keyboard; an empty list means it is safe to start.
 * @param {string} dir the project folder decap-server would work in
 * @param {string} branch the branch the CMS publishes to
 * @returns {string[]}
 */
export function workflowProblems(dir, branch = cmsBranch()) {
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  if (top.error) return ['git is not installed (or not on the PATH), and the workflow mode needs it. Install git, or use "npm start", which saves files without git.'];
  if (top.status !== 0) {
    return [
      `This folder is not a git repository: ${dir}\nThe workflow mode keeps each draft on its own git branch, so it needs one. Use "npm start" instead (it saves files without git), or run this command in a copy made with "git clone".`,
    ];
  }
  // why: decap-server reads git's paths relative to the repository's top folder, and the CMS's
  // paths relative to the project folder: the two must be the same folder.
  if (realpathSync(top.stdout.trim()) !== realpathSync(dir)) {
    return [`This project is inside a larger git repository (${top.stdout.trim()}). The workflow mode needs the project folder to be the top of its own repository: clone it on its own.`];
  }

  const problems = [];
  const head = git(dir, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  const current = head.stdout.trim();
  if (head.status !== 0) {
    problems.push(`This folder is not on a branch (git calls this a "detached HEAD"), so the CMS would have nowhere safe to publish. Switch to the branch the CMS publishes to:\n  git switch ${branch}`);
  } else if (current !== branch) {
    problems.push(
      `This folder is on the branch "${current}", but the CMS publishes to "${branch}". decap-server would switch the folder between the two while you work. Switch first:\n  git switch ${branch}\n(or, if the CMS should publish to "${current}", start with CMS_BRANCH=${current}).`,
    );
  }

  const status = git(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=all']);
  const files = changedFiles(status.stdout);
  if (files.length > 0) {
    const listed = files.slice(0, MAX_LISTED).map((f) => `  - ${f}`);
    if (files.length > MAX_LISTED) listed.push(`  ...and ${files.length - MAX_LISTED} more (see "git status").`);
    problems.push(
      [
        `This folder has work that is not committed. The CMS commits with "git add .", which would sweep these files into its own commits:`,
        ...listed,
        'Commit them (if they are finished):',
        '  git add -A && git commit -m "Describe the change"',
        'or put them aside for now (get them back later with "git stash pop"):',
        '  git stash --include-untracked',
      ].join('\n'),
    );
  }

  // why: without a name and email git refuses to commit, and the CMS would only say "Unknown error".
  const missing = ['user.name', 'user.email'].filter((key) => !git(dir, ['config', '--get', key]).stdout.trim());
  if (missing.length > 0) {
    problems.push(`git does not know who you are (${missing.join(' and ')} not set), so it cannot record who made each change. Tell it once:\n  git config --global user.name "Your Name"\n  git config --global user.email "you@example.org"`);
  }
  return problems;
}
