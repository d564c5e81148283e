import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { absoluteUrl } from './url';

/**
 * An article's main image as other sites get it (feeds, the API, structured data): the same
 * 1200-pixel JPEG as og:image, by its full address, with its alt text ("" when decorative).
 * @example await shareImage(article.data.hero) // { url: 'https://hat.example.org/_astro/x.jpg', alt: 'A calendar page…' }
 */
export async function shareImage(image: { src: ImageMetadata; alt?: string | undefined; decorative: boolean }): Promise<{ url: string; alt: string }> {
  const jpeg = await getImage({ src: image.src, width: 1200, format: 'jpg' });
  return { url: absoluteUrl(jpeg.src), alt: image.decorative ? '' : (image.alt ?? '') };
}
