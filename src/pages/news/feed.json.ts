import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/feeds/feed-response';

/** /news/feed.json: every published news article (see src/lib/feeds/). */
export const GET: APIRoute = () => feedResponse('json');
