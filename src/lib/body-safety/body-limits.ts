import { ESM_START } from './escape-editor-text';

// why: the MDX compiler (Sätteri, Rust) and the JavaScript parser behind the bundler crash the
// whole build (a segmentation fault, which nothing can catch) on deeply nested input such as
// 10,000 nested > quotes, and their output grows with the square of the nesting. So a body is
// measured before it is compiled: one pass over the text, no parser. Real bodies are far inside
// these limits (the deepest real one nests 3 levels and has 84 marks).

/** Longest body, in characters (about 80,000 words): a longer one is a pasted file, not an article. */
export const MAX_BODY_CHARACTERS = 500_000;
/** Most levels of quotes, lists and indentation at the start of one line. */
export const MAX_LINE_NESTING = 40;
// why: a sound bound on how deep the compiler can nest this body without code in it: every level
// of emphasis, link, picture or tag needs one of these marks, and every quote or list level sits in
// its line's prefix. At or under this, compiling in the build's own process cannot crash it.
const TRUSTED_DEPTH = 300;
const MARKS = new Set(['*', '_', '~', '[', '<']);
// why: wider than the compiler's own rule (import/export then a space, tab, { or *), and after any
// indentation: a trial costs little, a missed one could crash the build.
const startsLikeEsm = (line: string) => ESM_START.test(line.replace(/^\uFEFF?[ \t]*/, ''));

/** Where a body breaks a limit, and what to do. */
export interface LimitProblem {
  line: number;
  column: number;
  reason: string;
  fix: string;
}

/** What one pass over a body found. */
export interface BodyMeasure {
  /** Characters in the body. */
  characters: number;
  /** The most quote, list and indentation levels at the start of a line, and that line. */
  lineNesting: number;
  deepestLine: number;
  /** Unescaped * _ ~ [ < marks: each level of inline nesting needs one. */
  marks: number;
  /** Whether the body may hold code: an unescaped { or a line starting with import or export. */
  mayHoldCode: boolean;
}

/**
 * One pass over a body (frontmatter blanked): its size, nesting and whether it may hold code.
 * @example measureBody('> > x\n').lineNesting // 2
 */
export function measureBody(body: string): BodyMeasure {
  const measure: BodyMeasure = { characters: body.length, lineNesting: 0, deepestLine: 1, marks: 0, mayHoldCode: false };
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = body[i];
    if (i === body.length || c === '\n' || c === '\r') {
      const text = body.slice(lineStart, i);
      const nesting = prefixNesting(text);
      if (nesting > measure.lineNesting) Object.assign(measure, { lineNesting: nesting, deepestLine: line });
      if (startsLikeEsm(text)) measure.mayHoldCode = true;
      if (c === '\r' && body[i + 1] === '\n') i++;
      line++;
      lineStart = i + 1;
    } else if (c === '\\') {
      i++; // an escaped character is text
    } else if (c === '{') {
      measure.mayHoldCode = true;
    } else if (MARKS.has(c)) {
      measure.marks++;
    }
  }
  return measure;
}

/**
 * Levels of quotes and lists a line can open: one for each > or list marker, and one for every two
 * columns of other indentation (a level of list needs at least two). The space after a marker is its own.
 */
function prefixNesting(line: string): number {
  let levels = 0;
  let columns = 0;
  let i = 0;
  const skipSpaces = (most: number) => {
    for (let n = 0; n < most && (line[i] === ' ' || line[i] === '\t'); n++) i++;
  };
  while (i < line.length) {
    const c = line[i];
    const list = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11))?.[0];
    if (c === ' ' || c === '\t') {
      columns += c === '\t' ? 4 : 1;
      i++;
    } else if (c === '>') {
      levels++;
      i++;
      skipSpaces(1);
    } else if (list) {
      levels++;
      i += list.length;
      skipSpaces(4);
    } else break;
  }
  return levels + Math.floor(columns / 2);
}

/**
 * The limit a body breaks (too long, or nested too deeply at the start of a line), or undefined.
 * @example checkBodyLimits('>'.repeat(10000) + ' x') // { line: 1, column: 1, reason: 'This line is nested too deeply ...', fix: '...' }
 */
export function checkBodyLimits(body: string, measure: BodyMeasure = measureBody(body)): LimitProblem | undefined {
  if (measure.characters > MAX_BODY_CHARACTERS) {
    return {
      line: 1,
      column: 1,
      reason: `This text is ${measure.characters.toLocaleString('en-GB')} characters long; the site builds bodies of up to ${MAX_BODY_CHARACTERS.toLocaleString('en-GB')}.`,
      fix: 'Split it into several entries, or link to it as a document.',
    };
  }
  if (measure.lineNesting > MAX_LINE_NESTING) {
    return {
      line: measure.deepestLine,
      column: 1,
      reason: `This line is nested too deeply (${measure.lineNesting} levels of quotes, lists or indentation; the site builds up to ${MAX_LINE_NESTING}).`,
      fix: 'Remove most of the > signs, list markers or spaces at the start of the line.',
    };
  }
  return undefined;
}

/**
 * Whether compiling this body could crash the process that compiles it, so it must be tried in a separate process first.
 * @example needsTrialCompile(measureBody('Plain *text*.')) // false
 */
export function needsTrialCompile(measure: BodyMeasure): boolean {
  return measure.mayHoldCode || measure.lineNesting + measure.marks > TRUSTED_DEPTH;
}
