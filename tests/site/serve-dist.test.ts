import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from '../helpers/serve-dist';
import { serveDistHttps, type HttpsDistServer } from '../helpers/serve-dist-https';

// why: the browser tests and the Observatory test trust these servers to behave like a static
// host; test them on a fixture so a server bug is not mistaken for a site bug.
describe('serveDist', () => {
  const root = mkdtempSync(join(tmpdir(), 'hat-serve-'));
  let server: DistServer;

  beforeAll(async () => {
    mkdirSync(join(root, 'news/first'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(root, 'news/first/index.html'), '<h1>First</h1>');
    writeFileSync(join(root, '404.html'), '<h1>Not found</h1>');
    writeFileSync(join(root, 'style.css'), 'body{}');
    writeFileSync(join(root, 'event.ics'), 'BEGIN:VCALENDAR');
    writeFileSync(join(root, 'leaflet.pdf'), '%PDF-1.7');
    writeFileSync(join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n/style.css\n  Cache-Control: public, max-age=60\n');
    server = await serveDist(root, '/');
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

  it('listens on 127.0.0.1 on a random port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves dir/index.html for /dir/', async () => {
    const res = await get('/news/first/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<h1>First</h1>');
  });

  it('redirects /dir to /dir/', async () => {
    const res = await get('/news/first');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/news/first/');
  });

  it.each([
    ['/style.css', 'text/css; charset=utf-8'],
    ['/event.ics', 'text/calendar; charset=utf-8'],
    ['/leaflet.pdf', 'application/pdf'],
  ])('serves %s as %s', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it("applies _headers, whose Cache-Control replaces the server's default no-store", async () => {
    const css = await get('/style.css');
    expect([css.headers.get('x-content-type-options'), css.headers.get('cache-control')]).toEqual(['nosniff', 'public, max-age=60']);
    expect((await get('/leaflet.pdf')).headers.get('cache-control')).toBe('no-store');
  });

  it.each(['/nope/', '/nope.css'])('answers %s with the built 404 page', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<h1>Not found</h1>');
  });

  // why: fetch() normalises "..", so send the raw request line to prove files outside root stay out.
  it.each(['/..%2F..%2F..%2Fetc%2Fpasswd', '/news/..%2F..%2F..%2Fetc%2Fhostname'])('refuses %s', async (path) => {
    const { port } = new URL(server.url);
    const status = await new Promise<number | undefined>((done, fail) => {
      httpGet({ host: '127.0.0.1', port, path }, (res) => {
        res.resume();
        done(res.statusCode);
      }).on('error', fail);
    });
    expect(status).toBe(404);
  });
});

describe('serveDistHttps', () => {
  const root = mkdtempSync(join(tmpdir(), 'hat-serve-tls-'));
  let server: HttpsDistServer;

  beforeAll(async () => {
    writeFileSync(join(root, 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(root, '_headers'), '/*\n  Strict-Transport-Security: max-age=31536000\n');
    server = await serveDistHttps(root, '/');
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** GET over HTTPS trusting only the test's certificate, as NODE_EXTRA_CA_CERTS makes a child process do. */
  const getTls = (path: string) =>
    new Promise<{ status?: number; headers: Record<string, unknown>; body: string }>((done, fail) => {
      httpsGet({ host: server.host, port: server.httpsPort, path, ca: readFileSync(server.caFile) }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode, headers: res.headers, body }));
      }).on('error', fail);
    });

  it('serves the site over HTTPS with a certificate for 127.0.0.1, applying _headers', async () => {
    const res = await getTls('/');
    expect([res.status, res.body, res.headers['strict-transport-security']]).toEqual([200, '<h1>Home</h1>', 'max-age=31536000']);
  });

  it('redirects plain HTTP to the same path over HTTPS', async () => {
    const res = await fetch(`http://${server.host}:${server.httpPort}/news/?a=1`, { redirect: 'manual' });
    expect([res.status, res.headers.get('location')]).toEqual([301, `https://${server.host}:${server.httpsPort}/news/?a=1`]);
  });

  it('is refused by a client that does not trust the test certificate', async () => {
    await expect(fetch(`https://${server.host}:${server.httpsPort}/`)).rejects.toThrow();
  });
});
