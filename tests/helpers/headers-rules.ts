/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format) and answers which headers a request
 * path gets, the way Cloudflare Pages documents it: every matching rule applies, values of one header
 * from several rules are joined with ", ", and "! Name" removes a header added by another rule.
 * Netlify also applies every matching rule; the build never sends one header from two rules
 * (tests/site/response-headers.test.ts), so both hosts send the same. Used by serve-dist.ts so
 * browser tests see the real headers.
 */

export interface HeaderRule {
  /** The rule's path pattern, e.g. "/hat/embed/*" or "/hat/". */
  path: string;
  /** Headers to add, in order. */
  set: [string, string][];
  /** Header names to remove (lower case). */
  detach: string[];
}

/**
 * The rules of a `_headers` file. Throws naming the line when a header line has no rule above it.
 * @example parseHeaders('/a/*\n  X-Frame-Options: DENY\n') // [{ path: '/a/*', set: [['X-Frame-Options', 'DENY']], detach: [] }]
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, set: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${index + 1}: a header with no path above it: "${trimmed}"`);
    if (trimmed.startsWith('!')) rule.detach.push(trimmed.slice(1).trim().toLowerCase());
    else {
      const colon = trimmed.indexOf(':');
      if (colon < 1) throw new Error(`_headers line ${index + 1}: expected "Name: value", found "${trimmed}"`);
      rule.set.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
    }
  });
  return rules;
}

/** True when a rule's pattern matches a request path: "*" matches anything, ":name" one segment. */
export function matchesPath(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a request path gets from the rules, names as first written.
 * @example headersFor(parseHeaders('/*\n  A: 1\n/x/*\n  A: 2\n'), '/x/y') // { A: '1, 2' }
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out = new Map<string, [string, string]>();
  const matching = rules.filter((rule) => matchesPath(rule.path, path));
  for (const rule of matching) {
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = out.get(key);
      out.set(key, previous ? [previous[0], `${previous[1]}, ${value}`] : [name, value]);
    }
  }
  for (const rule of matching) for (const name of rule.detach) out.delete(name);
  return Object.fromEntries(out.values());
}
