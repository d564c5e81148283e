/**
 * /documents/ lists each file with its type and size, and both match the real file in dist/.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath, fileForPath, listed, loadPage, stripBase } from '../helpers/built-pages';

/**
 * The size as a reader should see it, worked out here independently of src/lib:
 * whole KB (1 KB = 1,024 bytes) below 1 MB, MB with one decimal place from 1 MB.
 * @example formatSize(34_816) // '34 KB'
 */
function formatSize(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes < MB) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** The type a reader should see, from the file's own bytes where we can tell, else its extension. */
function fileType(bytes: Buffer, file: string): string {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'PDF';
  return extname(file).slice(1).toUpperCase();
}

describe('formatSize (the test oracle)', () => {
  it.each([
    [34 * 1024, '34 KB'],
    [1023 * 1024, '1023 KB'],
    [1024 * 1024, '1.0 MB'],
    [Math.round(1.5 * 1024 * 1024), '1.5 MB'],
  ])('%i bytes is %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});

describe('/documents/', () => {
  const $ = () => loadPage('/documents/');

  it('lists at least one document', () => {
    expect($()('li.app-document').length).toBeGreaterThan(0);
  });

  it('links each document to its file and shows the real type and size', () => {
    const doc = $();
    const problems: string[] = [];
    doc('li.app-document').each((i, li) => {
      const files = doc(li)
        .find('a[href]')
        .toArray()
        .map((a) => a.attribs.href ?? '')
        .filter((href) => /\.[a-z0-9]+$/i.test(new URL(href, 'https://site.invalid/').pathname) && !href.endsWith('.html'));
      const label = `document ${i + 1} (${doc(li).text().trim().replace(/\s+/g, ' ').slice(0, 60)})`;
      if (files.length !== 1) {
        problems.push(`${label}: expected one link to a file, found ${files.length}`);
        return;
      }
      const href = files[0] ?? '';
      const url = new URL(href, `https://site.invalid${basePath}documents/`);
      const path = url.origin === 'https://site.invalid' ? stripBase(url.pathname) : undefined;
      const file = path === undefined ? undefined : fileForPath(path);
      if (!file) {
        problems.push(`${label}: ${href} is not in dist/`);
        return;
      }
      const bytes = readFileSync(file);
      if (href.toLowerCase().endsWith('.pdf') && fileType(bytes, file) !== 'PDF') {
        problems.push(`${label}: ${href} does not start with %PDF-, so it is not a PDF`);
      }
      const expected = `${fileType(bytes, file)}, ${formatSize(bytes.length)}`;
      const shown = doc(li).find('.app-document__meta').text().trim().replace(/\s+/g, ' ');
      // why: the meta may go on ("PDF, 1.5 MB, 12 pages"); type and size must lead it.
      if (shown !== expected && !shown.startsWith(`${expected},`)) {
        problems.push(
          `${label}: <span class="app-document__meta"> says "${shown}", the file is "${expected}" (${bytes.length} bytes)`,
        );
      }
    });
    expect(problems, listed('document list problems', problems)).toEqual([]);
  });
});
