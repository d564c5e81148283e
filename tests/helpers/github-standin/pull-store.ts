/**
 * The stand-in's pull requests, kept in memory (GitHub keeps them outside git): what Decap's
 * editorial workflow opens, labels with its status, merges and closes.
 */

/** One pull request; its head and base are branch names in the stand-in's repository. */
export interface PullRequest {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
  labels: string[];
  /** The login of whoever opened it. */
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  /** The head commit when it was closed, for after its branch is deleted. */
  closedHeadSha: string | null;
}

/** The pull requests, numbered from 1 as a new repository's are. */
export class PullStore {
  readonly all: PullRequest[] = [];

  /** Opens a pull request and returns it. */
  open(fields: Pick<PullRequest, 'title' | 'body' | 'head' | 'base' | 'user'>, when: string): PullRequest {
    const pull: PullRequest = { ...fields, number: this.all.length + 1, state: 'open', labels: [], createdAt: when, updatedAt: when, closedAt: null, mergedAt: null, mergeCommitSha: null, closedHeadSha: null };
    this.all.push(pull);
    return pull;
  }

  /** The pull request with this number, or undefined. */
  get(number: number): PullRequest | undefined {
    return this.all.find((p) => p.number === number);
  }
}
