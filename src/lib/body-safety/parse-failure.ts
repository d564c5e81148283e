import { editorComponentNames } from '../../schema/components';
import { SHOW_BRACE, SHOW_LESS_THAN } from './messages';

/** Where a parse error happened, and its technical message. */
export interface ParseFailure {
  line: number;
  column: number;
  detail: string;
}

/**
 * Line, column and message of an error thrown by a Markdown/MDX parser (micromark's, or the MDX compiler's `line:column: message`).
 * @example parseFailure(error) // { line: 3, column: 1, detail: 'Expected a closing tag for `<div>` (3:1-3:6)' }
 */
export function parseFailure(error: unknown): ParseFailure {
  const message = error as { line?: number; column?: number; reason?: string; message?: string };
  const detail = String(message.reason ?? message.message ?? error);
  // why: an unclosed tag is reported as "... `<x>` (3:3-3:12) before the end of `paragraph`" by
  // micromark and "... `<x>` (3:3) before ..." by Sätteri: the place in brackets is the tag's, the
  // error's own is where the paragraph ends.
  const tag = /`<[^`]*>` \((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(detail);
  if (tag) return { line: Number(tag[1]), column: Number(tag[2]), detail };
  if (message.line !== undefined) return { line: message.line, column: message.column ?? 1, detail };
  // why: Sätteri's errors carry their place only at the start of the message, "24:1: Unexpected ...".
  const place = /^(\d+):(\d+): /.exec(detail);
  if (place) return { line: Number(place[1]), column: Number(place[2]), detail: detail.slice(place[0].length) };
  return { line: 1, column: 1, detail };
}

/**
 * Reason and fix for a body that cannot be read, from the character that started the trouble.
 * @example explainParseFailure('a <3', { line: 1, column: 4, detail: '...' }, 'a news article').reason // 'A < sign here is read as the start of a tag, and this one cannot be read.'
 */
export function explainParseFailure(body: string, { line, column, detail }: ParseFailure, kind: string): { reason: string; fix: string } {
  const unclosed = /closing tag for `<([^>\s]*)>`/.exec(detail)?.[1];
  if (unclosed !== undefined && editorComponentNames.includes(unclosed)) {
    return { reason: `<${unclosed}> must be a single tag ending in />.`, fix: `Write it as <${unclosed} ... />, or insert it again with the CMS's component button.` };
  }
  if (unclosed !== undefined) {
    return { reason: `<${unclosed}> is not allowed in ${kind}.`, fix: `Delete it. ${SHOW_LESS_THAN}` };
  }
  const before = (body.split(/\r\n|\r|\n/)[line - 1] ?? '').slice(0, column);
  const culprit = /[<{}][^<{}]*$/.exec(before)?.[0][0];
  if (culprit === '<') return { reason: `A < sign here is read as the start of a tag, and this one cannot be read.`, fix: SHOW_LESS_THAN };
  if (culprit === '{' || culprit === '}') return { reason: `A curly brace here is read as the start of code, which is not allowed in ${kind}.`, fix: SHOW_BRACE };
  return { reason: `This part of the text cannot be read (${shorten(detail)}).`, fix: `Look for a stray <, { or } near here. ${SHOW_LESS_THAN} ${SHOW_BRACE}` };
}

const shorten = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);
