/** Host names where plain http:// is accepted: this machine only (local tests and trials). */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What a setting holding a web address must be. */
export interface WebAddressRule {
  /** The environment variable, named in the message. */
  name: string;
  /** An example value, shown in the message. */
  example: string;
  /** True when only an origin is accepted (scheme, host and port, no path). */
  originOnly?: boolean;
  /** A path ending the address must have, e.g. "/api/v4". */
  pathEnd?: string;
}

/**
 * The problem with a web address from the environment, in plain words, or undefined when it is fine:
 * https:// (http:// only on this machine), no user name, query or fragment, and the rule's path shape.
 * @example webAddressProblem('ftp://x', { name: 'CMS_API_ROOT', example: 'https://git.example.gov.uk/api/v1' }) // 'CMS_API_ROOT is "ftp://x", …'
 */
export function webAddressProblem(value: string, rule: WebAddressRule): string | undefined {
  const { name, example } = rule;
  const fix = `give the full address, e.g. ${example}.`;
  // why: the value becomes part of the admin's security policy; anything but a clean address is refused.
  if (/[\s'";,*]/.test(value) || !URL.canParse(value)) return `${name} is "${value}", which is not a web address: ${fix}`;
  const url = new URL(value);
  // why: a host name made of letters, digits, dots and hyphens (or an IP address) and nothing else.
  if (!/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) return `${name} is "${value}", which is not a web address: ${fix}`;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return `${name} is "${value}": it must start with https://, or editors' sign-in would cross the network unencrypted; ${fix}`;
  }
  if (url.username || url.password || url.search || url.hash) return `${name} is "${value}": remove the user name, "?…" or "#…" part; ${fix}`;
  const path = url.pathname.replace(/\/$/, '');
  if (rule.originOnly && path) {
    return `${name} is "${value}": give the server's address only, without a path, e.g. ${example} (Decap accepts the sign-in only from exactly that address).`;
  }
  if (rule.pathEnd && !path.endsWith(rule.pathEnd)) return `${name} is "${value}": it must end in ${rule.pathEnd}; ${fix}`;
  return undefined;
}

/** The origin of a web address ("https://git.example.gov.uk"), as a Content Security Policy source names it. */
export const originOf = (address: string): string => new URL(address).origin;
