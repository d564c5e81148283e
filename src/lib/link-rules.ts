// why: a link that looks like a path can leave the site: browsers read //other.host, /\other.host
// and a path with a tab or new line in it (/<tab>/other.host) as addresses on another site. Only a
// plain path on this site, or a full https:// address, is allowed where editors type links.

/** Whitespace, control characters and backslashes: browsers drop or rewrite them inside addresses. */
const UNSAFE = /[\s\x00-\x1f\x7f\\]/;

/**
 * A path on this site: a single / and then no second / or \ straight after it, no spaces or control characters.
 * @example isOnSitePath('/evidence/') // true
 * @example isOnSitePath('//other.host') // false
 */
export const isOnSitePath = (address: string): boolean => /^\/(?![/\\])/.test(address) && !UNSAFE.test(address);

/**
 * A full https:// address with a host name, no spaces, control characters or backslashes.
 * @example isHttpsAddress('https://www.tees.ac.uk/') // true
 * @example isHttpsAddress('https:/\\other.host') // false
 */
export function isHttpsAddress(address: string): boolean {
  if (!address.startsWith('https://') || UNSAFE.test(address)) return false;
  try {
    const parsed = new URL(address);
    return parsed.protocol === 'https:' && parsed.hostname !== '';
  } catch {
    return false;
  }
}
