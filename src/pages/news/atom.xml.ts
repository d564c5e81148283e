import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/feeds/feed-response';

/** /news/atom.xml: every published news article (see src/lib/feeds/). */
export const GET: APIRoute = () => feedResponse('atom');
