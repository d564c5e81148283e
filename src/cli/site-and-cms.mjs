// @ts-check
// Runs the site (astro dev) and the CMS's local backend (decap-server) together, and stops both
// together: on Ctrl-C, or as soon as either one stops by itself.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseCmsPort } from './cms-port.mjs';

/** The project folder (the one holding package.json), whatever folder the command runs from. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const require = createRequire(join(projectRoot, 'package.json'));
const astroBin = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
const decapBin = require.resolve('decap-server');
const GRACE_MS = 5000;

/** @param {string} message */
const say = (message) => process.stdout.write(`${message}\n`);
/** @param {string} message */
const complain = (message) => process.stderr.write(`\n${message}\n\n`);

/**
 * Kills a child and everything it started (it leads its own process group); ignores ones already gone.
 * @param {number | undefined} pid
 * @param {NodeJS.Signals} signal
 */
function killGroup(pid, signal) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // why: ESRCH means the group has already gone, which is what we want.
  }
}

/**
 * Starts both servers and resolves never: the process exits when they stop.
 * @param {{ mode: 'fs' | 'git', astroArgs?: string[], title?: string }} options
 *   mode: decap-server's MODE (fs: files only; git: editorial workflow with branches);
 *   astroArgs: extra flags for astro dev, e.g. ['--port', '4000'].
 */
export async function startSiteAndCms({ mode, astroArgs = [], title = 'The site and the CMS are running.' }) {
  const cmsPort = await chooseCmsPort(process.env.DECAP_PORT);
  if ('error' in cmsPort) {
    complain(cmsPort.error);
    process.exit(1);
  }
  if (cmsPort.note) say(cmsPort.note);

  const env = {
    ...process.env,
    // why: astro dev backgrounds itself when it thinks an agent runs it; we need it in the foreground.
    ASTRO_DEV_BACKGROUND: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
    // why: astro.config.mjs proxies <base>api/v1 to this port, so /admin reaches the backend on the site's origin.
    DECAP_PORT: String(cmsPort.port),
  };
  const cmsEnv = { ...env, PORT: String(cmsPort.port), BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: projectRoot };

  /** @typedef {{ name: string, child: import('node:child_process').ChildProcess, gone: boolean }} Running */
  /** @type {Running[]} */
  const running = [];
  let stopping = false;
  let exitCode = 0;
  let siteUrl = '';
  let cmsReady = false;

  const banner = () => {
    if (!siteUrl || !cmsReady) return;
    const rule = '─'.repeat(60);
    say(`\n${rule}\n  ${title}\n\n  Site:  ${siteUrl}\n  CMS:   ${siteUrl}admin/\n\n  Press Ctrl-C to stop both.\n${rule}\n`);
  };

  const stopAll = () => {
    for (const r of running) if (!r.gone) killGroup(r.child.pid, 'SIGTERM');
    setTimeout(() => running.forEach((r) => killGroup(r.child.pid, 'SIGKILL')), GRACE_MS).unref();
  };

  /**
   * @param {string} name
   * @param {string[]} args
   * @param {NodeJS.ProcessEnv} childEnv
   * @param {(line: string) => void} onLine
   */
  const run = (name, args, childEnv, onLine) => {
    // why: detached puts each child in its own process group, so stopping it also stops whatever
    // it started (esbuild, git), and a stray Ctrl-C reaches only this script, which stops both in order.
    const child = spawn(process.execPath, args, { cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    /** @type {Running} */
    const entry = { name, child, gone: false };
    running.push(entry);
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream?.on('data', (chunk) => {
        (stream === child.stderr ? process.stderr : process.stdout).write(chunk);
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        lines.forEach(onLine);
      });
    }
    const gone = (/** @type {string} */ how) => {
      if (entry.gone) return;
      entry.gone = true;
      killGroup(child.pid, 'SIGKILL');
      if (!stopping) {
        stopping = true;
        exitCode = 1;
        const others = running.filter((r) => r !== entry).map((r) => r.name);
        complain(`${name[0].toUpperCase()}${name.slice(1)} stopped unexpectedly (${how}). Stopping ${others.join(' and ')} too.\nRead the messages above for the reason, fix it, then run the command again.`);
        stopAll();
      }
      if (running.every((r) => r.gone)) process.exit(exitCode);
    };
    child.on('exit', (code, signal) => gone(signal ? `stopped by signal ${signal}` : `exit code ${code}`));
    child.on('error', (error) => gone(error.message));
  };

  const onSignal = () => {
    if (stopping) {
      // why: a second Ctrl-C means "now": do not wait for a clean shutdown.
      running.forEach((r) => killGroup(r.child.pid, 'SIGKILL'));
      return;
    }
    stopping = true;
    say('\nStopping the site and the CMS...');
    stopAll();
  };
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, onSignal);
  // why: last resort if this script itself fails: never leave a server running behind it.
  process.on('exit', () => running.forEach((r) => r.gone || killGroup(r.child.pid, 'SIGKILL')));

  const plain = (/** @type {string} */ line) => line.replace(/\x1b\[[0-9;]*m/g, '');
  run('the CMS backend (decap-server)', [decapBin], cmsEnv, (line) => {
    if (!cmsReady && /listening on/i.test(plain(line))) {
      cmsReady = true;
      banner();
    }
  });
  run('the site (astro dev)', [astroBin, 'dev', ...astroArgs], env, (line) => {
    const local = !siteUrl && plain(line).match(/Local\s+(https?:\/\/\S+)/);
    if (local) {
      siteUrl = local[1].endsWith('/') ? local[1] : `${local[1]}/`;
      banner();
    }
  });
}
