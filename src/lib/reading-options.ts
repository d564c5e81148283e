// why: one place names the text sizes and the classes the reading options put on <html>, so the
// inline head script, the button script, the text-only pages and the stylesheet cannot drift.

/** The text sizes a reader can choose, smallest first; 'default' is the site's own size. */
export const TEXT_SIZES = ['default', 'large', 'largest'] as const;

/** One of the text sizes. */
export type TextSize = (typeof TEXT_SIZES)[number];

/** The button label for each text size. */
export const TEXT_SIZE_LABELS: Record<TextSize, string> = { default: 'Default', large: 'Large', largest: 'Largest' };

/** Classes on <html>: JavaScript runs, text only is on, and the prefix of the text-size class. */
export const HTML_CLASS = {
  js: 'app-js',
  textOnly: 'app-text-only',
  textSizePrefix: 'app-text-size-',
} as const;

/** The stored value meaning "text only is on" (hat:text-only). */
export const TEXT_ONLY_ON = 'on';

/**
 * A stored text size, or 'default' for anything else (unset, blocked storage, a garbage value).
 * @example parseTextSize('largest') // 'largest'
 * @example parseTextSize('huge') // 'default'
 */
export function parseTextSize(value: string | null | undefined): TextSize {
  return (TEXT_SIZES as readonly string[]).includes(value ?? '') ? (value as TextSize) : 'default';
}

/**
 * The class on <html> for a text size; the default size has none.
 * @example textSizeClass('large') // 'app-text-size-large'
 * @example textSizeClass('default') // undefined
 */
export function textSizeClass(size: TextSize): string | undefined {
  return size === 'default' ? undefined : `${HTML_CLASS.textSizePrefix}${size}`;
}

/**
 * What text only shows in place of an image or video: "[Image: alt]", or nothing for a
 * decorative image (empty alt), which is simply left out.
 * @example replacementText('A clinic room') // '[Image: A clinic room]'
 * @example replacementText('  ') // undefined
 * @example replacementText('A day at the clinic', 'Video') // '[Video: A day at the clinic]'
 */
export function replacementText(alt: string | null | undefined, kind: 'Image' | 'Video' = 'Image'): string | undefined {
  const text = (alt ?? '').replace(/\s+/g, ' ').trim();
  return text ? `[${kind}: ${text}]` : undefined;
}
