import { describe, expect, it } from 'vitest';
import { headersFor, matchesPath, parseHeaders } from '../helpers/headers-rules';

// why: the test server applies _headers with these; they must behave like Cloudflare Pages documents.
describe('headers-rules (the test server reading _headers)', () => {
  it('matches exact paths, splats and placeholders', () => {
    expect(matchesPath('/', '/')).toBe(true);
    expect(matchesPath('/', '/news/')).toBe(false);
    expect(matchesPath('/news/*', '/news/a/b')).toBe(true);
    expect(matchesPath('/news/*', '/newsroom/')).toBe(false);
    expect(matchesPath('/movies/:title', '/movies/x')).toBe(true);
    expect(matchesPath('/a.b', '/aXb')).toBe(false);
  });

  it('joins one header from several rules with a comma, and detaches with "!"', () => {
    const rules = parseHeaders('# c\n/*\n  X-Robots-Tag: noindex\n  A: 1\n/static/*\n  X-Robots-Tag: nosnippet\n  ! A\n');
    expect(headersFor(rules, '/static/x.css')).toEqual({ 'X-Robots-Tag': 'noindex, nosnippet' });
    expect(headersFor(rules, '/page')).toEqual({ 'X-Robots-Tag': 'noindex', A: '1' });
  });

  it('names the line of a header with no path above it', () => {
    expect(() => parseHeaders('  A: 1\n')).toThrow(/line 1/);
  });
});
