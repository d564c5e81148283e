import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/lib/file-size';

describe('formatFileSize', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [23_552, '23 KB'],
    [1_048_575, '1 MB'],
    [1_047_040, '1023 KB'],
    [1_048_576, '1 MB'],
    [1_572_864, '1.5 MB'],
    [2_097_152, '2 MB'],
  ])('%i bytes is "%s"', (bytes, label) => {
    expect(formatFileSize(bytes)).toBe(label);
  });

  it('refuses nonsense', () => {
    expect(() => formatFileSize(-1)).toThrow(/number of bytes/);
    expect(() => formatFileSize(Number.NaN)).toThrow(/number of bytes/);
  });
});
