import type { APIRoute } from 'astro';
import { getEvidence } from '../../lib/api/get-evidence';
import { evidenceCsv } from '../../lib/api/evidence-csv';
import { evidenceApiItem } from '../../lib/api/items';

/** /api/evidence.csv: every evidence figure, one row each, for spreadsheets. */
export const GET: APIRoute = async () =>
  new Response(evidenceCsv((await getEvidence()).map(evidenceApiItem)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
