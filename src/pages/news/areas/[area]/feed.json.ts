import type { APIRoute } from 'astro';
import { areaFeedPaths, feedResponse } from '../../../../lib/feeds/feed-response';

export const getStaticPaths = areaFeedPaths;

/** /news/areas/<area>/feed.json: the published news about one area (see src/lib/feeds/). */
export const GET: APIRoute = ({ params }) => feedResponse('json', params.area);
