/**
 * How GitHub's API answers over HTTP: JSON with the charset, the cross-origin headers browsers
 * need (GitHub allows any origin for token-authenticated calls), and request bodies read as JSON.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

// why: the values api.github.com sends, so the browser's preflight checks are the real ones.
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers':
    'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
};
const PREFLIGHT = {
  ...CORS,
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, Accept-Encoding, X-GitHub-OTP, X-Requested-With, User-Agent, GraphQL-Features, X-GitHub-Api-Version',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE',
  'Access-Control-Max-Age': '86400',
};

/** Answers a browser's CORS preflight (OPTIONS) as GitHub does: 204, no authentication asked. */
export function answerPreflight(res: ServerResponse): void {
  res.writeHead(204, PREFLIGHT).end();
}

/** Sends a JSON answer with GitHub's headers; `extra` adds e.g. Link or Location. */
export function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'private, max-age=60, s-maxage=60', ...extra });
  res.end(JSON.stringify(body));
}

/** Sends bytes of another type (an avatar picture), with GitHub's cross-origin header. */
export function sendBytes(res: ServerResponse, type: string, bytes: Buffer): void {
  res.writeHead(200, { ...CORS, 'Content-Type': type, 'Content-Length': String(bytes.length) }).end(bytes);
}

/** The request body parsed as JSON; undefined when empty; throws SyntaxError when not JSON. */
export async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}
