/**
 * A real bare git repository, read and written only with the git CLI's plumbing commands, behind
 * the GitHub stand-in: blobs, trees, commits and refs are git's own objects, so what Decap commits
 * can be read back with `git cat-file` exactly as GitHub would store it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Name, e-mail and time of a commit's author or committer, as git records them. */
export interface GitPerson {
  name: string;
  email: string;
  /** ISO 8601 in UTC, as GitHub writes it: "2026-11-20T10:00:00Z". */
  date: string;
}

/** A commit, parsed from `git cat-file commit`. */
export interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
}

/** One line of `git ls-tree -l`. */
export interface GitTreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  /** Bytes, for blobs only. */
  size?: number;
  path: string;
}

/** One change to a tree: a new blob at a path, or (sha null) the path removed. */
export interface TreeChange {
  path: string;
  mode: string;
  sha: string | null;
}

/** One file changed between two commits, as GitHub's compare lists it. */
export interface ChangedFile {
  status: 'added' | 'modified' | 'removed' | 'renamed';
  path: string;
  previousPath?: string;
  /** The blob at the newer commit (at the older one for a removed file). */
  sha: string;
  /** True when git sees the file as binary (GitHub then gives no patch). */
  binary: boolean;
  additions: number;
  deletions: number;
}

/** The repository and what the stand-in does with it. */
export interface GitStore {
  gitDir: string;
  /** Runs git on the repository; stdout as text. */
  git(args: string[], options?: { input?: Buffer | string; env?: Record<string, string> }): string;
  /** The object a revision names (branch, sha, "branch:path", "sha^{tree}"), or undefined. */
  resolve(revision: string): string | undefined;
  /** "blob", "tree", "commit", or undefined when there is no such object. */
  typeOf(sha: string): string | undefined;
  readBlob(sha: string): Buffer;
  writeBlob(bytes: Buffer): string;
  listTree(treeSha: string, recursive: boolean): GitTreeEntry[];
  /** A new tree: `base` with the changes applied (paths may be nested). */
  writeTree(base: string | undefined, changes: TreeChange[]): string;
  readCommit(sha: string): GitCommit;
  writeCommit(commit: Omit<GitCommit, 'sha'>): string;
  /** Moves a ref; refuses (returns false) when `expectedOld` is given and the ref moved meanwhile. */
  updateRef(ref: string, sha: string, expectedOld?: string): boolean;
  isAncestor(ancestor: string, descendant: string): boolean;
  /** The commits on `branch` that touched `path`, newest first. */
  commitsTouching(branch: string, path: string, limit: number): string[];
  deleteRef(ref: string): boolean;
  mergeBase(a: string, b: string): string | undefined;
  /** The commits reachable from `head` and not from `base`, oldest first. */
  commitsBetween(base: string, head: string): string[];
  /** The files changed from one commit to another (renames found as git finds them). */
  changedFiles(from: string, to: string): ChangedFile[];
  /** The unified diff of one file, from its first "@@" line, as GitHub's "patch" field holds it. */
  patch(from: string, to: string, path: string): string;
  /** The tree of merging two commits, or undefined when they conflict. */
  mergeTrees(ours: string, theirs: string): string | undefined;
  remove(): void;
}

