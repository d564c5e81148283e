import { z } from 'astro/zod';
import { field } from './editor';
import type { SchemaContext } from './context';
import { dateField, draftField, reviewAfter, reviewFields, text } from './shared';
import { entryFields } from './known-fields';

/** A downloadable document: content/documents/slug.mdx; the body is the HTML version or a summary of it. */
export const documentSchema = (_ctx: SchemaContext) =>
  entryFields('a document', {
    /** The document's title as people would search for it. */
    title: text('The title', 'Title', 'The document title, about 65 characters at most.', 65),
    /** One or two sentences saying what the document is for. */
    description: text('The description', 'Description', 'Who the document is for and what it covers. About 160 characters.', 160),
    /** The file, stored in content/documents/files/; its type and size are read from the file at build. */
    file: field(
      z
        .string({ error: () => 'The file is missing. Upload the document and set file: to its path, for example files/leaflet.pdf.' })
        .regex(/^(\.\/)?files\/[a-z0-9][a-z0-9._-]*\.[a-z0-9]+$/, {
          error: 'The file must be in the files/ folder beside the document entry, with a lower-case name such as files/hat-leaflet.pdf.',
        }),
      { label: 'File', hint: 'Upload the PDF or other file. Its type and size are shown on the site automatically.', widget: 'file', accepts: 'document' },
    ),
    /** The date the document was published. */
    published: dateField('The published date (published)', 'Published on', 'The date the document was first published.'),
    ...reviewFields,
    draft: draftField,
  }).superRefine(reviewAfter);

export type DocumentData = z.infer<ReturnType<typeof documentSchema>>;
