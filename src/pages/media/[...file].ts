import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentDir } from '../../lib/content-dir';
import { listPlayableMedia, mediaFilePath, playableMediaType } from '../../lib/media-files';

// why: videos and their captions live in content/media/ (where the CMS uploads them) but are
// played as they are, so this endpoint copies each one into the built site at
// /media/<same path>. Images are not copied: they go through sharp (Figure, HeroImage).
export const getStaticPaths = (() =>
  listPlayableMedia(join(contentDir, 'media')).map((file) => ({
    params: { file },
    props: { path: mediaFilePath(contentDir, file), type: playableMediaType(file) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await readFile(props.path as string), { headers: { 'Content-Type': props.type as string } });
