import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { EMBED_WIDTH, embedSnippet, fullSnippet, oembedJson, resizeScriptTag } from '../../src/lib/embed-snippet';

const input = { src: 'https://example.gov.uk/hat/embed/faqs/is-it-legal/', title: 'Is it "legal" & <safe>? – HAT', height: 420 };

describe('embedSnippet', () => {
  it('is one iframe with the address, a title, lazy loading and a size', () => {
    const $ = cheerio.load(embedSnippet(input), null, false);
    const frame = $('iframe');
    expect($.root().children().length).toBe(1);
    expect(frame.attr('src')).toBe(input.src);
    expect(frame.attr('title')).toBe(input.title);
    expect(frame.attr('loading')).toBe('lazy');
    expect(frame.attr('width')).toBe(String(EMBED_WIDTH));
    expect(frame.attr('height')).toBe('420');
  });

  it('escapes quotes and angle brackets in the title so it cannot leave its attribute', () => {
    const html = embedSnippet(input);
    expect(html).toContain('title="Is it &quot;legal&quot; &amp; &lt;safe&gt;? – HAT"');
    expect(html.match(/</g)?.length).toBe(2);
  });

  it('refuses a relative address and a bad height, saying how to fix it', () => {
    expect(() => embedSnippet({ ...input, src: '/embed/faqs/' })).toThrow(/full address.*SITE_URL/);
    expect(() => embedSnippet({ ...input, height: 0 })).toThrow(/positive height/);
    expect(() => embedSnippet({ ...input, height: 12.5 })).toThrow(/whole/);
  });
});

describe('fullSnippet and resizeScriptTag', () => {
  it('puts the optional resize script on its own line after the iframe', () => {
    const [frame, script] = fullSnippet(input, 'https://example.gov.uk/hat/embed/resize.js').split('\n');
    expect(frame).toBe(embedSnippet(input));
    expect(script).toBe('<script src="https://example.gov.uk/hat/embed/resize.js" defer></script>');
  });

  it('refuses a relative script address', () => {
    expect(() => resizeScriptTag('/embed/resize.js')).toThrow(/full address/);
  });
});

describe('oembedJson', () => {
  it('is an oEmbed 1.0 rich answer whose html is the same snippet', () => {
    const json = oembedJson({ ...input, widgetTitle: 'Is it legal?' }, { name: 'HAT', url: 'https://example.gov.uk/hat/' });
    expect(json).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Is it legal?',
      provider_name: 'HAT',
      provider_url: 'https://example.gov.uk/hat/',
      html: embedSnippet(input),
      width: EMBED_WIDTH,
      height: 420,
      cache_age: 86400,
    });
  });
});
