import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { newsSchema } from '../../src/schema';
import { testContext } from './schema-context';
import { readFrontmatter } from './frontmatter';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/content-errors/${name}`, import.meta.url));
const schema = newsSchema(testContext);

/** The messages a build would print for a fixture, as "field: message" lines. */
function problems(name: string): string[] {
  const result = schema.safeParse(readFrontmatter(fixture(name)));
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('invalid content gets a message naming the field and the fix', () => {
  it('missing title', () => {
    expect(problems('missing-title.mdx')).toEqual(["title: The title is missing. Add the title to the file's frontmatter."]);
  });

  it('a date in the wrong format shows what was found and the right format', () => {
    const [message] = problems('bad-date.mdx');
    expect(message).toMatch(/^published: .*YYYY-MM-DD, for example 2020-02-24 \(found "24\/02\/2020"\)/);
  });

  it('missing alt text names the choices', () => {
    expect(problems('missing-alt.mdx')).toEqual([
      expect.stringMatching(/^hero\.alt: Alt text is missing for this image\. Add alt: .* or set decorative: true/),
    ]);
  });

  it('a decorative image needs no alt text', () => {
    expect(problems('decorative-ok.mdx')).toEqual([]);
  });

  it('an unknown area lists the areas that exist', () => {
    const [message] = problems('unknown-area.mdx');
    expect(message).toContain('area: The area "darlington" is not one of the areas');
    expect(message).toContain('middlesbrough, redcar-and-cleveland, stockton-on-tees, hartlepool');
  });

  it('review dates out of order are both reported', () => {
    const messages = problems('review-before-published.mdx');
    expect(messages).toContain(
      'reviewDue: The next review due date (2019-01-01) is not after the last reviewed date (2020-01-01). Set reviewDue to a later date.',
    );
    expect(messages).toContain(
      'reviewed: The last reviewed date (2020-01-01) is before the published date (2021-06-01). Set reviewed to the published date or later.',
    );
  });

  it('messages are plain English: no zod jargon', () => {
    const all = ['missing-title.mdx', 'bad-date.mdx', 'missing-alt.mdx', 'unknown-area.mdx', 'review-before-published.mdx'].flatMap(problems);
    for (const message of all) {
      expect(message).not.toMatch(/Invalid input|expected \w+, received|ZodError|undefined/);
    }
  });
});
