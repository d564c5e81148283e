/**
 * The events in a content folder, read and checked with the site's own schema, so tests over a
 * build can work out what the build should have made (which events, their real start and end).
 */
import { eventSchema } from '../../src/schema';
import type { EventData } from '../../src/schema/event';
import { readEntries, type ContentEntry } from './content-entries';

/** One event file: its slug (file name without .mdx) and its checked data. */
export type ContentEvent = ContentEntry<EventData>;

/** Every event in `<contentDir>/events`, drafts included (check `data.draft`). */
export const readEvents = (contentDir: string): ContentEvent[] => readEntries(contentDir, 'events', eventSchema);
