import type { APIRoute } from 'astro';
import { API_CATALOGUE } from '../../lib/api/catalogue';
import { apiResponse } from '../../lib/api/response';
import { indexItem } from '../../lib/api/schemas';
import { absoluteUrl } from '../../lib/url';

/** /api/index.json: what the API and the feeds publish, and where. */
export const GET: APIRoute = () =>
  apiResponse(
    '/api/index.json',
    indexItem,
    API_CATALOGUE.map(({ id, path, mediaType, description }) => ({ id, url: absoluteUrl(path), mediaType, description })),
  );
