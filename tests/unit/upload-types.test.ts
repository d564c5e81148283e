/**
 * Uploads cannot carry script: a document or image is judged from its bytes against one list of
 * allowed types, and the same check refuses it in the CMS before saving and in the build.
 * Real files: Office/OpenDocument files written by Python's zipfile, images encoded by sharp, a
 * photo and PDFs from the site's own content.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { allowedExtensions, checkUpload, onlyAllowed } from '../../src/lib/upload-types';
import { uploadProblems } from '../../admin/upload-checks';
import { describeRefused, findRefusedUploads } from '../../src/lib/refused-uploads';

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/uploads/${name}`, import.meta.url))));
const site = (path: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../content/${path}`, import.meta.url))));
const pdf = site('documents/files/hat-a5-leaflet.pdf');
const jpeg = site('media/news/2020-nihr-award.jpg');
const encode = async (format: 'png' | 'webp' | 'avif' | 'gif') =>
  new Uint8Array(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#336699' } })[format]().toBuffer());

const ONLY_DOCUMENTS = 'Only PDF, Word (.docx), OpenDocument text (.odt), Excel (.xlsx), OpenDocument spreadsheet (.ods), PowerPoint (.pptx), CSV and plain text (.txt) files can be uploaded here.';
const ONLY_IMAGES = 'Only JPEG, PNG and WebP images can be uploaded here.';

const problemOf = async (bytes: Uint8Array, name: string, kind: 'document' | 'image') => {
  const result = await checkUpload(bytes, name, kind);
  return result.ok ? undefined : result.problem;
};

describe('documents', () => {
  it('accepts PDF, Word, OpenDocument, Excel, PowerPoint, CSV and text, recognised from their bytes', async () => {
    const files: [Uint8Array, string, string][] = [
      [pdf, 'leaflet.pdf', 'PDF'],
      [fixture('report.docx'), 'report.docx', 'MS Word Document'],
      [fixture('report.odt'), 'report.odt', 'OpenDocument Text'],
      [fixture('figures.xlsx'), 'figures.xlsx', 'MS Excel Spreadsheet'],
      [fixture('figures.ods'), 'figures.ods', 'OpenDocument Spreadsheet'],
      [fixture('slides.pptx'), 'slides.pptx', 'MS PowerPoint Presentation'],
      [fixture('figures.csv'), 'figures.csv', 'CSV'],
      [fixture('notes.txt'), 'notes.txt', 'Plain text'],
    ];
    for (const [bytes, name, label] of files) {
      const result = await checkUpload(bytes, name, 'document');
      expect(result.ok && result.type.label, name).toBe(label);
    }
  });

  it('refuses an XML file holding a script, saying what it is', async () => {
    expect(await problemOf(fixture('report.xml'), 'report.xml', 'document')).toBe(`${ONLY_DOCUMENTS} report.xml is an XML file, which is not allowed.`);
    expect(await problemOf(fixture('page.xml'), 'page.xml', 'document'), 'no <?xml line: not recognised, named by its ending').toBe(`${ONLY_DOCUMENTS} page.xml is an XML file, which is not allowed.`);
  });

  it('refuses web pages, SVG, archives and images', async () => {
    expect(await problemOf(fixture('logo.svg'), 'logo.svg', 'document')).toBe(`${ONLY_DOCUMENTS} logo.svg is an SVG image, which is not allowed.`);
    expect(await problemOf(fixture('page.xml'), 'page.html', 'document')).toBe(`${ONLY_DOCUMENTS} page.html is a web page (HTML), which is not allowed.`);
    expect(await problemOf(fixture('archive.zip'), 'archive.zip', 'document')).toBe(`${ONLY_DOCUMENTS} archive.zip is a ZIP archive, which is not allowed.`);
    expect(await problemOf(jpeg, 'photo.jpg', 'document')).toBe(`${ONLY_DOCUMENTS} photo.jpg is a JPEG image, which is not allowed.`);
  });

  it('accepts CSV and text only when they are UTF-8 text no browser would read as a page', async () => {
    expect(await problemOf(fixture('page.csv'), 'page.csv', 'document')).toMatch(/^page\.csv cannot be uploaded: it starts with <, like a web page or XML file/);
    expect(await problemOf(fixture('page.csv'), 'page.txt', 'document')).toMatch(/^page\.txt cannot be uploaded: it starts with </);
    expect(await problemOf(new TextEncoder().encode('\uFEFF \n<svg onload=alert(1)>'), 'bom.csv', 'document')).toMatch(/starts with </);
    expect(await problemOf(fixture('binary.csv'), 'binary.csv', 'document')).toMatch(/^binary\.csv cannot be uploaded: it contains binary data/);
    expect(await problemOf(fixture('latin1.csv'), 'latin1.csv', 'document')).toMatch(/^latin1\.csv cannot be uploaded: it is not plain text in UTF-8/);
    expect(await problemOf(fixture('report.xml'), 'report.csv', 'document'), 'an XML file renamed .csv').toBe(`${ONLY_DOCUMENTS} report.csv is an XML file, which is not allowed.`);
  });

  it('refuses a file whose name lies about its type', async () => {
    expect(await problemOf(pdf, 'figures.docx', 'document')).toBe('figures.docx: the file name ends in .docx but the file is really a .pdf file. Rename it or upload the right file.');
    expect(await problemOf(fixture('figures.csv'), 'figures.pdf', 'document')).toMatch(/^figures\.pdf: the type of this file could not be recognised from its contents/);
  });
});

describe('images', () => {
  it('accepts JPEG, PNG and WebP, recognised from their bytes', async () => {
    for (const [bytes, name] of [[jpeg, 'a.jpg'], [jpeg, 'a.jpeg'], [await encode('png'), 'a.png'], [await encode('webp'), 'a.webp']] as const) {
      expect((await checkUpload(bytes, name, 'image')).ok, name).toBe(true);
    }
  });

  it('refuses SVG, also under an image name, with a clear message', async () => {
    expect(await problemOf(fixture('logo.svg'), 'logo.svg', 'image')).toBe(`${ONLY_IMAGES} logo.svg is an SVG image, which is not allowed.`);
    expect(await problemOf(fixture('logo.svg'), 'logo.png', 'image')).toBe(`logo.png: the type of this file could not be recognised from its contents, so it is not a real PNG file. Save or export it again and upload that.`);
  });

  it('refuses other image formats and documents', async () => {
    expect(await problemOf(await encode('gif'), 'a.gif', 'image')).toBe(`${ONLY_IMAGES} a.gif is a GIF image, which is not allowed.`);
    expect(await problemOf(await encode('avif'), 'a.avif', 'image')).toBe(`${ONLY_IMAGES} a.avif is an AVIF image, which is not allowed.`);
    expect(await problemOf(pdf, 'a.pdf', 'image')).toBe(`${ONLY_IMAGES} a.pdf is a PDF file, which is not allowed.`);
  });

  it('says what may be uploaded, from the one list', () => {
    expect(onlyAllowed('image')).toBe(ONLY_IMAGES);
    expect(onlyAllowed('document')).toBe(ONLY_DOCUMENTS);
  });
});

describe('in the CMS, before saving', () => {
  it('refuses a document upload the build would refuse, naming the field and the file', async () => {
    expect(await uploadProblems('documents', [{ name: 'report.xml', bytes: fixture('report.xml'), fieldName: 'file', widget: 'file' }])).toEqual([
      `file: ${ONLY_DOCUMENTS} report.xml is an XML file, which is not allowed.`,
    ]);
    expect(await uploadProblems('documents', [{ name: 'leaflet.pdf', bytes: pdf, fieldName: 'file', widget: 'file' }])).toEqual([]);
  });

  it('refuses an SVG in an image field, and in a body image', async () => {
    expect(await uploadProblems('news', [{ name: 'logo.svg', bytes: fixture('logo.svg'), fieldName: 'src', widget: 'image' }])).toEqual([
      `hero.src: ${ONLY_IMAGES} logo.svg is an SVG image, which is not allowed.`,
    ]);
    expect(await uploadProblems('pages', [{ name: 'chart.svg', bytes: fixture('logo.svg'), fieldName: 'src', widget: 'image' }])).toHaveLength(1);
    expect(await uploadProblems('faqs', [{ name: 'chart.svg', bytes: fixture('logo.svg'), fieldName: 'src', widget: 'image' }]), 'a body image in a type without image fields').toHaveLength(1);
  });

  it('leaves a video alone (it is not a document or an image)', async () => {
    expect(await uploadProblems('news', [{ name: 'clip.mp4', bytes: new Uint8Array([0, 0, 0, 24]), fieldName: 'src', widget: 'file' }])).toEqual([]);
  });
});

describe('in the build', () => {
  it('names the content file, the field and the uploaded file; accepts good files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hat-uploads-'));
    try {
      mkdirSync(join(dir, 'documents/files'), { recursive: true });
      mkdirSync(join(dir, 'news'));
      mkdirSync(join(dir, 'media/news'), { recursive: true });
      copyFileSync(fileURLToPath(new URL('../fixtures/uploads/report.xml', import.meta.url)), join(dir, 'documents/files/report.xml'));
      writeFileSync(join(dir, 'documents/files/leaflet.pdf'), pdf);
      writeFileSync(join(dir, 'documents/report.mdx'), '---\ntitle: Report\nfile: files/report.xml\n---\n');
      writeFileSync(join(dir, 'documents/leaflet.mdx'), '---\ntitle: Leaflet\nfile: files/leaflet.pdf\n---\n');
      writeFileSync(join(dir, 'media/news/logo.svg'), fixture('logo.svg'));
      writeFileSync(join(dir, 'media/news/chart.png'), fixture('logo.svg'));
      writeFileSync(join(dir, 'media/news/photo.jpg'), jpeg);
      writeFileSync(join(dir, 'news/a.mdx'), '---\ntitle: A\nhero:\n  src: ../media/news/logo.svg\n---\n');
      writeFileSync(join(dir, 'news/b.mdx'), '---\ntitle: B\nhero:\n  src: ../media/news/photo.jpg\n---\n');
      const refused = await findRefusedUploads(dir);
      expect(describeRefused(refused).split('\n')).toEqual([
        `content/news/a.mdx: hero.src: ${ONLY_IMAGES} logo.svg is an SVG image, which is not allowed.`,
        `content/documents/report.mdx: file: ${ONLY_DOCUMENTS} report.xml is an XML file, which is not allowed.`,
        'content/media/news/chart.png: chart.png: the type of this file could not be recognised from its contents, so it is not a real PNG file. Save or export it again and upload that.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses nothing in the real content', async () => {
    expect(await findRefusedUploads(fileURLToPath(new URL('../../content', import.meta.url)))).toEqual([]);
  });
});

describe('one list of image types', () => {
  it('is the list the body-image finder looks through (Vite needs its pattern written out)', () => {
    const source = readFileSync(fileURLToPath(new URL('../../src/user-components/media-images.ts', import.meta.url)), 'utf8');
    const pattern = /import\.meta\.glob<[^>]*>\('@content-media\/\*\*\/\*\.\{([^}]+)\}'/.exec(source)?.[1];
    expect(pattern?.split(',').sort()).toEqual(allowedExtensions('image').sort());
  });
});
