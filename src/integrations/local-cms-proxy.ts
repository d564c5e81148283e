/**
 * The dev server's forward of the CMS API (<base>api/v1) to decap-server, for `npm start` only.
 * why: decap-server writes content files and has no sign-in, so only this computer may use it:
 * a request from elsewhere on the network (`npm start -- --host`), or one addressed by another name
 * (DNS rebinding), gets 403 and a plain message, and is never forwarded.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOCAL_CMS_API_PATH } from '../lib/local-cms-api';
import { isLocalRequest } from '../lib/loopback';

// why: Astro strips the base before Vite's proxy sees a request, so the key has no base.
const LOCAL_CMS_API = `/${LOCAL_CMS_API_PATH}`;

/** What the refused caller reads. */
export const REFUSED_MESSAGE =
  'The content manager can only be used on the computer running `npm start`. Open the site there, at http://localhost, to edit.';

/**
 * Vite's `server.proxy` entry for the CMS API, forwarding to decap-server on 127.0.0.1:`port`.
 * @example localCmsProxy(8081) // { '/api/v1': { target: 'http://127.0.0.1:8081', bypass } }
 */
export function localCmsProxy(port: number | string) {
  return {
    [LOCAL_CMS_API]: {
      target: `http://127.0.0.1:${port}`,
      /** Refuses requests that are not from this computer; forwards the rest. */
      bypass(req: IncomingMessage, res: ServerResponse | undefined) {
        if (isLocalRequest({ remoteAddress: req.socket?.remoteAddress, host: req.headers.host })) return undefined;
        if (res && !res.writableEnded) {
          res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end(REFUSED_MESSAGE);
        }
        // why: returning a path tells Vite the request is dealt with; it sees the ended response and stops.
        return req.url ?? LOCAL_CMS_API;
      },
    },
  };
}
