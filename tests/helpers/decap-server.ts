/**
 * Runs the real decap-server (the CMS's local backend) over a scratch repository, on 127.0.0.1
 * and a free port, for the CMS browser tests. Stops with everything it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';

const require = createRequire(import.meta.url);
const decapBin = require.resolve('decap-server');

/** A running decap-server. */
export interface DecapServer {
  /** Where its API answers, e.g. http://127.0.0.1:41234/api/v1. */
  apiUrl: string;
  /** Its port, for proxying. */
  port: number;
  stop(): Promise<void>;
}

/** A port nobody is listening on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** Starts decap-server over `repoDir` in `mode` ('fs' simple publishing, 'git' editorial workflow). */
export async function startDecapServer(repoDir: string, mode: 'fs' | 'git'): Promise<DecapServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [decapBin], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // why: its own process group, so stop() also ends any git it is running.
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (c) => (output += c));
  child.stderr?.on('data', (c) => (output += c));
  const apiUrl = `http://127.0.0.1:${port}/api/v1`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`decap-server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(apiUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`decap-server did not answer within 20 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    apiUrl,
    port,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        return;
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // why: ESRCH: the group has gone already, which is the point.
      }
    },
  };
}
