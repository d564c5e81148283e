import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// why: files editors place in a body (Figure, Video) live in content/media/, where the CMS
// uploads them, and are written relative to the entry (../media/news/x.jpg). These helpers turn
// such a path into one key, the file's path inside content/media/, used everywhere else.

/** Content-Type of each file kind copied into the site at /media/ (images go through sharp instead). */
export const PLAYABLE_MEDIA_TYPES: Readonly<Record<string, string>> = {
  mp4: 'video/mp4',
  webm: 'video/webm',
  vtt: 'text/vtt; charset=utf-8',
};

/**
 * The path of a media file inside content/media/, from the path an entry's body gives.
 * @example mediaKey('../media/news/chart.jpg') // 'news/chart.jpg'
 * @example mediaKey('../../media/clip.mp4') // 'clip.mp4'
 */
export const mediaKey = (src: string): string => src.trim().replace(/^(\.\.\/)+/, '').replace(/^media\//, '');

/**
 * The Content-Type of a file copied to /media/, or undefined when it is not such a file.
 * @example playableMediaType('news/clip.WEBM') // 'video/webm'
 * @example playableMediaType('news/chart.jpg') // undefined
 */
export const playableMediaType = (path: string): string | undefined =>
  PLAYABLE_MEDIA_TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()];

/** Every video and captions file under a media folder, as paths inside it with '/' separators (none when it is missing). */
export function listPlayableMedia(mediaDir: string): string[] {
  try {
    return readdirSync(mediaDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && playableMediaType(entry.name) !== undefined)
      .map((entry) => relative(mediaDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      // why: hidden files (.DS_Store-like leftovers, editors' temp files) are never published.
      .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Absolute path of a file inside the content media folder. */
export const mediaFilePath = (contentDir: string, key: string): string => join(contentDir, 'media', key);
