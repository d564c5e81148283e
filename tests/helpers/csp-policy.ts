/**
 * The Content Security Policy a built page carries in its <meta http-equiv>, as directives, for
 * tests that check what a page may reach.
 */
import { load } from 'cheerio';

/** The policy's directives by name, each with its sources: "connect-src" → ["'self'", "blob:", …]. */
export function metaCsp(html: string): Map<string, string[]> {
  const policy = load(html)('meta[http-equiv="content-security-policy"]').attr('content');
  if (policy === undefined) throw new Error('The page has no Content Security Policy <meta>.');
  return parseCsp(policy);
}

/** A policy string split into directives ("a b; c d" → a: [b], c: [d]); a repeated directive keeps its first value, as browsers do. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
