/**
 * A stand-in for the OAuth proxy the deploy guide asks GitHub sites to run (CMS_AUTH_URL), on its own
 * 127.0.0.1 port: GET /auth shows an "Authorize" screen for the scope Decap asks, GET /callback
 * hands the token to the admin window (oauth-pages.ts). Nothing is fetched by the admin page from
 * here: it only opens this origin in a sign-in window.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { authorizePage, callbackPage } from './oauth-pages';

/** A running OAuth proxy. */
export interface OAuthProxyStandIn {
  /** Its origin, to build the admin with (CMS_AUTH_URL). */
  origin: string;
  /** Every page asked for, as "/auth?provider=github&…". */
  visits: string[];
  close(): Promise<void>;
}

/** Starts the proxy; it gives out `token` to whoever presses "Authorize" for the "repo" scope. */
export async function startOAuthProxy(token: string): Promise<OAuthProxyStandIn> {
  const visits: string[] = [];
  // why: each /auth visit gets a one-time code bound to the site that asked, as a real proxy's state.
  const codes = new Map<string, string>();
  const html = (res: import('node:http').ServerResponse, status: number, page: string) =>
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    visits.push(`${url.pathname}${url.search}`);
    const q = url.searchParams;
    if (url.pathname === '/auth') {
      // why: Decap's GitHub backend asks for provider=github and scope=repo (public_repo for open authoring).
      if (q.get('provider') !== 'github' || q.get('scope') !== 'repo' || !q.get('site_id')) return html(res, 400, 'Unknown provider or scope');
      const code = randomBytes(12).toString('hex');
      codes.set(code, q.get('site_id')!);
      return html(res, 200, authorizePage({ scope: q.get('scope')!, siteId: q.get('site_id')!, code }));
    }
    if (url.pathname === '/callback') {
      const siteId = codes.get(q.get('code') ?? '');
      if (!siteId) return html(res, 400, 'Unknown or used code');
      codes.delete(q.get('code')!);
      return html(res, 200, callbackPage({ token, siteId }));
    }
    html(res, 404, 'Not found');
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    visits,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
