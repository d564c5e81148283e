import type { APIRoute } from 'astro';
import { getPublished, getSettings } from '../../lib/content';
import { faqApiItem } from '../../lib/api/items';
import { apiResponse } from '../../lib/api/response';
import { faqItem } from '../../lib/api/schemas';

/** /api/faqs.json: every published question, in the FAQs page's order (group, then order). */
export const GET: APIRoute = async () => {
  const { faqGroups } = await getSettings();
  const groupTitles = new Map(faqGroups.map((g) => [g.id, g.title]));
  const groupOrder = faqGroups.map((g) => g.id);
  const faqs = (await getPublished('faqs')).sort(
    (a, b) => groupOrder.indexOf(a.data.group) - groupOrder.indexOf(b.data.group) || a.data.order - b.data.order || a.data.question.localeCompare(b.data.question),
  );
  return apiResponse('/api/faqs.json', faqItem, faqs.map((faq) => faqApiItem(faq, groupTitles)));
};
