import type { APIRoute } from 'astro';
import { getEvidence } from '../../lib/api/get-evidence';
import { evidenceApiItem } from '../../lib/api/items';
import { apiResponse } from '../../lib/api/response';
import { evidenceItem } from '../../lib/api/schemas';

/** /api/evidence.json: every set of figures with its source, oldest first. */
export const GET: APIRoute = async () => apiResponse('/api/evidence.json', evidenceItem, (await getEvidence()).map(evidenceApiItem));
