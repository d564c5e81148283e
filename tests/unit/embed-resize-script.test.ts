/**
 * The optional host-page script public/embed/resize.js, run in a sandbox with a fake page: it
 * resizes only the widget frame that sent a well-formed AMP size message from this site's origin.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const SOURCE = readFileSync(new URL('../../public/embed/resize.js', import.meta.url), 'utf8');
const SCRIPT_SRC = 'https://example.gov.uk/hat/embed/resize.js';
const ORIGIN = 'https://example.gov.uk';

interface FakeFrame {
  src: string;
  contentWindow: object;
  style: { height?: string };
}

/** Runs the script on a fake page with the given frames; returns a function that delivers a message. */
function page(frames: FakeFrame[]) {
  let listener: ((event: unknown) => void) | undefined;
  runInNewContext(SOURCE, {
    URL,
    isFinite,
    document: { currentScript: { src: SCRIPT_SRC }, getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : []) },
    window: { addEventListener: (type: string, fn: (event: unknown) => void) => type === 'message' && (listener = fn) },
  });
  return (event: { origin?: string; source?: object; data: unknown }) => listener?.({ origin: ORIGIN, source: frames[0]?.contentWindow, ...event });
}

const widget = (): FakeFrame => ({ src: 'https://example.gov.uk/hat/embed/news/', contentWindow: {}, style: {} });
const amp = (height: unknown) => ({ sentinel: 'amp', type: 'embed-size', height });

describe('public/embed/resize.js', () => {
  it('sizes the frame that sent the message, rounding up', () => {
    const frames = [widget(), widget()];
    const send = page(frames);
    send({ source: frames[1].contentWindow, data: amp(734.2) });
    expect(frames[1].style.height).toBe('735px');
    expect(frames[0].style.height).toBeUndefined();
  });

  it.each([
    ['another origin', { origin: 'https://evil.example', data: amp(500) }],
    ['an opaque (sandboxed) origin', { origin: 'null', data: amp(500) }],
    ['another sentinel', { data: { sentinel: 'x', type: 'embed-size', height: 500 } }],
    ['another type', { data: { sentinel: 'amp', type: 'embed-ready', height: 500 } }],
    ['a string', { data: 'amp embed-size 500' }],
    ['no data', { data: null }],
    ['a height as text', { data: amp('500px') }],
    ['a negative height', { data: amp(-5) }],
    ['a zero height', { data: amp(0) }],
    ['an endless height', { data: amp(Infinity) }],
    ['NaN', { data: amp(NaN) }],
    ['a huge height', { data: amp(50_000) }],
    ['a sender that is not a frame on the page', { source: {}, data: amp(500) }],
  ])('ignores %s', (_what, event) => {
    const frames = [widget()];
    page(frames)(event);
    expect(frames[0].style.height).toBeUndefined();
  });

  it('ignores a frame of this origin that is not a widget (outside /embed/)', () => {
    const frames = [{ ...widget(), src: 'https://example.gov.uk/hat/news/' }];
    page(frames)({ data: amp(500) });
    expect(frames[0].style.height).toBeUndefined();
  });
});
