import type { APIRoute } from 'astro';
import { getNews } from '../../lib/content';
import { getAreaNames } from '../../lib/events';
import { newsApiItem } from '../../lib/api/items';
import { apiResponse } from '../../lib/api/response';
import { newsItem } from '../../lib/api/schemas';
import { shareImage } from '../../lib/share-image';

/** /api/news.json: every published news article, newest first. */
export const GET: APIRoute = async () => {
  const areaNames = await getAreaNames();
  const items = await Promise.all(
    (await getNews()).map(async (article) => newsApiItem(article, areaNames, await shareImage(article.data.hero))),
  );
  return apiResponse('/api/news.json', newsItem, items);
};
