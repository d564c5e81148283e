import type { AstroIntegration } from 'astro';
import { describeMissing, findMissingFiles } from '../lib/missing-files';

/** Fails the build (and warns in dev) when content points at an image or document that does not exist. */
export function contentFilesCheck(contentDir: string): AstroIntegration {
  return {
    name: 'hat:content-files-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const missing = findMissingFiles(contentDir);
        if (missing.length === 0) return;
        const message = describeMissing(missing);
        if (command === 'build') throw new Error(`Some content points at files that do not exist:\n${message}`);
        logger.warn(`Some content points at files that do not exist:\n${message}`);
      },
    },
  };
}
