/**
 * Scores pages with Mozilla's HTTP Observatory (@mdn/mdn-http-observatory), the way its own scan()
 * does, but for any path and port (its scan() takes a host name only). Run as a child process so
 * NODE_EXTRA_CA_CERTS (the test's certificate) applies from start-up:
 *   node observatory-scan.mjs '{"host":"127.0.0.1","httpPort":1,"httpsPort":2,"paths":["/"]}'
 * Prints a JSON array: one { path, grade, score, tests } a path.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
/** The installed package's folder, or a stop with what to do when the optional install was skipped. */
function observatoryFolder() {
  try {
    return dirname(require.resolve('@mdn/mdn-http-observatory/package.json'));
  } catch {
    process.stderr.write(
      'Mozilla HTTP Observatory (@mdn/mdn-http-observatory, an optional dependency) is not installed: npm skipped it ' +
        'because its install scripts failed. Use npm 11.16 or newer (it honours allowScripts in package.json), then run npm install again.\n',
    );
    process.exit(1);
  }
}
const observatory = observatoryFolder();

// why: the package's install script downloads the HSTS preload list, which cannot work offline and
// which package.json's allowScripts denies. An empty list only means no host counts as preloaded
// (a bonus the site could not earn on 127.0.0.1 anyway).
const preload = join(observatory, 'conf', 'hsts-preload.json');
if (!existsSync(preload)) writeFileSync(preload, '{}');

const { retrieve } = await import(join(observatory, 'src/retriever/retriever.js'));
const { ALL_TESTS } = await import(join(observatory, 'src/constants.js'));
const { getGradeForScore, getScoreModifier } = await import(join(observatory, 'src/grader/grader.js'));
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await import(join(observatory, 'src/grader/charts.js'));

/** The Observatory's grade for one path: the scoring of its scan() (src/scanner/index.js). */
async function grade(host, httpPort, httpsPort, path) {
  const requests = await retrieve(host, { httpPort, httpsPort, path });
  if (!requests.responses.auto) throw new Error(`The Observatory could not reach https://${host}:${httpsPort}${path}`);
  let withExtraCredit = 100;
  let uncurved = 100;
  const tests = {};
  for (const test of ALL_TESTS) {
    const output = test(requests);
    const modifier = output.result ? getScoreModifier(output.result) : 0;
    withExtraCredit += modifier;
    if (modifier < 0) uncurved += modifier;
    tests[output.constructor.name] = { result: output.result, pass: output.pass, modifier };
  }
  const { grade, score } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
  return { path, status: requests.responses.auto.status, verified: requests.responses.auto.verified, grade, score, tests };
}

const { host, httpPort, httpsPort, paths } = JSON.parse(process.argv[2]);
const results = [];
for (const path of paths) results.push(await grade(host, httpPort, httpsPort, path));
process.stdout.write(JSON.stringify(results));
