import type { AstroIntegration } from 'astro';
import { describeBodyProblems } from '../lib/body-safety/body-problem';
import { checkContentBodies, checkContentFile, isContentBody } from '../lib/body-safety/check-content-bodies';

const HEADING = 'Some content contains something that is not allowed in a page body:';

// why: an MDX body is compiled to code; anything in it beyond text and the editor components
// (imports, {expressions}, <script>, unknown tags) would break the build or run code. This
// check names the file, line and fix before Astro's own, more technical, compile error.
/** Fails the build (and logs in dev) when a content body holds code, unknown tags or text that cannot be read. */
export function bodySafetyCheck(contentDir: string): AstroIntegration {
  return {
    name: 'hat:body-safety-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems = checkContentBodies(contentDir);
        if (problems.length === 0) return;
        const message = `${HEADING}\n${describeBodyProblems(problems)}`;
        if (command === 'build') throw new Error(message);
        logger.error(message);
      },
      'astro:server:setup': ({ server, logger }) => {
        // why: in dev a saved file (by hand or from the CMS) is checked at once, so the editor
        // sees the reason in the terminal rather than only Astro's compile error overlay.
        const recheck = (path: string) => {
          if (!isContentBody(path, contentDir)) return;
          try {
            const problems = checkContentFile(path, contentDir);
            if (problems.length > 0) logger.error(`${HEADING}\n${describeBodyProblems(problems)}`);
          } catch {
            // why: the file was deleted or renamed between the event and the read.
          }
        };
        server.watcher.add(contentDir);
        server.watcher.on('add', recheck);
        server.watcher.on('change', recheck);
      },
    },
  };
}
