import type { AstroIntegration } from 'astro';
import { describeMissing, findMissingFiles } from '../lib/missing-files';
import { describeRefused, findRefusedUploads } from '../lib/refused-uploads';
import { stopBuild } from './stop-build';

/**
 * Fails the build (and warns in dev) when content points at an image or document that does not
 * exist, or that may not be published: a type not on the upload list, or a name that lies about it.
 */
export function contentFilesCheck(contentDir: string): AstroIntegration {
  return {
    name: 'hat:content-files-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const problems: string[] = [];
        const missing = findMissingFiles(contentDir);
        if (missing.length) problems.push(`Some content points at files that do not exist:\n${describeMissing(missing)}`);
        const refused = await findRefusedUploads(contentDir);
        if (refused.length) problems.push(`Some uploaded files cannot be published:\n${describeRefused(refused)}`);
        if (problems.length === 0) return;
        if (command === 'build') stopBuild(logger, problems.join('\n'));
        logger.warn(problems.join('\n'));
      },
    },
  };
}
