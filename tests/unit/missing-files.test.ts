import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeMissing, findMissingFiles } from '../../src/lib/missing-files';

describe('content that points at missing files', () => {
  it('names the entry, the field and the path, and ignores files that exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hat-missing-'));
    try {
      mkdirSync(join(dir, 'news'));
      mkdirSync(join(dir, 'media'));
      mkdirSync(join(dir, 'documents/files'), { recursive: true });
      writeFileSync(join(dir, 'media/there.jpg'), 'x');
      writeFileSync(join(dir, 'documents/files/leaflet.pdf'), '%PDF-');
      writeFileSync(join(dir, 'news/a.mdx'), '---\ntitle: A\nhero:\n  src: ../media/there.jpg\n---\nBody');
      writeFileSync(join(dir, 'news/b.mdx'), '---\ntitle: B\nhero:\n  src: ../media/gone.jpg\n---\nBody');
      writeFileSync(join(dir, 'documents/leaflet.mdx'), '---\nfile: files/leaflet.pdf\n---\n');
      writeFileSync(join(dir, 'documents/faq.mdx'), '---\nfile: files/faq.pdf\n---\n');
      const missing = findMissingFiles(dir);
      expect(missing).toEqual(
        expect.arrayContaining([
          { entry: 'news/b.mdx', field: 'hero.src', path: '../media/gone.jpg' },
          { entry: 'documents/faq.mdx', field: 'file', path: 'files/faq.pdf' },
        ]),
      );
      expect(missing).toHaveLength(2);
      expect(describeMissing(missing)).toContain('content/news/b.mdx: hero.src: the file ../media/gone.jpg does not exist. Upload it, or correct the path.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds nothing missing in the real content', () => {
    expect(findMissingFiles(new URL('../../content', import.meta.url).pathname)).toEqual([]);
  });
});
