// @ts-check
// `npm run start:workflow`: like `npm start`, but with Decap's editorial workflow
// (Drafts, In review, Ready), which keeps each unpublished entry on a git branch of this folder.
// It refuses to start when that could sweep anyone's unfinished work into the CMS's commits.
import { projectRoot, startSiteAndCms } from './site-and-cms.mjs';
import { cmsBranch, workflowProblems } from './workflow-guard.mjs';

const problems = workflowProblems(projectRoot);
if (problems.length > 0) {
  process.stderr.write(
    `\nThe workflow mode did not start, and nothing was changed:\n\n${problems.join('\n\n')}\n\nThen run "npm run start:workflow" again. ("npm start" works without git and needs none of this.)\n\n`,
  );
  process.exit(1);
}

await startSiteAndCms({
  mode: 'git',
  astroArgs: process.argv.slice(2),
  title: `The site and the CMS are running, with the editorial workflow (publishing to "${cmsBranch()}").\n  While it runs, the CMS commits in this folder: do not edit files here by hand.`,
});
