/**
 * Real nginx, run with the deploy guide's configuration (src/lib/nginx-example.ts, its example names and
 * paths replaced) and the snippet the build wrote, sends every page and file the same headers as
 * the `_headers` file does on Netlify / Cloudflare Pages, redirects plain HTTP to HTTPS, and
 * answers a missing page with the 404 page and its headers. Needs nginx: NGINX_PATH, or nginx
 * installed (.ci/run unpacks Debian's package into a cache and sets NGINX_PATH).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NGINX_SNIPPET_FILE } from '../../src/lib/header-rules';
import { NGINX_EXAMPLE, nginxServerExample } from '../../src/lib/nginx-example';
import { basePath, builtPages, distDir, listed } from '../helpers/built-pages';
import { headersFor, parseHeaders } from '../helpers/headers-rules';
import { localCertificate, LOCAL_HOST } from '../helpers/serve-dist-https';

/** nginx: NGINX_PATH, else Debian's /usr/sbin/nginx, else the copy .ci/run unpacks, else whatever is on PATH. */
const nginxBinary = process.env.NGINX_PATH ?? ['/usr/sbin/nginx', join(homedir(), '.cache/hat-nginx/usr/sbin/nginx')].find((path) => existsSync(path)) ?? 'nginx';
const rules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));
/** Every header name the build's rules send: what nginx must agree on. */
const MANAGED = [...new Set(rules.flatMap((rule) => rule.set.map(([name]) => name.toLowerCase())))];

/** A free port on 127.0.0.1 (nginx cannot be asked for a random one). */
const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, LOCAL_HOST, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

let dir: string;
let nginx: ChildProcess | undefined;
let ports: { http: number; https: number };
let ca: string;

/** GET over HTTPS from nginx, trusting the test's certificate. */
const get = (path: string) =>
  new Promise<{ status: number; headers: Record<string, string>; body: string }>((done, fail) => {
    httpsGet({ host: LOCAL_HOST, port: ports.https, path, ca, headers: { Connection: 'close' } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body }));
    }).on('error', fail);
  });

/** The managed headers of a response (or of a `_headers` answer), names in lower case. */
const managed = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([n, v]) => [n.toLowerCase(), v]).filter(([n]) => MANAGED.includes(n)).sort());

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hat-nginx-'));
  const { key, cert } = await localCertificate();
  ca = cert;
  writeFileSync(join(dir, 'cert.pem'), cert);
  writeFileSync(join(dir, 'key.pem'), key);
  // why: the deploy guide puts the build under the web root at the base path (root/hat/ for /hat/).
  const webRoot = basePath === '/' ? distDir : join(dir, 'www');
  if (basePath !== '/') {
    const link = join(webRoot, ...basePath.split('/').filter(Boolean));
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(distDir, link, 'dir');
  }
  ports = { http: await freePort(), https: await freePort() };
  const e = NGINX_EXAMPLE;
  const server = nginxServerExample()
    .replace('listen 80;', `listen ${LOCAL_HOST}:${ports.http};`)
    .replace('listen 443 ssl;', `listen ${LOCAL_HOST}:${ports.https} ssl;`)
    .replace(e.certificate, join(dir, 'cert.pem'))
    .replace(e.certificateKey, join(dir, 'key.pem'))
    .replace(`root ${e.root};`, `root ${webRoot};`)
    .replace('error_page 404 /404.html;', `error_page 404 ${basePath}404.html;`)
    .replace(e.snippet, join(distDir, NGINX_SNIPPET_FILE));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(dir, t)};`).join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    // why: started as root, nginx's workers switch to "nobody", who cannot read the private temporary folders.
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;\nworker_processes 1;\npid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'error.log')};\nevents {}\nhttp {\n` +
      `  types { text/html html; text/css css; text/javascript js mjs; application/pdf pdf; image/svg+xml svg; application/json json; }\n` +
      `  access_log off;\n${temp}\n${server}}\n`,
  );
  // why: -e names the error log before the configuration is read (else nginx tries /var/log/nginx/).
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
  const check = spawnSync(nginxBinary, ['-t', ...args], { encoding: 'utf8' });
  if (check.error) throw new Error(`nginx could not be run (${nginxBinary}): ${check.error.message}. Install it (apt-get install nginx) or set NGINX_PATH.`);
  expect(check.status, check.stderr).toBe(0);
  nginx = spawn(nginxBinary, args, { stdio: 'ignore' });
  // why: wait for nginx to answer, the positive signal that it is up.
  await vi.waitFor(
    async () => {
      const status = await get(basePath).then((r) => r.status).catch(() => 0);
      if (status !== 200) throw new Error(`nginx did not serve ${basePath} (status ${status}). Its log:\n${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    },
    { timeout: 15_000, interval: 100 },
  );
}, 60_000);

afterAll(async () => {
  // why: nginx's workers may still write into the folder until the master has exited.
  if (nginx && nginx.exitCode === null && nginx.signalCode === null) {
    const exited = new Promise((done) => nginx!.once('exit', done));
    nginx.kill();
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('nginx with the deploy guide configuration and the build snippet', () => {
  it('sends every page the headers _headers gives it', async () => {
    const problems: string[] = [];
    for (const { path } of builtPages()) {
      const url = `${basePath}${path.slice(1)}`;
      const res = await get(url);
      const expected = managed(headersFor(rules, url));
      if (res.status !== 200) problems.push(`${url}: status ${res.status}`);
      else if (JSON.stringify(managed(res.headers)) !== JSON.stringify(expected)) problems.push(`${url}: ${JSON.stringify(managed(res.headers))} instead of ${JSON.stringify(expected)}`);
    }
    expect(problems, listed('Pages nginx sends other headers', problems)).toEqual([]);
  });

  it('sends files the same headers as _headers: hashed assets cached, documents as attachments', async () => {
    const samples = [`${basePath}favicon.svg`, `${basePath}robots.txt`, `${basePath}pagefind/pagefind.js`];
    const asset = readFileSync(join(distDir, 'index.html'), 'utf8').match(new RegExp(`${basePath}_astro/[^"'\\s)]+\\.(?:css|js)`))?.[0];
    const document = readFileSync(join(distDir, 'documents', 'index.html'), 'utf8').match(new RegExp(`${basePath}documents/files/[^"'\\s)]+`))?.[0];
    for (const path of [...samples, asset, document]) {
      expect(path, 'a hashed asset and a document linked from the build').toBeDefined();
      const res = await get(path!);
      expect([res.status, managed(res.headers)], path).toEqual([200, managed(headersFor(rules, path!))]);
    }
    expect((await get(asset!)).headers['cache-control']).toContain('immutable');
    expect((await get(document!)).headers['content-disposition']).toBe('attachment');
  });

  it('answers a missing page with the 404 page and its headers', async () => {
    const res = await get(`${basePath}no-such-page/`);
    expect(res.status).toBe(404);
    expect(res.body).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
    expect(managed(res.headers)).toEqual(managed(headersFor(rules, `${basePath}404.html`)));
  });

  it('redirects plain HTTP to the same address over HTTPS', async () => {
    const res = await fetch(`http://${LOCAL_HOST}:${ports.http}${basePath}news/?a=1`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`https://${LOCAL_HOST}${basePath}news/?a=1`);
  });
});
