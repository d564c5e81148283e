import type CMS from 'decap-cms-app';
import type { SettingsChoices } from './config/decap-fields';
import { emptyPaths, entryProblems } from './entry-checks';

/** The parts of Decap's Immutable entry the check uses. */
interface EntryData {
  toJS(): Record<string, unknown>;
  deleteIn(path: (string | number)[]): EntryData;
}

// why: the last line of defence. Decap's own checks cover required fields; this runs the very
// schema the build uses, so whatever passes here builds. Throwing stops the save: Decap shows
// the message and writes nothing.
/** Before every save: drop empty leftovers, then refuse the save if the build would refuse the entry. */
export function registerEntryChecks(cms: typeof CMS, choices: SettingsChoices): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: { get(key: string): unknown } }) => {
      let data = entry.get('data') as EntryData;
      // why: delete deepest paths first so list indexes stay valid.
      for (const path of emptyPaths(data.toJS()).reverse()) data = data.deleteIn(path);
      const problems = entryProblems(String(entry.get('collection')), data.toJS(), choices);
      if (problems.length) throw new Error(`Not saved. Please fix: ${problems.join(' · ')}`);
      return data as never;
    },
  });
}
