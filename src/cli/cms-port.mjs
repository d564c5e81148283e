// @ts-check
// Chooses the port decap-server (the CMS's local backend) listens on, before anything starts.
import { createServer } from 'node:net';

/** The port decap-server uses unless DECAP_PORT says otherwise (decap-server's own default). */
export const DEFAULT_CMS_PORT = 8081;

/**
 * True when nothing listens on 127.0.0.1:port.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export const isPortFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** @returns {Promise<number>} a port the system says is free on 127.0.0.1. */
const anyFreePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });

/**
 * The CMS backend's port: DECAP_PORT if set (and free), else 8081, else any free port.
 * Returns a message for the person at the keyboard when the port cannot be used or was moved.
 * @param {string | undefined} asked the DECAP_PORT setting, if any
 * @returns {Promise<{ port: number, note?: string } | { error: string }>}
 */
export async function chooseCmsPort(asked) {
  if (asked !== undefined && asked !== '') {
    const port = Number(asked);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      return { error: `DECAP_PORT is set to "${asked}", which is not a port number. Set it to a number such as 8081, or remove it.` };
    }
    // why: a port someone chose on purpose is never silently replaced.
    if (!(await isPortFree(port))) {
      return {
        error: `Port ${port} (set by DECAP_PORT) is already in use, so the CMS backend cannot start there. Stop whatever uses it (perhaps another "npm start" still running), or set DECAP_PORT to another port, or remove DECAP_PORT to let this command choose.`,
      };
    }
    return { port };
  }
  if (await isPortFree(DEFAULT_CMS_PORT)) return { port: DEFAULT_CMS_PORT };
  // why: only the site's dev server talks to this port (through its /api/v1 proxy), so moving it
  // changes nothing for the person using /admin; refusing would only add a step.
  const port = await anyFreePort();
  return { port, note: `Port ${DEFAULT_CMS_PORT} is already in use (perhaps another copy of the CMS), so the CMS backend uses port ${port} instead. Nothing else changes.` };
}
