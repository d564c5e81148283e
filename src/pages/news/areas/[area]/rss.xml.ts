import type { APIRoute } from 'astro';
import { areaFeedPaths, feedResponse } from '../../../../lib/feeds/feed-response';

export const getStaticPaths = areaFeedPaths;

/** /news/areas/<area>/rss.xml: the published news about one area (see src/lib/feeds/). */
export const GET: APIRoute = ({ params }) => feedResponse('rss', params.area);
