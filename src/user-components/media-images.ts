import type { ImageMetadata } from 'astro';
import { join, relative, resolve, sep } from 'node:path';
import { contentDir } from '../lib/content-dir';
import { mediaKey } from '../lib/media-files';

// why: a Figure names its image by a string path, so the image must be found at build time
// among the files in content/media/ for sharp to process it. `@content-media` is an alias for
// that folder set in astro.config.mjs, so builds over other content (CONTENT_DIR) find theirs.
// why: Vite needs the pattern written out; its endings are the allowed image types of
// src/lib/upload-types.ts (a unit test keeps the two the same).
const images = import.meta.glob<{ default: ImageMetadata }>('@content-media/**/*.{jpg,jpeg,png,webp}', { caseSensitive: false });

// why: Vite names each match by its path from the project root, which is Astro's root: the
// folder the build runs in. Key them by their path inside content/media/ instead.
const mediaDir = join(contentDir, 'media');
const byKey = new Map(
  Object.entries(images).map(([path, load]) => [relative(mediaDir, resolve(process.cwd(), path.replace(/^\//, ''))).split(sep).join('/'), load]),
);

/** The image a body's Figure points at (e.g. ../media/news/chart.jpg), or undefined when there is no such file. */
export async function findMediaImage(src: string): Promise<ImageMetadata | undefined> {
  const load = byKey.get(mediaKey(src));
  if (load) return (await load()).default;
  if ([...byKey.keys()].some((key) => key.startsWith('../'))) {
    throw new Error('Images in content/media/ could not be matched to their paths: run the build from the project folder (the one with astro.config.mjs).');
  }
  return undefined;
}
