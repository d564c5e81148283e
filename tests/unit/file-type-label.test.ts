import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileTypeLabel } from '../../src/lib/file-type-label';
import { describeFile } from '../../src/lib/describe-file';

const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

describe('file type and size are read from the file itself', () => {
  it('recognises a PDF by its bytes', async () => {
    expect(await fileTypeLabel(pdf, 'leaflet.pdf')).toEqual({ mime: 'application/pdf', label: 'PDF' });
  });

  it('refuses a file whose name lies about its type', async () => {
    await expect(fileTypeLabel(pdf, 'figures.docx')).rejects.toThrow('figures.docx: the file name ends in .docx but the file is really a .pdf file');
  });

  it('refuses a type editors may not upload, such as an XML page holding a script', async () => {
    const xml = new TextEncoder().encode('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>\n');
    await expect(fileTypeLabel(xml, 'report.xml')).rejects.toThrow(/^Only PDF, .* files can be uploaded here\. report\.xml is an XML file, which is not allowed\.$/);
    await expect(fileTypeLabel(new TextEncoder().encode('<html><script>alert(1)</script></html>'), 'page.csv')).rejects.toThrow(/page\.csv cannot be uploaded: it starts with </);
  });

  it('falls back to the extension only for plain-text formats', async () => {
    const csv = new TextEncoder().encode('date,value\n2020-02-24,99\n');
    expect(await fileTypeLabel(csv, 'figures.csv')).toEqual({ mime: 'text/csv', label: 'CSV' });
    await expect(fileTypeLabel(csv, 'figures.pdf')).rejects.toThrow(/could not be recognised/);
  });

  it('describes a file on disk as "PDF, n KB" and names a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hat-file-'));
    try {
      const path = join(dir, 'big.pdf');
      writeFileSync(path, Buffer.concat([Buffer.from(pdf), Buffer.alloc(1_572_864 - pdf.length)]));
      expect(await describeFile(path)).toMatchObject({ name: 'big.pdf', bytes: 1_572_864, label: 'PDF, 1.5 MB' });
      await expect(describeFile(join(dir, 'gone.pdf'))).rejects.toThrow(/gone\.pdf: this document file does not exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
