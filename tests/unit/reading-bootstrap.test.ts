/**
 * The inline head script, run as the browser runs it (its exact text, in a sandbox with a fake
 * <html> and localStorage): stored choices become classes; garbage and blocked storage do not break it.
 */
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { READING_BOOTSTRAP, READING_BOOTSTRAP_HASH } from '../../src/lib/reading-bootstrap';

interface Run {
  storage?: Record<string, string>;
  blocked?: boolean;
  modules?: boolean;
}

/** The classes the script puts on <html>. */
function classesAfter({ storage = {}, blocked = false, modules = true }: Run): string[] {
  const classes = new Set<string>();
  const localStorage = {
    getItem: (key: string) => {
      if (blocked) throw new Error('SecurityError: storage is blocked');
      return key in storage ? storage[key] : null;
    },
  };
  const HTMLScriptElement = { prototype: modules ? { noModule: false } : {} };
  const document = { documentElement: { classList: { add: (name: string) => classes.add(name) } } };
  runInNewContext(READING_BOOTSTRAP, { document, localStorage, HTMLScriptElement });
  return [...classes].sort();
}

describe('the reading-options head script', () => {
  it('marks the page as able to run the buttons, with nothing stored', () => {
    expect(classesAfter({})).toEqual(['app-js']);
  });

  it('applies a stored text size and text only', () => {
    expect(classesAfter({ storage: { 'hat:text-size': 'largest', 'hat:text-only': 'on' } })).toEqual([
      'app-js',
      'app-text-only',
      'app-text-size-largest',
    ]);
    expect(classesAfter({ storage: { 'hat:text-size': 'large' } })).toEqual(['app-js', 'app-text-size-large']);
  });

  it.each(['huge', 'default', 'LARGE', '', 'large ', 'indexOf'])('ignores the stored text size %j (default size)', (value) => {
    expect(classesAfter({ storage: { 'hat:text-size': value, 'hat:text-only': 'yes' } })).toEqual(['app-js']);
  });

  it('keeps working when the browser blocks storage', () => {
    expect(classesAfter({ blocked: true })).toEqual(['app-js']);
  });

  it('leaves the no-JavaScript version in place where module scripts cannot run', () => {
    expect(classesAfter({ modules: false, storage: { 'hat:text-size': 'large' } })).toEqual([]);
  });

  it('is allowed by the hash the Content Security Policy carries', () => {
    const digest = createHash('sha256').update(READING_BOOTSTRAP, 'utf8').digest('base64');
    expect(READING_BOOTSTRAP_HASH).toBe(`sha256-${digest}`);
  });
});
