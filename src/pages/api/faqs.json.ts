import type { APIRoute } from 'astro';
import { getFaqGroups } from '../../lib/content';
import { faqApiItem } from '../../lib/api/items';
import { apiResponse } from '../../lib/api/response';
import { faqItem } from '../../lib/api/schemas';

/** /api/faqs.json: every published question, in the FAQs page's order (group, then order). */
export const GET: APIRoute = async () => {
  const groups = await getFaqGroups();
  const groupTitles = new Map(groups.map((g) => [g.id, g.title]));
  const faqs = groups.flatMap((g) => g.items);
  return apiResponse('/api/faqs.json', faqItem, faqs.map((faq) => faqApiItem(faq, groupTitles)));
};
