/**
 * Content Security Policies as data: read the policy Astro wrote into a page's <meta>, join the
 * policies of several pages into one a header can send for all of them, and write it back out.
 * Parsing follows the CSP specification (content-security-policy-parser).
 */
import parseContentSecurityPolicy from 'content-security-policy-parser';

/** A policy: directive name (lower case) to its source list, in the order written. */
export type Policy = Map<string, string[]>;

/** The policy a serialised string holds, e.g. "default-src 'self'; img-src 'self' data:". */
export const parsePolicy = (text: string): Policy => parseContentSecurityPolicy(text);

/**
 * The policy as one header value, directives in their order.
 * @example serialisePolicy(new Map([['default-src', ["'self'"]], ['object-src', ["'none'"]]])) // "default-src 'self'; object-src 'none'"
 */
export const serialisePolicy = (policy: Policy): string => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** Sources that make a browser ignore 'unsafe-inline' in the same directive (CSP level 2 and later). */
const HASH_OR_NONCE = /^'(?:sha256|sha384|sha512|nonce)-/;
const hasHash = (sources: string[]) => sources.some((source) => HASH_OR_NONCE.test(source));
/** True when a source list lets inline code run through 'unsafe-inline' alone. */
const reliesOnUnsafeInline = (sources: string[]) => sources.includes("'unsafe-inline'") && !hasHash(sources);

/**
 * One policy that allows what each of `policies` allows, for a header rule that covers several
 * pages (every page also carries its own <meta> policy, and a browser enforces both, so each page
 * still gets exactly its own). Throws, naming `where`, when that cannot be written as one policy:
 * pages with different directives (a missing directive falls back to another one, or to no limit),
 * or 'unsafe-inline' beside a hash (browsers then ignore 'unsafe-inline', breaking the page that needs it).
 * @example serialisePolicy(unionOfPolicies([parsePolicy("script-src 'self'"), parsePolicy("script-src 'self' 'wasm-unsafe-eval'")], '/text-only/')) // "script-src 'self' 'wasm-unsafe-eval'"
 */
export function unionOfPolicies(policies: Policy[], where: string): Policy {
  const [first, ...rest] = policies;
  if (!first) throw new Error(`No page policies to join for ${where}.`);
  const names = [...first.keys()];
  for (const other of rest) {
    const differs = [...other.keys()].sort().join() !== [...names].sort().join();
    if (differs) {
      throw new Error(
        `The pages under ${where} have Content Security Policies with different directives ("${names.join(', ')}" and "${[...other.keys()].join(', ')}"). ` +
          'One header rule cannot serve both: give the page that relaxes its policy a folder of its own (as /admin/ has).',
      );
    }
  }
  const union: Policy = new Map();
  for (const name of names) {
    const sources = [...new Set(policies.flatMap((policy) => policy.get(name) ?? []))];
    // why: 'none' means "nothing" only when it stands alone; beside other sources it is dropped.
    const joined = sources.length > 1 ? sources.filter((source) => source !== "'none'") : sources;
    if (hasHash(joined) && policies.some((policy) => reliesOnUnsafeInline(policy.get(name) ?? []))) {
      throw new Error(
        `The pages under ${where} cannot share one ${name}: some allow 'unsafe-inline' without hashes, others list hashes, and a browser ignores 'unsafe-inline' beside a hash. ` +
          'Give the page that needs inline code a folder of its own (as /admin/ has).',
      );
    }
    union.set(name, joined);
  }
  return union;
}

/**
 * The policy with `frame-ancestors` set (it only works in a header, never in a <meta>).
 * @example serialisePolicy(withFrameAncestors(parsePolicy("default-src 'self'"), "'none'")) // "default-src 'self'; frame-ancestors 'none'"
 */
export function withFrameAncestors(policy: Policy, ancestors: string): Policy {
  const out: Policy = new Map(policy);
  out.delete('frame-ancestors');
  out.set('frame-ancestors', [ancestors]);
  return out;
}
