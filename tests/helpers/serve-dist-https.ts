/**
 * The built site as a real host serves it: over HTTPS on 127.0.0.1 with a certificate made for the
 * test run, plus an HTTP port that redirects every request to HTTPS, with the build's `_headers`
 * applied (serve-dist.ts). For the HTTP Observatory, which grades HTTPS and the redirect to it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { basePath, distDir } from './built-pages';
import { distHandler, listenLocally } from './serve-dist';

/** The host name the certificate is made for. */
export const LOCAL_HOST = '127.0.0.1';

export interface HttpsDistServer {
  /** "127.0.0.1". */
  host: string;
  /** The port that answers every request with a redirect to HTTPS. */
  httpPort: number;
  httpsPort: number;
  /** A PEM file with the certificate: trust it with NODE_EXTRA_CA_CERTS (Node reads it at start-up). */
  caFile: string;
  close(): Promise<void>;
}

/**
 * A certificate for 127.0.0.1 (and localhost), valid for a day, that is its own certificate
 * authority, so a client can trust it alone.
 */
export async function localCertificate(): Promise<{ key: string; cert: string }> {
  const day = 24 * 60 * 60 * 1000;
  const { private: key, cert } = await generate([{ name: 'commonName', value: LOCAL_HOST }], {
    keyType: 'ec',
    curve: 'P-256',
    notBeforeDate: new Date(Date.now() - day),
    notAfterDate: new Date(Date.now() + day),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: LOCAL_HOST }, { type: 2, value: 'localhost' }] },
    ],
  });
  return { key, cert };
}

/** Serves `root` (default dist/) under `base` over HTTPS, with an HTTP port that redirects to it. */
export async function serveDistHttps(root: string = distDir, base: string = basePath): Promise<HttpsDistServer> {
  const { key, cert } = await localCertificate();
  const dir = mkdtempSync(join(tmpdir(), 'hat-tls-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, cert);
  const https = await listenLocally(createHttpsServer({ key, cert }, distHandler(root, base)));
  // why: as a real host does, plain HTTP only ever redirects to the same path over HTTPS.
  const http = await listenLocally(createServer((req, res) => res.writeHead(301, { Location: `https://${LOCAL_HOST}:${https.port}${req.url ?? '/'}` }).end()));
  return {
    host: LOCAL_HOST,
    httpPort: http.port,
    httpsPort: https.port,
    caFile,
    close: async () => {
      await Promise.all([http.close(), https.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
