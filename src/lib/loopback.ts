/**
 * Whether a request to the dev server came from this computer. why: `npm start` forwards the CMS's
 * API to decap-server, which writes content files with no sign-in; `npm start -- --host` lets phones
 * on the network see the site, and they must not reach that API.
 */

/** True for an address of this computer: 127.0.0.0/8, ::1, or either written as IPv6-mapped. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/i, '');
  return plain === '::1' || /^127(\.\d{1,3}){3}$/.test(plain);
}

/**
 * True for a Host header naming this computer: localhost (and *.localhost), 127.x.x.x or [::1],
 * with or without a port. why: a web page elsewhere can point its own name at 127.0.0.1 (DNS
 * rebinding); its requests then arrive from this computer but carry that other name.
 * @example isLoopbackHost('localhost:4321') // true
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.trim().toLowerCase().replace(/:\d+$/, '');
  if (name === '[::1]') return true;
  return name === 'localhost' || name.endsWith('.localhost') || isLoopbackAddress(name);
}

/**
 * True when a request both came from this computer and was addressed to it by a loopback name.
 * @example isLocalRequest({ remoteAddress: '127.0.0.1', host: 'localhost:4321' }) // true
 */
export function isLocalRequest({ remoteAddress, host }: { remoteAddress?: string; host?: string }): boolean {
  return isLoopbackAddress(remoteAddress) && isLoopbackHost(host);
}
