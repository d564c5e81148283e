/**
 * One news article typed into the CMS form, with an uploaded photo, and the exact file the CMS
 * must write for it: shared by the browser tests of the production backends.
 */
import type { Page } from 'playwright-core';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The photo uploaded through the image field's media library. */
export const ARTICLE_PHOTO = fileURLToPath(new URL('../../content/media/news/2020-nihr-award.jpg', import.meta.url));

/** What is typed; the body holds characters that must be escaped (< { } & …) and non-Latin text. */
export const ARTICLE = {
  title: 'Clinic opens on Saturdays & "weekends"',
  summary: 'Saturday opening, with émoji 😀 and العربية.',
  published: '2026-11-20',
  alt: 'The door of the clinic on Acklam Road.',
  reviewed: '2026-11-20',
  reviewDue: '2027-11-20',
  body: 'Text with a < b {curly} <notatag> [x] `tick` & 😀 你好 مرحبا done.',
} as const;

/** The entry's slug: the published date, then the title made safe (the collection's slug rule). */
export const ARTICLE_SLUG = '2026-11-20-clinic-opens-on-saturdays-weekends';

/** Opens the new-article form at `newEntryUrl`, fills every field and uploads a copy of the photo named `imageName` (kept in `uploads`). */
export async function fillNewsArticle(page: Page, newEntryUrl: string, uploads: string, imageName: string): Promise<void> {
  const upload = join(uploads, imageName);
  // why: the browser reads the file only when the entry is saved, so it stays on disk till then.
  copyFileSync(ARTICLE_PHOTO, upload);
  await page.goto('about:blank');
  await page.goto(newEntryUrl);
  await page.locator('[id^="title-field"]').first().waitFor({ timeout: 30_000 });
  await page.fill('input[id^="title-field"]', ARTICLE.title);
  await page.fill('textarea[id^="summary-field"]', ARTICLE.summary);
  await page.fill('input[id^="published-field"]', ARTICLE.published);
  await page.getByRole('button', { name: /choose an image/i }).click();
  await page.setInputFiles('input[type="file"]', upload);
  await page.getByRole('button', { name: /choose selected/i }).click();
  await page.fill('input[id^="alt-field"]', ARTICLE.alt);
  await page.fill('input[id^="reviewed-field"]', ARTICLE.reviewed);
  await page.fill('input[id^="reviewDue-field"]', ARTICLE.reviewDue);
  await page.locator('[data-slate-editor="true"]').last().click();
  await page.keyboard.type(ARTICLE.body);
}

/** The file the CMS must write for the article, byte for byte. */
export function articleFile(imageName: string): string {
  return [
    '---',
    `title: ${ARTICLE.title}`,
    `summary: ${ARTICLE.summary}`,
    `published: ${ARTICLE.published}`,
    'hero:',
    '  decorative: false',
    `  src: ../media/news/${imageName}`,
    `  alt: ${ARTICLE.alt}`,
    `reviewed: ${ARTICLE.reviewed}`,
    `reviewDue: ${ARTICLE.reviewDue}`,
    'draft: false',
    '---',
    // why: what was typed, with < { } & ` [ escaped so it shows literally and never runs.
    'Text with a \\< b \\{curly\\} \\<notatag\\> \\[x] \\`tick\\` \\& 😀 你好 مرحبا done.',
    '',
  ].join('\n');
}
