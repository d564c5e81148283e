import type { APIRoute } from 'astro';
import { getDocuments } from '../../lib/documents';
import { documentApiItem } from '../../lib/api/items';
import { apiResponse } from '../../lib/api/response';
import { documentItem } from '../../lib/api/schemas';

/** /api/documents.json: every published document with its file's type and size, newest first. */
export const GET: APIRoute = async () =>
  apiResponse('/api/documents.json', documentItem, (await getDocuments()).map(({ entry, file, href }) => documentApiItem(entry, { ...file, href })));
