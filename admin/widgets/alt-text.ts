import type { ComponentClass } from 'react';

/** What Decap gives a widget control that the alt-text check needs. */
interface AltTextProps {
  value?: string;
  field: { get(key: string): unknown };
  getEntry?: () => { getIn(path: string[]): unknown };
}

/** The message shown under an empty alt text field when its image is not marked decorative. */
export const ALT_TEXT_MISSING =
  'Alt text is required: describe what the image shows in one sentence, or tick "Decorative image" if it adds nothing to the text.';

/**
 * Whether alt text may be left empty: only when the image is marked decorative, or there is no image.
 * @example altTextProblem('', { decorative: false, src: 'a.jpg' }) // ALT_TEXT_MISSING
 */
export function altTextProblem(alt: string | undefined, image: { decorative?: unknown; src?: unknown }): string | undefined {
  if (alt?.trim()) return undefined;
  if (image.decorative === true || !image.src) return undefined;
  return ALT_TEXT_MISSING;
}

// why: Decap's image widget cannot require alt text, and a plain required string cannot allow
// the "decorative" choice. This control is Decap's own string control plus a check that reads
// the image's decorative box and file (`decorative_field` and `image_field`, set by the
// generated config) from the current entry.
/** Decap's string control, made to require alt text unless the image is decorative. */
export function altTextControl(StringControl: ComponentClass<never>): ComponentClass<AltTextProps> {
  return class AltTextControl extends (StringControl as unknown as ComponentClass<AltTextProps>) {
    isValid() {
      const props = (this as unknown as { props: AltTextProps }).props;
      const at = (key: string) => String(props.field.get(key) ?? '').split('.');
      const entry = props.getEntry?.();
      const problem = altTextProblem(props.value, {
        decorative: entry?.getIn(['data', ...at('decorative_field')]),
        src: entry?.getIn(['data', ...at('image_field')]),
      });
      return problem ? { error: { type: 'CUSTOM', message: problem } } : true;
    }
  };
}
