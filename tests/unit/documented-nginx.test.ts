/**
 * The deploy guide's nginx example (section "Deploy") is exactly the configuration that
 * tests/site/nginx-headers.test.ts runs real nginx with (src/lib/nginx-example.ts), so the deploy guide
 * cannot drift from what is tested. The headers themselves come from the build's nginx snippet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nginxServerExample } from '../../src/lib/nginx-example';

const readme = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1];

describe('docs/deploy.md nginx example', () => {
  it('is the tested configuration, word for word', () => {
    expect(nginx, 'a fenced ```nginx block in docs/deploy.md').toBe(nginxServerExample());
  });
});
