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
