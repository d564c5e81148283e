/**
 * A tiny static server over the built site, on 127.0.0.1 and a random port, for browser tests.
 * Behaves like a static host: /dir/ serves dir/index.html, /dir redirects to /dir/, and
 * unknown paths get the built 404.html with status 404. When the build wrote a `_headers` file, its
 * rules are applied as Netlify / Cloudflare Pages would (policies, framing, caching), see headers-rules.ts.
 * serve-dist-https.ts serves the same over HTTPS.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve } from 'node:path';
import { basePath, distDir } from './built-pages';
import { headersFor, parseHeaders } from './headers-rules';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name; unknown types are served as bytes. */
export const contentType = (file: string): string => TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

export interface DistServer {
  /** Origin plus base path, ending in "/": "http://127.0.0.1:41234/". */
  url: string;
  close(): Promise<void>;
}

/** Requests under `path` are passed to `target` (e.g. the CMS's decap-server), as `npm start` does. */
export interface ProxyRule {
  /** Path prefix on this server, e.g. "/api/v1". */
  path: string;
  /** Where to send them, e.g. "http://127.0.0.1:8081/api/v1". */
  target: string;
}

/** Forwards one request to the proxy target, streaming body and answer. */
function forward(req: IncomingMessage, res: ServerResponse, rule: ProxyRule, pathname: string) {
  const target = new URL(rule.target + pathname.slice(rule.path.length));
  const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', (error) => res.writeHead(502, { 'Content-Type': 'text/plain' }).end(`Proxy error: ${error.message}`));
  req.pipe(upstream);
}

/** The request handler of serveDist: a static host over `root` under `base`, applying its `_headers`. */
export function distHandler(root: string = distDir, base: string = basePath, proxy?: () => ProxyRule | undefined): RequestListener {
  const top = resolve(root);
  const notFound = join(top, '404.html');
  // why: the build's _headers decide framing, policies and caching; browser tests must see that behaviour.
  const rules = existsSync(join(top, '_headers')) ? parseHeaders(readFileSync(join(top, '_headers'), 'utf8')) : [];

  return (req, res) => {
    const rule = proxy?.();
    const requested = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (rule && requested.startsWith(rule.path)) return forward(req, res, rule, requested);
    const send = (status: number, file: string) => {
      // why: no-store unless _headers says otherwise (hashed assets are cached for a year, as on a real host).
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headersFor(rules, requested), 'Content-Type': contentType(file) });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    const missing = () => {
      if (existsSync(notFound)) send(404, notFound);
      else res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (!pathname.startsWith(base)) return missing();
    let path: string;
    try {
      path = decodeURIComponent(pathname.slice(base.length - 1));
    } catch {
      return missing();
    }
    const file = join(top, path);
    // why: refuse "/../" tricks; only files under root are served.
    if (relative(top, file).startsWith('..') || !existsSync(file)) return missing();
    if (statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : missing();
    }
    send(200, file);
  };
}

/** Starts `server` on 127.0.0.1 on a random port; answers its port and a close() that drops kept-alive connections. */
export async function listenLocally(server: Server | HttpsServer): Promise<{ port: number; close(): Promise<void> }> {
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((done, fail) => {
        // why: browsers keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

/** Serves `root` (default dist/) under `base` (default the build's base path), with an optional proxy. */
export async function serveDist(root: string = distDir, base: string = basePath, proxy?: () => ProxyRule | undefined): Promise<DistServer> {
  const { port, close } = await listenLocally(createServer(distHandler(root, base, proxy)));
  return { url: `http://127.0.0.1:${port}${base}`, close };
}
