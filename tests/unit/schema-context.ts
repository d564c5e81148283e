import { z } from 'astro/zod';
import type { SchemaContext } from '../../src/schema';

/** A schema context for tests: images are plain paths, areas and groups as in the starter settings. */
export const testContext: SchemaContext = {
  image: () => z.string(),
  areas: ['middlesbrough', 'redcar-and-cleveland', 'stockton-on-tees', 'hartlepool'],
  faqGroups: ['about-the-treatment', 'safety-and-community'],
};
