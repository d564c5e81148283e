import type { AstroIntegration } from 'astro';
import { describeImpossibleDates, findImpossibleDates } from '../lib/impossible-dates';
import { stopBuild } from './stop-build';

/** Fails the build (and warns in dev) when a content file has a date that is not on the calendar, such as 2020-02-30. */
export function realDatesCheck(contentDir: string): AstroIntegration {
  return {
    name: 'hat:real-dates-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const dates = findImpossibleDates(contentDir);
        if (dates.length === 0) return;
        const message = `Some dates are not real dates:\n${describeImpossibleDates(dates)}`;
        if (command === 'build') stopBuild(logger, message);
        logger.warn(message);
      },
    },
  };
}
