import type CMS from 'decap-cms-app';
import type { SettingsChoices } from './config/decap-fields';
import { emptyPaths, entryProblems } from './entry-checks';
import { uploadProblems, type PendingUpload } from './upload-checks';

/** The parts of Decap's Immutable entry the check uses. */
interface EntryData {
  toJS(): Record<string, unknown>;
  deleteIn(path: (string | number)[]): EntryData;
}

/** One of Decap's media files (Immutable): draft, name, url, file (the File) and field (the field that uploaded it). */
interface MediaFile {
  get(key: string): unknown;
}

/** The files attached to the entry in this editing session, with their bytes: Decap saves them with the entry. */
async function pendingUploads(entry: { get(key: string): unknown }): Promise<PendingUpload[]> {
  const files = ((entry.get('mediaFiles') as { toArray(): MediaFile[] } | undefined)?.toArray() ?? []).filter((f) => f.get('draft'));
  return Promise.all(
    files.map(async (file) => {
      // why: Decap keeps the chosen File; should it only have the file's blob: address, read that.
      const chosen = file.get('file') as Blob | undefined;
      const bytes = chosen ? await chosen.arrayBuffer() : await (await fetch(String(file.get('url')))).arrayBuffer();
      const field = file.get('field') as MediaFile | undefined;
      return {
        name: String(file.get('name') ?? ''),
        bytes: new Uint8Array(bytes),
        fieldName: field?.get('name') as string | undefined,
        widget: field?.get('widget') as string | undefined,
      };
    }),
  );
}

// why: the last line of defence. Decap's own checks cover required fields; this runs the very
// schema the build uses, and the very upload check, so whatever passes here builds. Throwing stops
// the save: Decap shows the message and writes nothing, not even the uploaded files.
/** Before every save: drop empty leftovers, then refuse the save if the build would refuse the entry or a file uploaded with it. */
export function registerEntryChecks(cms: typeof CMS, choices: SettingsChoices): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }: { entry: { get(key: string): unknown } }) => {
      let data = entry.get('data') as EntryData;
      // why: delete deepest paths first so list indexes stay valid.
      for (const path of emptyPaths(data.toJS()).reverse()) data = data.deleteIn(path);
      const collection = String(entry.get('collection'));
      const problems = [...entryProblems(collection, data.toJS(), choices), ...(await uploadProblems(collection, await pendingUploads(entry)))];
      if (problems.length) throw new Error(`Not saved. Please fix: ${problems.join(' · ')}`);
      return data as never;
    },
  });
}
