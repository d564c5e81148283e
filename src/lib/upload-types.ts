import { fileTypeFromBuffer } from 'file-type';

// why: the one list of what editors may upload, read by the build (content-files check, document
// pages) and by the CMS before it saves. Types are recognised from the file's bytes, never from
// its name alone: a file served from the site's own origin that a browser can run as a page (HTML,
// XHTML, XML, SVG) could read the CMS's login from that origin. No Node.js modules here, so the
// CMS runs the very same check in the browser.

/** What an upload is for: a downloadable document, or an image the site resizes. */
export type UploadKind = 'document' | 'image';

/** One file type editors may upload. */
export interface AllowedType {
  /** File name endings (lower case, no dot) the type may have; the first is the usual one. */
  extensions: readonly string[];
  /** MIME type the file is served with. */
  mime: string;
  /** What a download link says, e.g. "MS Word Document" (GOV.UK's words). */
  label: string;
  /** How the type is named in "Only ... can be uploaded here". */
  listName: string;
  /** True for types with no magic bytes (CSV, text): recognised by name, then checked to be plain text. */
  plainText?: boolean;
}

/** Documents editors may upload (content/documents/files/), in the order messages list them. */
export const DOCUMENT_TYPES: readonly AllowedType[] = [
  { extensions: ['pdf'], mime: 'application/pdf', label: 'PDF', listName: 'PDF' },
  { extensions: ['docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'MS Word Document', listName: 'Word (.docx)' },
  { extensions: ['odt'], mime: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument Text', listName: 'OpenDocument text (.odt)' },
  { extensions: ['xlsx'], mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'MS Excel Spreadsheet', listName: 'Excel (.xlsx)' },
  { extensions: ['ods'], mime: 'application/vnd.oasis.opendocument.spreadsheet', label: 'OpenDocument Spreadsheet', listName: 'OpenDocument spreadsheet (.ods)' },
  { extensions: ['pptx'], mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'MS PowerPoint Presentation', listName: 'PowerPoint (.pptx)' },
  { extensions: ['csv'], mime: 'text/csv', label: 'CSV', listName: 'CSV', plainText: true },
  { extensions: ['txt'], mime: 'text/plain', label: 'Plain text', listName: 'plain text (.txt)', plainText: true },
];

/** Images editors may upload: the formats sharp turns into AVIF and WebP. SVG is not one: it can hold script. */
export const IMAGE_TYPES: readonly AllowedType[] = [
  { extensions: ['jpg', 'jpeg'], mime: 'image/jpeg', label: 'JPEG image', listName: 'JPEG' },
  { extensions: ['png'], mime: 'image/png', label: 'PNG image', listName: 'PNG' },
  { extensions: ['webp'], mime: 'image/webp', label: 'WebP image', listName: 'WebP' },
];

/** The allowed types of each kind of upload. */
export const ALLOWED_TYPES: Readonly<Record<UploadKind, readonly AllowedType[]>> = { document: DOCUMENT_TYPES, image: IMAGE_TYPES };

/** Every file name ending allowed for a kind of upload, e.g. ['jpg', 'jpeg', 'png', 'webp'] for images. */
export const allowedExtensions = (kind: UploadKind): string[] => ALLOWED_TYPES[kind].flatMap((t) => t.extensions);

// why: the names people know for types that are refused, so the message says what the file is.
const REFUSED_NAMES: Readonly<Record<string, string>> = {
  xml: 'an XML file',
  svg: 'an SVG image',
  html: 'a web page (HTML)',
  htm: 'a web page (HTML)',
  xhtml: 'a web page (XHTML)',
  js: 'a script',
  gif: 'a GIF image',
  tif: 'a TIFF image',
  heic: 'a HEIC photo',
  avif: 'an AVIF image',
  bmp: 'a BMP image',
  zip: 'a ZIP archive',
  cfb: 'an old-style Microsoft Office file (.doc, .xls or .ppt)',
  doc: 'an old-style Word file (.doc)',
  xls: 'an old-style Excel file (.xls)',
  ppt: 'an old-style PowerPoint file (.ppt)',
  rtf: 'an RTF file',
  exe: 'a program',
  mp4: 'a video',
  webm: 'a video',
};

/** The result of checking an upload: its type, or why it is refused. */
export type UploadCheck = { ok: true; type: AllowedType } | { ok: false; problem: string };

/** "a, b and c". */
const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * The sentence saying what may be uploaded.
 * @example onlyAllowed('image') // 'Only JPEG, PNG and WebP images can be uploaded here.'
 */
export const onlyAllowed = (kind: UploadKind): string =>
  `Only ${list(ALLOWED_TYPES[kind].map((t) => t.listName))} ${kind === 'image' ? 'images' : 'files'} can be uploaded here.`;

/**
 * The image types in words, for field hints.
 * @example imageTypesInWords() // 'A JPEG, PNG or WebP'
 */
export const imageTypesInWords = (): string => {
  const names = IMAGE_TYPES.map((t) => t.listName);
  return `A ${names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`}`;
};

/** The lower-case ending of a file name without the dot ('' when there is none). */
const extensionOf = (name: string) => (/\.([^./\\]+)$/.exec(name)?.[1] ?? '').toLowerCase();

/** How a type is named in a message, from its usual extension: "a PDF", "an SVG image", "a .xyz file". */
function nameOfType(ext: string): string {
  const allowed = [...DOCUMENT_TYPES, ...IMAGE_TYPES].find((t) => t.extensions.includes(ext));
  if (allowed) return `${/^[aeiou]/i.test(allowed.listName) ? 'an' : 'a'} ${allowed.listName} ${IMAGE_TYPES.includes(allowed) ? 'image' : 'file'}`;
  return REFUSED_NAMES[ext] ?? (ext ? `a .${ext} file` : 'a file of unknown type');
}

/** Why bytes are not plain text a browser will show as text, or undefined when they are. */
function plainTextProblem(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'it is not plain text in UTF-8. Save it again as "CSV UTF-8" or "Text (UTF-8)" and upload that';
  }
  if (text.includes('\0')) return 'it contains binary data, so it is not plain text. Save it again as "CSV UTF-8" or "Text (UTF-8)" and upload that';
  // why: browsers sniff a file starting with < (after spaces) as a web page or XML (WHATWG MIME
  // Sniffing); plain data never needs to start that way.
  if (text.replace(/^\uFEFF/, '').trimStart().startsWith('<')) {
    return 'it starts with <, like a web page or XML file, which is not allowed. Remove the markup, or upload the document as a PDF';
  }
  return undefined;
}

/**
 * Whether a file may be uploaded as a document or an image, judged from its bytes: its real type
 * must be on the list and its name must end as that type does. CSV and text files (which have no
 * signature) must be named so and be UTF-8 text that no browser would read as a page.
 * @example await checkUpload(pdfBytes, 'leaflet.pdf', 'document') // { ok: true, type: { label: 'PDF', ... } }
 * @example await checkUpload(svgBytes, 'logo.svg', 'image') // { ok: false, problem: 'Only JPEG, PNG and WebP images can be uploaded here. logo.svg is an SVG image, ...' }
 */
export async function checkUpload(bytes: Uint8Array, name: string, kind: UploadKind): Promise<UploadCheck> {
  const ext = extensionOf(name);
  const allowed = ALLOWED_TYPES[kind];
  const refuse = (what: string) => ({ ok: false as const, problem: `${onlyAllowed(kind)} ${name} is ${what}, which is not allowed.` });
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed) {
    const type = allowed.find((t) => t.extensions.includes(sniffed.ext) && !t.plainText);
    if (!type) return refuse(nameOfType(sniffed.ext));
    if (!type.extensions.includes(ext)) {
      return { ok: false, problem: `${name}: the file name ends in .${ext} but the file is really a .${sniffed.ext} file. Rename it or upload the right file.` };
    }
    return { ok: true, type };
  }
  const text = allowed.find((t) => t.plainText && t.extensions.includes(ext));
  if (text) {
    const problem = plainTextProblem(bytes);
    return problem ? { ok: false, problem: `${name} cannot be uploaded: ${problem}.` } : { ok: true, type: text };
  }
  if (allowed.some((t) => t.extensions.includes(ext))) {
    return { ok: false, problem: `${name}: the type of this file could not be recognised from its contents, so it is not a real ${ext.toUpperCase()} file. Save or export it again and upload that.` };
  }
  return refuse(nameOfType(ext));
}
