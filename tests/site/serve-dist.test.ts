import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from '../helpers/serve-dist';

// why: the browser tests trust this server to behave like a static host; test it on a fixture
// so a server bug is not mistaken for a site bug.
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
