import { editorComponentNames } from '../../schema/components';

// why: one wording for each rule, shared by the CMS's early check and the build's check of what the
// MDX compiler produced, so an editor reads the same sentence in both places.

/** How to show a < sign as text. */
export const SHOW_LESS_THAN = 'To show a < sign as text, write \\< (the CMS does this for you).';
/** How to show a curly brace as text. */
export const SHOW_BRACE = 'To show a curly brace as text, write \\{ or \\} (the CMS does this for you).';
/** The components an editor may use, for messages, e.g. "Callout, Figure, KeyFigure, Video". */
export const COMPONENTS = editorComponentNames.join(', ');

/** A reason and a fix. */
export interface Explanation {
  reason: string;
  fix: string;
}

/**
 * At most 40 characters of some code, on one line, for a message.
 * @example shorten('a\n  b') // 'a b'
 */
export const shorten = (code: string): string => {
  const line = code.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
};

/**
 * A line that starts with import or export, which the MDX compiler runs as code.
 * @example esmLine('export') // { reason: 'This line starts with "export", which the site would run as code.', fix: 'Remove it, or put a word before it. ...' }
 */
export const esmLine = (keyword: string): Explanation => ({
  reason: `This line starts with "${keyword}", which the site would run as code.`,
  fix: `Remove it, or put a word before it. Components are added with the CMS's component buttons and need no import.`,
});

/** Text in curly braces, which MDX reads as code. */
export const braces = (code: string, kind: string): Explanation => ({
  reason: `Text in curly braces {${shorten(code)}} is read as code, which is not allowed in ${kind}.`,
  fix: SHOW_BRACE,
});

/** A tag that is not one of the editor components. */
export const unknownTag = (name: string | null | undefined, kind: string): Explanation => ({
  reason: `${name ? `<${name}>` : 'An empty tag <>'} is not allowed in ${kind}.`,
  fix: `Delete it. The only components are ${COMPONENTS}, added with the CMS's component buttons. ${SHOW_LESS_THAN}`,
});

/** A link whose address can run code. */
export const unsafeLink = (scheme: string, kind: string): Explanation => ({
  reason: `A link to "${scheme}:" can run code, which is not allowed in ${kind}.`,
  fix: 'Link to a web address starting https://, an email address (mailto:) or a page on this site.',
});

/** A Markdown picture with a path, which the compiler turns into an import of that file. */
export const importedPicture = (url: string, kind: string): Explanation => ({
  reason: `A picture written as ![...](${shorten(url)}) makes the site load that file as code, which is not allowed in ${kind}.`,
  fix: `Delete it and add the picture with the CMS's "Image with caption" button (the Figure component).`,
});
