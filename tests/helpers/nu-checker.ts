/**
 * Runs the W3C Nu Html Checker (the `vnu-jar` package, on Java) over HTML files and returns what it
 * reports. why this checker: it is the W3C's own, independent of the code that writes the pages.
 * Java comes from the machine (Debian's default-jre-headless in CI, see .ci/run).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** One message from the checker, as its JSON output gives it. */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/** What the checker reports for a set of files. */
export interface NuReport {
  messages: NuMessage[];
}

/** The checker's jar file, from the vnu-jar package. */
// why: the package's main export is a String object holding the jar's path.
export const vnuJar = String(require('vnu-jar'));

const JAVA = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';

/**
 * Checks the files (HTML) and returns every message, errors and warnings alike.
 * Throws, saying how to install Java, when Java is missing; throws when the checker fails to run.
 */
export function checkHtml(files: string[]): NuReport {
  if (files.length === 0) throw new Error('checkHtml was given no files.');
  // why: --exit-zero-always: the exit status says whether the checker ran, the JSON says what it found.
  const run = spawnSync(JAVA, ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--exit-zero-always', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`Could not run Java for the Nu Html Checker (${run.error.message}). Install it: sudo apt-get install default-jre-headless`);
  if (run.status !== 0) throw new Error(`The Nu Html Checker failed (exit ${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as NuReport;
}
