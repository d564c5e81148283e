import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { REFUSED_MESSAGE, localCmsProxy } from '../../src/integrations/local-cms-proxy';
import { isLocalRequest, isLoopbackAddress, isLoopbackHost } from '../../src/lib/loopback';

describe('requests from this computer', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('%s is this computer', (a) => expect(isLoopbackAddress(a)).toBe(true));
  it.each(['192.0.2.2', '10.0.0.1', '::ffff:192.0.2.2', 'fe80::1', '', undefined, '1127.0.0.1'])('%s is not', (a) => expect(isLoopbackAddress(a)).toBe(false));
  it.each(['localhost', 'localhost:4321', 'LOCALHOST', 'cms.localhost:1', '127.0.0.1:4321', '[::1]:4321', '[::1]'])('Host %s names this computer', (h) =>
    expect(isLoopbackHost(h)).toBe(true));
  it.each(['192.0.2.2:4321', 'evil.example', 'localhost.evil.example', 'evil.example:80', '', undefined])('Host %s does not', (h) => expect(isLoopbackHost(h)).toBe(false));
  it('needs both a loopback address and a loopback name', () => {
    expect(isLocalRequest({ remoteAddress: '127.0.0.1', host: 'localhost:4321' })).toBe(true);
    expect(isLocalRequest({ remoteAddress: '192.0.2.9', host: 'localhost:4321' })).toBe(false);
    expect(isLocalRequest({ remoteAddress: '127.0.0.1', host: 'evil.example' })).toBe(false);
  });
});

describe("the dev server's CMS forward", () => {
  /** Calls the proxy's bypass as Vite does and records what it answered. */
  function call(remoteAddress: string, host: string) {
    const answer = { status: 0, body: '', writableEnded: false };
    const res = {
      get writableEnded() {
        return answer.writableEnded;
      },
      writeHead: (status: number) => void (answer.status = status),
      end: (body: string) => Object.assign(answer, { body, writableEnded: true }),
    } as unknown as ServerResponse;
    const req = { url: '/api/v1', socket: { remoteAddress }, headers: { host } } as unknown as IncomingMessage;
    const result = localCmsProxy(8081)['/api/v1']!.bypass(req, res);
    return { result, ...answer };
  }

  it('forwards to decap-server on 127.0.0.1 only', () => expect(localCmsProxy(9000)['/api/v1']!.target).toBe('http://127.0.0.1:9000'));
  it('lets a request from this computer through to decap-server', () => expect(call('127.0.0.1', 'localhost:4321')).toMatchObject({ result: undefined, status: 0 }));
  it('answers a request from the network itself, with 403 and a plain message', () =>
    expect(call('192.0.2.9', '192.0.2.2:4321')).toMatchObject({ result: '/api/v1', status: 403, body: REFUSED_MESSAGE, writableEnded: true }));
  it('refuses a request from this computer addressed by another name (DNS rebinding)', () =>
    expect(call('127.0.0.1', 'evil.example')).toMatchObject({ status: 403 }));
});
