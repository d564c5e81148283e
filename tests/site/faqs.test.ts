/**
 * /faqs/ answers questions in native <details> (works without JavaScript), grouped under <h2>s.
 */
import { describe, expect, it } from 'vitest';
import { loadPage } from '../helpers/built-pages';

describe('/faqs/', () => {
  const $ = () => loadPage('/faqs/');

  it('has at least 12 questions, each a <details> whose first child is its <summary>', () => {
    const doc = $();
    const details = doc('main details');
    expect(details.length).toBeGreaterThanOrEqual(12);
    details.each((i, el) => {
      const first = doc(el).children().first();
      expect(first.is('summary'), `question ${i + 1} starts with <summary>`).toBe(true);
      expect(first.text().trim(), `question ${i + 1} has summary text`).not.toBe('');
    });
  });

  it('groups the questions under <h2> headings', () => {
    const doc = $();
    // why: walk main in document order; each question belongs to the last <h2> before it.
    const groups = new Map<string, number>();
    let heading: string | undefined;
    const orphans: string[] = [];
    doc('main h2, main details').each((_, el) => {
      if (el.tagName === 'h2') {
        heading = doc(el).text().trim();
        return;
      }
      // (nested <details> inside an answer are part of that answer.)
      if (doc(el).parents('details').length > 0) return;
      if (heading === undefined) orphans.push(doc(el).children('summary').text().trim());
      else groups.set(heading, (groups.get(heading) ?? 0) + 1);
    });
    expect(orphans, 'questions before the first <h2>').toEqual([]);
    expect(groups.size, `groups with questions: ${[...groups.keys()].join(', ')}`).toBeGreaterThanOrEqual(2);
  });
});
