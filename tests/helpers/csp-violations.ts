/**
 * Records every Content Security Policy violation in a browser context (all its pages and
 * pop-ups), from the browser's own `securitypolicyviolation` events and its console reports.
 */
import type { BrowserContext } from 'playwright-core';

/** One violation, as the browser reported it. */
export interface CspViolation {
  /** The directive that refused, e.g. "connect-src". */
  directive: string;
  /** What was refused, e.g. "http://127.0.0.1:41234/probe". */
  blocked: string;
  /** The page it happened on. */
  page: string;
}

/** What was recorded so far; both lists grow as the browser reports. */
export interface CspRecord {
  violations: CspViolation[];
  /** Console messages that mention the policy ("Refused to connect to …"). */
  console: string[];
}

/** Starts recording in `context`; call before opening the pages to watch. */
export async function recordCspViolations(context: BrowserContext): Promise<CspRecord> {
  const record: CspRecord = { violations: [], console: [] };
  await context.exposeBinding('hatReportCspViolation', (_source, violation: CspViolation) => {
    record.violations.push(violation);
  });
  // why: init scripts run before the page's own and are not subject to its policy.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { hatReportCspViolation: (v: unknown) => void }).hatReportCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        page: location.href,
      });
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) record.console.push(message.text());
  });
  return record;
}
