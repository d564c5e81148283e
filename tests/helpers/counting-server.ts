/**
 * A server on 127.0.0.1 that answers anything with 200 (and lets any origin read it) and counts the
 * requests it got: the "somewhere else" a page's Content Security Policy must stop it reaching.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running counting server. */
export interface CountingServer {
  /** Its origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  /** The paths asked for, in order. */
  hits: string[];
  close(): Promise<void>;
}

/** Starts a counting server on a free port. */
export async function startCountingServer(): Promise<CountingServer> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '/');
    res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' }).end('{"reached":true}');
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
