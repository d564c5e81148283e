import type { z } from 'astro/zod';
import { absoluteUrl } from '../url';
import { API_VERSION, envelope } from './schemas';

// why: one "generated" time for every file of a build, so files made together say so.
const generated = new Date().toISOString();

/**
 * An API file's answer: the items in the envelope, checked against the item schema first so a
 * build can never publish a shape the README does not describe (the error names the field).
 * @example await apiResponse('/api/faqs.json', faqItem, items) // Response with { version: 1, generated, self, count, items }
 */
export function apiResponse<T extends z.ZodType>(path: string, item: T, items: z.input<T>[]): Response {
  const body = { version: API_VERSION, generated, self: absoluteUrl(path), count: items.length, items };
  const checked = envelope(item).safeParse(body);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new Error(`${path}: the item at ${issue.path.join('.')} does not match the API's published shape (src/lib/api/schemas.ts): ${issue.message}`);
  }
  return new Response(JSON.stringify(checked.data, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
