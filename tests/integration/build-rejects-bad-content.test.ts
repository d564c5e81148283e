import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../helpers/build-site';

const fixture = fileURLToPath(new URL('../fixtures/bad-build', import.meta.url));

// why: proves the real `astro build` (not just the schema) stops on a bad file and says why,
// in words a comms officer can act on.
describe('npm run build refuses invalid content', () => {
  it('fails naming the file, each field and the fix', { timeout: 180_000 }, () => {
    const result = buildSite(fixture);
    try {
      const { output } = result;
      expect(result.status).not.toBe(0);
      expect(output).toContain('news → 2020-02-24-broken data does not match collection schema');
      expect(output).toContain('bad-build/news/2020-02-24-broken.mdx');
      expect(output).toContain("title: The title is missing. Add the title to the file's frontmatter.");
      expect(output).toMatch(/published: .*YYYY-MM-DD, for example 2020-02-24 \(found "24th February 2020"\)/);
      expect(output).toContain('area: The area "darlington" is not one of the areas in the site settings');
      expect(output).toContain('hero.alt: Alt text is missing for this image.');
    } finally {
      result.remove();
    }
  });
});
