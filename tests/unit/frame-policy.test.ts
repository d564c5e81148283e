import { describe, expect, it } from 'vitest';
import { ALLOW_FRAMING, COMMON_HEADERS, DENY_FRAMING, headersFile, nginxLocations } from '../../src/lib/frame-policy';
import { headersFor, parseHeaders } from '../helpers/headers-rules';

const built = { dirs: ['_astro', 'embed', 'news', 'text-only', 'oembed'], files: ['index.html', '404.html', 'favicon.svg'] };

describe.each(['/', '/hat/'])('the _headers file under base %s', (base) => {
  const rules = parseHeaders(headersFile(base, built));
  const at = (path: string) => headersFor(rules, `${base}${path}`);

  it('lets any site frame the widgets and never sends them X-Frame-Options', () => {
    for (const path of ['embed/news/', 'embed/faqs/is-it-legal/', 'embed/resize.js']) {
      const headers = at(path);
      expect(headers['Content-Security-Policy'], path).toBe('frame-ancestors *');
      expect(headers['X-Frame-Options'], path).toBeUndefined();
    }
  });

  it('denies framing of every other page, including the home page and the text-only copies', () => {
    for (const path of ['', 'index.html', '404.html', 'news/', 'news/2020-02-24-early-findings/', 'text-only/news/', 'oembed/news.json']) {
      const headers = at(path);
      expect(headers['X-Frame-Options'], path || '(home)').toBe('DENY');
      expect(headers['Content-Security-Policy'], path || '(home)').toBe("frame-ancestors 'none'");
    }
  });

  it('sends nosniff and a referrer policy everywhere', () => {
    for (const path of ['', 'embed/news/', 'news/']) {
      expect(at(path)['X-Content-Type-Options']).toBe('nosniff');
      expect(at(path)['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  it('has no rule that would deny framing and also match a widget (hosts join such values)', () => {
    const denying = rules.filter((r) => r.set.some(([n]) => n === 'X-Frame-Options'));
    expect(denying.map((r) => r.path)).not.toContain(`${base}*`);
    expect(denying.some((r) => r.path.startsWith(`${base}embed`))).toBe(false);
  });

  it('puts every rule under the base path', () => {
    for (const rule of rules) expect(rule.path.startsWith(base), rule.path).toBe(true);
  });
});

describe('nginxLocations', () => {
  const config = nginxLocations('/hat/');
  const block = (path: string) => config.match(new RegExp(`location ${path} \\{([^}]*)\\}`))?.[1] ?? '';

  it('denies framing under the base and allows it under embed/, repeating the common headers in each', () => {
    for (const [name, value] of [...COMMON_HEADERS, ...DENY_FRAMING]) expect(block('/hat/')).toContain(`add_header ${name} "${value}" always;`);
    for (const [name, value] of [...COMMON_HEADERS, ...ALLOW_FRAMING]) expect(block('/hat/embed/')).toContain(`add_header ${name} "${value}" always;`);
    expect(block('/hat/embed/')).not.toContain('X-Frame-Options');
  });
});
