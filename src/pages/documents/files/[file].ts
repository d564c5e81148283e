import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { documentFilePath, getDocuments } from '../../../lib/documents';

// why: document files live with their entries in content/ (where the CMS uploads them);
// this endpoint copies each one into the built site at /documents/files/<name>.
export const getStaticPaths = (async () =>
  (await getDocuments()).map(({ entry, file }) => ({ params: { file: file.name }, props: { path: documentFilePath(entry.data.file), mime: file.mime } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await readFile(props.path as string), { headers: { 'Content-Type': props.mime as string } });
