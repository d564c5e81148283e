import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import type { SchemaContext } from '../../src/schema';

/** A schema context for tests: images are plain paths, areas and groups as in the starter settings. */
export const testContext: SchemaContext = {
  // why: the real helper resolves files through Vite; a path string is enough to test validation.
  image: () => z.string() as unknown as z.ZodType<ImageMetadata>,
  areas: ['middlesbrough', 'redcar-and-cleveland', 'stockton-on-tees', 'hartlepool'],
  faqGroups: ['about-the-treatment', 'safety-and-community'],
};
