import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share-links';

describe('shareLinks', () => {
  const links = shareLinks('https://example.org/news/a b/?x=1&y=2', 'Scheme & "results"');
  const byLabel = Object.fromEntries(links.map((l) => [l.label, l.href]));

  it('offers email, WhatsApp, Facebook, X and LinkedIn as plain links', () => {
    expect(links.map((l) => l.label)).toEqual(['Share by email', 'Share on WhatsApp', 'Share on Facebook', 'Share on X', 'Share on LinkedIn']);
  });

  it('encodes the title and address so they survive the round trip', () => {
    const fb = new URL(byLabel['Share on Facebook']);
    expect(fb.searchParams.get('u')).toBe('https://example.org/news/a b/?x=1&y=2');
    const x = new URL(byLabel['Share on X']);
    expect(x.searchParams.get('text')).toBe('Scheme & "results"');
    expect(byLabel['Share by email']).toBe('mailto:?subject=Scheme%20%26%20%22results%22&body=https%3A%2F%2Fexample.org%2Fnews%2Fa%20b%2F%3Fx%3D1%26y%3D2');
  });
});

describe('shareLinks, every network', () => {
  const pageUrl = 'https://example.org/news/2020-02-24-early-findings/?a=1&b=two#figures';
  const title = `Scheme & "results": what's next? 100% <fine> – £3.7m`;
  const links = shareLinks(pageUrl, title);
  const byNetwork = Object.fromEntries(links.map((l) => [l.network, new URL(l.href)]));

  it('names each link by its network', () => {
    expect(links.map((l) => l.network)).toEqual(['email', 'whatsapp', 'facebook', 'x', 'linkedin']);
  });

  it('round-trips the exact title and address through every link', () => {
    expect(byNetwork.email.searchParams.get('subject')).toBe(title);
    expect(byNetwork.email.searchParams.get('body')).toBe(pageUrl);
    expect(byNetwork.whatsapp.searchParams.get('text')).toBe(`${title} ${pageUrl}`);
    expect(byNetwork.facebook.searchParams.get('u')).toBe(pageUrl);
    expect(byNetwork.x.searchParams.get('text')).toBe(title);
    expect(byNetwork.x.searchParams.get('url')).toBe(pageUrl);
    expect(byNetwork.linkedin.searchParams.get('url')).toBe(pageUrl);
  });

  it('goes only to each network\'s own share address, over https (email aside)', () => {
    expect(links.map((l) => l.href.split('?')[0])).toEqual([
      'mailto:',
      'https://wa.me/',
      'https://www.facebook.com/sharer/sharer.php',
      'https://x.com/intent/post',
      'https://www.linkedin.com/sharing/share-offsite/',
    ]);
  });

  it('leaves no raw space, quote, ampersand or angle bracket in any query', () => {
    for (const link of links) expect(link.href.split('?')[1], link.label).not.toMatch(/[ "<>#]|&(?![a-z]+=)/);
  });

  it.each(['/news/a/', 'news/a/', 'javascript:alert(1)', 'ftp://example.org/a', ''])(
    'refuses %j as the page address, saying how to fix it',
    (bad) => {
      expect(() => shareLinks(bad, 'Title')).toThrow(/full address .*SITE_URL/);
    },
  );
});
