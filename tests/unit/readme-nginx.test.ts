/**
 * The README's nginx example (section "Deploy") sends the same headers as the build's `_headers`
 * file: both come from src/lib/frame-policy.ts, and this test fails when the README drifts.
 * (It fails until the nginx block from the embeds README part is merged into README.md.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOW_FRAMING, COMMON_HEADERS, DENY_FRAMING, EMBED_DIR, type Header } from '../../src/lib/frame-policy';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1];

/** The add_header lines of each location block, by location path. */
function locations(config: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [, path, body] of config.matchAll(/location\s+(\S+)\s*\{([^}]*)\}/g)) {
    out.set(path, [...body.matchAll(/add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/g)].map(([, n, v]) => `${n}: ${v}`));
  }
  return out;
}
const lines = (headers: readonly Header[]) => headers.map(([n, v]) => `${n}: ${v}`);

describe('README.md nginx example', () => {
  it('has a ```nginx block', () => {
    expect(nginx, 'a fenced ```nginx block in README.md (merge /tmp/readme-parts/embeds.md)').toBeDefined();
  });

  it('denies framing in the site location and allows it in the embed location, with the same values', () => {
    const blocks = locations(nginx ?? '');
    const embed = [...blocks.keys()].find((p) => p.endsWith(`/${EMBED_DIR}/`));
    const site = [...blocks.keys()].find((p) => p !== embed);
    expect(embed, 'a location …/embed/ block').toBeDefined();
    expect(site, 'a location block for the rest of the site').toBeDefined();
    expect(blocks.get(site!)?.sort()).toEqual(lines([...COMMON_HEADERS, ...DENY_FRAMING]).sort());
    expect(blocks.get(embed!)?.sort()).toEqual(lines([...COMMON_HEADERS, ...ALLOW_FRAMING]).sort());
  });
});
