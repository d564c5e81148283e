import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { absoluteUrl } from './url';

/**
 * The full address of the 1200-pixel JPEG made for sharing an image (og:image, feeds, the API, structured data).
 * @example await shareImageUrl(article.data.hero.src) // 'https://hat.example.org/_astro/x.jpg'
 */
export async function shareImageUrl(src: ImageMetadata): Promise<string> {
  return absoluteUrl((await getImage({ src, width: 1200, format: 'jpg' })).src);
}

/**
 * An article's main image as other sites get it (feeds, the API, structured data): the same
 * 1200-pixel JPEG as og:image, by its full address, with its alt text ("" when decorative).
 * @example await shareImage(article.data.hero) // { url: 'https://hat.example.org/_astro/x.jpg', alt: 'A calendar page…' }
 */
export async function shareImage(image: { src: ImageMetadata; alt?: string | undefined; decorative: boolean }): Promise<{ url: string; alt: string }> {
  return { url: await shareImageUrl(image.src), alt: image.decorative ? '' : (image.alt ?? '') };
}
