import { describe, expect, it } from 'vitest';
import { ACCENT_BACKGROUNDS, ACCENT_PALETTE, MIN_CONTRAST, checkAccent, contrastRatio, parseEmbedOptions } from '../../src/lib/embed-options';

const list = { defaultCount: 3, maxCount: 10, areas: ['middlesbrough', 'hartlepool'] };
const single = { defaultCount: 0, maxCount: 0, areas: [] };
const DEFAULTS = { accent: undefined, layout: 'full', count: 3, area: undefined };
const parse = (search: string, spec = list) => parseEmbedOptions(search, spec);
const optionsOf = (search: string, spec = list) => {
  const { ignored: _ignored, ...options } = parse(search, spec);
  return options;
};

describe('parseEmbedOptions: good values', () => {
  it('gives the defaults for an empty query', () => {
    expect(optionsOf('')).toEqual(DEFAULTS);
    expect(parse('').ignored).toEqual([]);
  });

  it('reads a palette name, a layout, a count and an area', () => {
    expect(optionsOf('?accent=teal&layout=compact&count=7&area=hartlepool')).toEqual({ accent: ACCENT_PALETTE.teal, layout: 'compact', count: 7, area: 'hartlepool' });
  });

  it('reads a dark #rrggbb colour in either case, as lower case', () => {
    expect(parse('?accent=%23123ABC').accent).toBe('#123abc');
  });

  it('accepts the edges of the count range', () => {
    expect(parse('?count=1').count).toBe(1);
    expect(parse('?count=10').count).toBe(10);
  });
});

describe('parseEmbedOptions: bad values fall back to the default and say why', () => {
  it.each([
    ['a script tag', '?accent=<script>alert(1)</script>&count=<script>&layout=<img src=x onerror=alert(1)>&area=<svg>'],
    ['quotes', `?accent=" style="x&count='5'&layout="compact"&area='hartlepool'`],
    ['CSS injection', '?accent=red;background:url(https://evil.example)&accent2=x'],
    ['an unknown colour name and layout', '?accent=fuchsia&layout=grid'],
    ['out-of-range and odd counts', '?count=0'],
    ['a negative count', '?count=-1'],
    ['a too large count', '?count=11'],
    ['a decimal count', '?count=2.5'],
    ['a count with spaces', '?count=%203'],
    ['an exponent', '?count=1e1'],
    ['an unknown area', '?area=darlington'],
    ['an area in another case', '?area=Hartlepool'],
    ['empty values', '?accent=&layout=&count=&area='],
  ])('%s', (_what, search) => {
    expect(optionsOf(search)).toEqual(DEFAULTS);
  });

  it('names each ignored option with a reason, and never echoes the value', () => {
    const { ignored } = parse('?accent=<script>&count=<b>&layout=x&area=y');
    expect(ignored.map((i) => i.name)).toEqual(['accent', 'layout', 'count', 'area']);
    for (const { reason } of ignored) expect(reason).not.toMatch(/[<>"']/);
  });

  it('refuses a parameter given twice, even when one value is good', () => {
    const result = parse('?count=5&count=6&accent=teal&accent=navy');
    expect(result.count).toBe(3);
    expect(result.accent).toBeUndefined();
    expect(result.ignored).toEqual([
      { name: 'accent', reason: 'given more than once' },
      { name: 'count', reason: 'given more than once' },
    ]);
  });

  it('refuses a colour too light to read on white or on the cards', () => {
    expect(parse('?accent=%23ffff00').accent).toBeUndefined();
    expect(parse('?accent=%23777777').ignored[0].reason).toMatch(/too light: 4\.\d\d:1/);
  });

  it('refuses #rgb, named CSS colours and colour functions', () => {
    for (const value of ['%23000', 'darkblue', 'rgb(0,0,0)', 'var(--x)', '%23000000ff']) expect(parse(`?accent=${value}`).accent).toBeUndefined();
  });

  it('ignores count and area on a widget without them', () => {
    expect(optionsOf('?count=5&area=hartlepool', single)).toEqual({ ...DEFAULTS, count: 0 });
    expect(parse('?count=5&area=hartlepool', single).ignored.map((i) => i.reason)).toEqual(['this widget has no count option', 'this widget has no area option']);
  });

  it('ignores parameters it does not know', () => {
    expect(parse('?utm_source=x&colour=red').ignored).toEqual([]);
  });
});

describe('the accent palette', () => {
  it.each(Object.entries(ACCENT_PALETTE))('%s (%s) has at least 4.5:1 contrast on every widget background', (_name, hex) => {
    for (const bg of ACCENT_BACKGROUNDS) expect(contrastRatio(hex, bg), `${hex} on ${bg}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(checkAccent(hex)).toEqual({ value: hex });
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
