import type { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';

/** What a schema factory needs from its surroundings: Astro's image helper and the lists kept in settings. */
export interface SchemaContext {
  /** Astro's `image()` helper (sharp-processed images); tests pass a plain string schema. */
  image: () => z.ZodType<ImageMetadata>;
  /** Ids of the areas a piece of content may be tagged with (from content/settings/site.yaml). */
  areas: readonly string[];
  /** Ids of the FAQ groups (from content/settings/site.yaml). */
  faqGroups: readonly string[];
}