const gitDate = (iso: string) => `${Math.floor(Date.parse(iso) / 1000)} +0000`;
const isoDate = (seconds: string) => new Date(Number(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

function parsePerson(line: string): GitPerson {
  const match = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line);
  if (!match) throw new Error(`Unreadable git person line: ${line}`);
  return { name: match[1], email: match[2], date: isoDate(match[3]) };
}

/**
 * A new bare repository whose branch `branch` holds `folder` of `root` (e.g. the project's content/)
 * in one commit. Call remove() when done.
 */
export function createGitStore(root: string, folder: string, branch = 'main'): GitStore {
  const scratch = mkdtempSync(join(tmpdir(), 'hat-github-standin-'));
  const gitDir = join(scratch, 'repo.git');
  const run = (args: string[], options: { input?: Buffer | string; env?: Record<string, string> } = {}): Buffer =>
    execFileSync('git', ['--git-dir', gitDir, ...args], {
      input: options.input,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
  const git = (args: string[], options?: { input?: Buffer | string; env?: Record<string, string> }) => run(args, options).toString('utf8');
  const quiet = (args: string[]) => {
    try {
      return git(args).trim();
    } catch {
      return undefined;
    }
  };

  execFileSync('git', ['init', '-q', '--bare', '-b', branch, gitDir]);
  const store: GitStore = {
    gitDir,
    git,
    // why: a revision starting with "-" would be read as an option; none is a valid name.
    resolve: (revision) => (revision.startsWith('-') ? undefined : quiet(['rev-parse', '--verify', '--quiet', revision])),
    typeOf: (sha) => (/^[0-9a-f]{40}$/.test(sha) ? quiet(['cat-file', '-t', sha]) : undefined),
    readBlob: (sha) => run(['cat-file', 'blob', sha]),
    writeBlob: (bytes) => git(['hash-object', '-w', '--stdin'], { input: bytes }).trim(),
    listTree(treeSha, recursive) {
      const out = git(['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), treeSha]);
      return out
        .split('\0')
        .filter(Boolean)
        .map((line) => {
          const [meta, path] = line.split('\t');
          const [mode, type, sha, size] = meta.split(/\s+/);
          return { mode, type: type as GitTreeEntry['type'], sha, ...(size === '-' ? {} : { size: Number(size) }), path };
        });
    },
    writeTree(base, changes) {
      // why: a private index file builds the new tree with git's own rules for nested paths.
      const index = join(scratch, `index-${process.hrtime.bigint()}`);
      const env = { GIT_INDEX_FILE: index };
      try {
        git(base ? ['read-tree', base] : ['read-tree', '--empty'], { env });
        for (const change of changes) {
          if (change.sha === null) git(['update-index', '--force-remove', '--', change.path], { env });
          else git(['update-index', '--add', '--cacheinfo', `${change.mode},${change.sha},${change.path}`], { env });
        }
        return git(['write-tree'], { env }).trim();
      } finally {
        rmSync(index, { force: true });
      }
    },
    readCommit(sha) {
      const text = git(['cat-file', 'commit', sha]);
      const split = text.indexOf('\n\n');
      const headers = text.slice(0, split).split('\n');
      const field = (name: string) => headers.filter((h) => h.startsWith(`${name} `)).map((h) => h.slice(name.length + 1));
      return {
        sha,
        tree: field('tree')[0],
        parents: field('parent'),
        author: parsePerson(field('author')[0]),
        committer: parsePerson(field('committer')[0]),
        message: text.slice(split + 2),
      };
    },
    writeCommit({ tree, parents, author, committer, message }) {
      return git(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'], {
        input: message,
        env: {
          GIT_AUTHOR_NAME: author.name,
          GIT_AUTHOR_EMAIL: author.email,
          GIT_AUTHOR_DATE: gitDate(author.date),
          GIT_COMMITTER_NAME: committer.name,
          GIT_COMMITTER_EMAIL: committer.email,
          GIT_COMMITTER_DATE: gitDate(committer.date),
        },
      }).trim();
    },
    updateRef(ref, sha, expectedOld) {
      try {
        git(['update-ref', ref, sha, ...(expectedOld ? [expectedOld] : [])]);
        return true;
      } catch {
        return false;
      }
    },
    isAncestor: (ancestor, descendant) => quiet(['merge-base', '--is-ancestor', ancestor, descendant]) !== undefined,
    commitsTouching: (branch, path, limit) => git(['log', `--max-count=${limit}`, '--format=%H', branch, '--', path]).split('\n').filter(Boolean),
    deleteRef: (ref) => quiet(['update-ref', '-d', ref]) !== undefined,
    mergeBase: (a, b) => quiet(['merge-base', a, b]),
    commitsBetween: (base, head) => git(['rev-list', '--reverse', `${base}..${head}`]).split('\n').filter(Boolean),
    changedFiles(from, to) {
      const raw = git(['diff', '--raw', '-z', '-M', '--no-abbrev', from, to]).split('\0');
      const counts = git(['diff', '--numstat', '-z', '-M', from, to]).split('\0');
      const files: ChangedFile[] = [];
      for (let i = 0; i < raw.length - 1; ) {
        const [, , oldSha, newSha, letter] = raw[i].split(' ');
        const renamed = letter.startsWith('R');
        const previousPath = renamed ? raw[i + 1] : undefined;
        const path = renamed ? raw[i + 2] : raw[i + 1];
        i += renamed ? 3 : 2;
        const status = renamed ? 'renamed' : ({ A: 'added', M: 'modified', D: 'removed' } as const)[letter as 'A' | 'M' | 'D'];
        files.push({ status, path, ...(previousPath ? { previousPath } : {}), sha: status === 'removed' ? oldSha : newSha, binary: false, additions: 0, deletions: 0 });
      }
      // why: numstat gives "-\t-" for binary files; a rename's entry is followed by its two paths.
      for (let i = 0; i < counts.length - 1; ) {
        const [added, deleted, path] = counts[i].split('\t');
        const name = path === '' ? counts[i + 2] : path;
        i += path === '' ? 3 : 1;
        const file = files.find((f) => f.path === name);
        if (file) Object.assign(file, { binary: added === '-', additions: Number(added) || 0, deletions: Number(deleted) || 0 });
      }
      return files;
    },
    patch(from, to, path) {
      const diff = git(['diff', '-M', from, to, '--', path]);
      const start = diff.indexOf('@@');
      return start < 0 ? '' : diff.slice(start).replace(/\n$/, '');
    },
    mergeTrees(ours, theirs) {
      try {
        return git(['merge-tree', '--write-tree', ours, theirs]).split('\n')[0].trim();
      } catch {
        return undefined;
      }
    },
    remove: () => rmSync(scratch, { recursive: true, force: true }),
  };

  // The starting commit: `folder` of the working tree, through a private index.
  const index = join(scratch, 'seed-index');
  const env = { GIT_INDEX_FILE: index };
  execFileSync('git', ['--git-dir', gitDir, '--work-tree', root, 'add', '--', folder], { env: { ...process.env, ...env } });
  const tree = git(['write-tree'], { env }).trim();
  const when = new Date().toISOString();
  const seed = { name: 'Site maintainer', email: 'maintainer@example.gov.uk', date: when };
  const first = store.writeCommit({ tree, parents: [], author: seed, committer: seed, message: 'Starter content\n' });
  store.updateRef(`refs/heads/${branch}`, first);
  rmSync(index, { force: true });
  return store;
}
