/**
 * The options a host site may put in a widget's address (?accent=teal&layout=compact&count=5&area=…).
 * Pure and unit-tested; the widget script (src/scripts/embed.ts) applies the result with
 * classList, style.setProperty and the hidden attribute only, so no value ever becomes markup.
 * why: a wrong embed parameter falls back safely (product.md, "Bad input"): every value is checked
 * against an allowlist or a strict pattern, and anything else gives the default.
 */

/**
 * Accent colours by name. Each has at least 4.5:1 contrast with white and with the card
 * background (#f4f2ec), so links, headings and borders in the widget stay WCAG AA (tested).
 */
export const ACCENT_PALETTE = {
  navy: '#1d3f5e',
  blue: '#1a4d80',
  teal: '#00605c',
  green: '#2d6a31',
  purple: '#4c2c92',
  red: '#a4262c',
  black: '#1b1b1b',
} as const;

/** A palette name, e.g. "teal". */
export type AccentName = keyof typeof ACCENT_PALETTE;

/** Backgrounds the accent is drawn on: the page (white) and the cards (--color-surface). */
export const ACCENT_BACKGROUNDS = ['#ffffff', '#f4f2ec'] as const;

/** The least contrast an accent needs with each background: WCAG 2.2 AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** Layouts a widget can take. */
export const LAYOUTS = ['full', 'compact'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** What one widget accepts; each page says so through data attributes on <html>. */
export interface EmbedOptionSpec {
  /** Items shown when no count is asked for; 0 when the widget has no count option. */
  defaultCount: number;
  /** The most items the page holds (count above this falls back to the default). */
  maxCount: number;
  /** Area ids the widget can be limited to; empty when it has no area option. */
  areas: readonly string[];
}

/** Options after checking: always safe to apply. */
export interface EmbedOptions {
  /** A #rrggbb colour from the palette or one that passed the contrast check; undefined = the site's own. */
  accent: string | undefined;
  layout: Layout;
  /** How many items to show; 0 when the widget has no count option. */
  count: number;
  /** An area id from the spec's list, or undefined for every area. */
  area: string | undefined;
  /** Each parameter that was given but not used, with why (for a console message to the host's developer). */
  ignored: { name: string; reason: string }[];
}

const HEX = /^#[0-9a-f]{6}$/;
const COUNT = /^[1-9][0-9]{0,2}$/;

/** Relative luminance of a #rrggbb colour (WCAG 2.2 definition). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * The WCAG contrast ratio of two #rrggbb colours.
 * @example contrastRatio('#000000', '#ffffff') // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * An accent value checked: a palette name or a #rrggbb colour dark enough for text on every
 * background; anything else is refused with the reason.
 * @example checkAccent('teal') // { value: '#00605c' }
 * @example checkAccent('#ffff00') // { reason: 'too light: ...' }
 */
export function checkAccent(raw: string): { value: string } | { reason: string } {
  const value = raw.trim().toLowerCase();
  if (Object.hasOwn(ACCENT_PALETTE, value)) return { value: ACCENT_PALETTE[value as AccentName] };
  if (!HEX.test(value)) return { reason: `not a colour name (${Object.keys(ACCENT_PALETTE).join(', ')}) or a #rrggbb colour` };
  const worst = Math.min(...ACCENT_BACKGROUNDS.map((bg) => contrastRatio(value, bg)));
  if (worst < MIN_CONTRAST) return { reason: `too light: ${worst.toFixed(2)}:1 against the widget's backgrounds, ${MIN_CONTRAST}:1 is needed` };
  return { value };
}

/** One value per name; a name given twice (or more) is ambiguous, so it is refused. */
function single(params: URLSearchParams, name: string, ignored: EmbedOptions['ignored']): string | undefined {
  const all = params.getAll(name);
  if (all.length > 1) {
    ignored.push({ name, reason: 'given more than once' });
    return undefined;
  }
  if (all.length === 1 && all[0].trim() === '') {
    ignored.push({ name, reason: 'empty' });
    return undefined;
  }
  return all[0];
}

/**
 * The widget's options from its address's query string, each checked; bad values give the default.
 * @example parseEmbedOptions('?accent=teal&count=5', { defaultCount: 3, maxCount: 10, areas: [] }) // { accent: '#00605c', layout: 'full', count: 5, area: undefined, ignored: [] }
 * @example parseEmbedOptions('?count=<script>', { defaultCount: 3, maxCount: 10, areas: [] }).count // 3
 */
export function parseEmbedOptions(search: string, spec: EmbedOptionSpec): EmbedOptions {
  const params = new URLSearchParams(search);
  const ignored: EmbedOptions['ignored'] = [];
  const options: EmbedOptions = { accent: undefined, layout: 'full', count: spec.defaultCount, area: undefined, ignored };

  const accent = single(params, 'accent', ignored);
  if (accent !== undefined) {
    const checked = checkAccent(accent);
    if ('value' in checked) options.accent = checked.value;
    else ignored.push({ name: 'accent', reason: checked.reason });
  }

  const layout = single(params, 'layout', ignored);
  if (layout !== undefined) {
    if ((LAYOUTS as readonly string[]).includes(layout)) options.layout = layout as Layout;
    else ignored.push({ name: 'layout', reason: `not one of ${LAYOUTS.join(', ')}` });
  }

  const count = single(params, 'count', ignored);
  if (count !== undefined) {
    const n = COUNT.test(count) ? Number(count) : NaN;
    if (spec.maxCount === 0) ignored.push({ name: 'count', reason: 'this widget has no count option' });
    else if (n >= 1 && n <= spec.maxCount) options.count = n;
    else ignored.push({ name: 'count', reason: `not a whole number from 1 to ${spec.maxCount}` });
  }

  const area = single(params, 'area', ignored);
  if (area !== undefined) {
    if (spec.areas.includes(area)) options.area = area;
    else ignored.push({ name: 'area', reason: spec.areas.length ? `not one of ${spec.areas.join(', ')}` : 'this widget has no area option' });
  }
  return options;
}
