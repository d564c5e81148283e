import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../helpers/build-site';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Words and marks of zod and Astro that mean nothing to a comms officer. */
const JARGON = /Required|Expected|invalid_type|\*\*|received/;

/** Builds a fixture folder, hands the result to the checks, and always cleans up. */
function build(name: string, check: (result: { status: number | null; output: string }) => void) {
  const result = buildSite(fixture(name));
  try {
    check(result);
  } finally {
    result.remove();
  }
}

// why: proves the real `astro build` (not just the schema) stops on a bad file and says why,
// in words a comms officer can act on.
describe('npm run build refuses invalid content', () => {
  it('fails naming the file, each field and the fix', { timeout: 180_000 }, () => {
    build('bad-build', ({ status, output }) => {
      expect(status).not.toBe(0);
      expect(output).toContain('news → 2020-02-24-broken data does not match collection schema');
      expect(output).toContain('bad-build/news/2020-02-24-broken.mdx');
      expect(output).toContain("title: The title is missing. Add the title to the file's frontmatter.");
      expect(output).toMatch(/published: .*YYYY-MM-DD, for example 2020-02-24 \(found "24th February 2020"\)/);
      expect(output).toContain('area: The area "darlington" is not one of the areas in the site settings');
      expect(output).toContain('hero.alt: Alt text is missing for this image.');
      expect(output).not.toMatch(JARGON);
    });
  });

  it('names a misspelt field, fields of the wrong kind and a link that leaves the site, in plain words', { timeout: 180_000 }, () => {
    build('bad-fields', ({ status, output }) => {
      expect(status).not.toBe(0);
      expect(output).toContain('bad-fields/news/2020-03-01-more-broken.mdx');
      expect(output).toContain('date: `date` is not a field of a news article; did you mean `published`?');
      expect(output).toContain('published: The published date (published) is missing.');
      expect(output).toContain('hero: Main image (hero) must be a group of fields, each on its own line below it and indented, but it is the text "chart.jpg".');
      expect(output).toContain('related.0: Item 1 of Related links (related) must be a group of fields');
      expect(output).toContain('related.1.url: The link address (url) "//other.host/" cannot be used.');
      expect(output).toContain('draft: Draft (draft) must be true or false, but it is the text "yes".');
      expect(output).not.toMatch(JARGON);
    });
  });

  it('refuses uploads that could carry script, naming the content file and the uploaded file', { timeout: 180_000 }, () => {
    build('bad-uploads', ({ status, output }) => {
      expect(status).not.toBe(0);
      expect(output).toContain(
        'content/documents/report.mdx: file: Only PDF, Word (.docx), OpenDocument text (.odt), Excel (.xlsx), OpenDocument spreadsheet (.ods), PowerPoint (.pptx), CSV and plain text (.txt) files can be uploaded here. report.xml is an XML file, which is not allowed.',
      );
      expect(output).toContain('content/news/2026-11-01-logo.mdx: hero.src: Only JPEG, PNG and WebP images can be uploaded here. logo.svg is an SVG image, which is not allowed.');
      expect(output, 'no hint about browser code, which would mislead').not.toContain('Browser APIs');
    });
  });

  it('refuses a date that is not on the calendar, instead of moving it to the next month', { timeout: 180_000 }, () => {
    build('bad-dates', ({ status, output }) => {
      expect(status).not.toBe(0);
      expect(output).toContain('content/news/2020-02-30-leap-day.mdx: published: published is 2020-02-30, which is not a real date: February 2020 has 29 days. Correct the date.');
      expect(output).toContain('content/evidence/figures.yaml: source.date: source.date is 2021-02-29, which is not a real date: February 2021 has 28 days.');
    });
  });
});
