import { describe, expect, it } from 'vitest';
import { HTML_CLASS, TEXT_SIZES, parseTextSize, replacementText, textSizeClass } from '../../src/lib/reading-options';

describe('parseTextSize', () => {
  it('keeps the three sizes', () => {
    for (const size of TEXT_SIZES) expect(parseTextSize(size)).toBe(size);
  });

  it.each([null, undefined, '', 'huge', 'LARGE', ' large', '{"size":"large"}', 'constructor', 'toString'])(
    'falls back to the default for %j',
    (value) => {
      expect(parseTextSize(value)).toBe('default');
    },
  );
});

describe('textSizeClass', () => {
  it('gives each bigger size its own class and the default none', () => {
    expect(textSizeClass('default')).toBeUndefined();
    expect(textSizeClass('large')).toBe(`${HTML_CLASS.textSizePrefix}large`);
    expect(textSizeClass('largest')).toBe('app-text-size-largest');
  });
});

describe('replacementText', () => {
  it('shows an image as its alt text, tidied', () => {
    expect(replacementText('A clinic\n  room')).toBe('[Image: A clinic room]');
    expect(replacementText('Say "hi" & <wave>')).toBe('[Image: Say "hi" & <wave>]');
  });

  it('leaves decorative images out (empty or missing alt)', () => {
    expect(replacementText('')).toBeUndefined();
    expect(replacementText('   ')).toBeUndefined();
    expect(replacementText(null)).toBeUndefined();
  });

  it('names videos as videos', () => {
    expect(replacementText('A day at the clinic', 'Video')).toBe('[Video: A day at the clinic]');
  });
});
