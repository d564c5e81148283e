/**
 * The CMS environment variables as the deploy guide's "CMS set-up for production" section documents
 * them: the names in its table and the build commands of its worked examples, so tests build the
 * admin with exactly what the deploy guide tells people to type.
 */
import { readFileSync } from 'node:fs';

const DEPLOY_GUIDE = new URL('../../docs/deploy.md', import.meta.url);
const HEADING = '## CMS set-up for production';

/** One worked example: the backend's bullet, the variables its build command sets, and the ones it says to add. */
export interface DocumentedBuild {
  /** The bullet's bold label, e.g. "GitHub". */
  label: string;
  /** The command's variables, e.g. { CMS_BACKEND: 'github', CMS_REPO: 'cleveland-pcc/hat-site', … }; placeholders stay as "<client id>". */
  env: Record<string, string>;
  /** Variables the bullet says to add in some cases ("add `CMS_API_ROOT=…` when self-hosted"). */
  additions: Record<string, string>;
}

/** The section's text, from its heading to the next level-2 heading. Throws when the deploy guide has none. */
export function documentedCmsSection(guide = readFileSync(DEPLOY_GUIDE, 'utf8')): string {
  const start = guide.indexOf(`${HEADING}\n`);
  if (start < 0) throw new Error(`docs/deploy.md has no "${HEADING}" section.`);
  const end = guide.indexOf('\n## ', start + HEADING.length);
  return guide.slice(start, end < 0 ? undefined : end);
}

/** The variable names in the section's table (first column), in order. */
export const documentedVariables = (section = documentedCmsSection()): string[] =>
  [...section.matchAll(/^\|\s*`(CMS_[A-Z_]+)`\s*\|/gm)].map((m) => m[1]);

/** NAME=value pairs in a code span; a value may be a <placeholder with spaces>. */
const assignments = (span: string): Record<string, string> =>
  Object.fromEntries([...span.matchAll(/(CMS_[A-Z_]+)=(<[^>]+>|[^\s`]+)/g)].map((m) => [m[1], m[2]]));

/** The worked examples: every bullet whose code holds a command starting with CMS_BACKEND=. */
export function documentedBuilds(section = documentedCmsSection()): DocumentedBuild[] {
  return section
    .split(/^- \*\*/m)
    .slice(1)
    .map((bullet) => {
      const text = bullet.replace(/\n\s*/g, ' ');
      const spans = [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      const command = spans.find((s) => s.startsWith('CMS_BACKEND='));
      const additions = spans.filter((s) => s !== command && /^CMS_[A-Z_]+=/.test(s)).map(assignments);
      return { label: text.slice(0, text.indexOf('**')), env: command ? assignments(command) : {}, additions: Object.assign({}, ...additions) };
    })
    .filter((build) => build.env.CMS_BACKEND);
}

/** The worked example for one backend; throws naming the backend when the deploy guide has none. */
export function documentedBuild(backend: string, section = documentedCmsSection()): DocumentedBuild {
  const found = documentedBuilds(section).find((b) => b.env.CMS_BACKEND === backend);
  if (!found) throw new Error(`docs/deploy.md's "CMS set-up for production" has no build example with CMS_BACKEND=${backend}.`);
  return found;
}
