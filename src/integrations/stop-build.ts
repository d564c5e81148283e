import type { AstroIntegrationLogger } from 'astro';

// why: Astro adds a hint about "browser APIs" to any error whose text contains the word
// "document" (as every path under content/documents/ does), which would send an editor the wrong
// way. The problems are logged as they are; the error that stops the build only points at them.
/** Stops the build after logging the content problems that stop it. */
export function stopBuild(logger: AstroIntegrationLogger, problems: string): never {
  logger.error(problems);
  throw new Error('The build stopped because of the content problems listed above. Fix them and build again.');
}
