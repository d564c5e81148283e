import { createElement as h, Fragment, type ComponentClass, type ReactNode } from 'react';

/** What Decap gives a text control that the count needs. */
interface CountProps {
  value?: string;
  forID?: string;
  field: { get(key: string): unknown };
}

/**
 * The line under a title or summary: how long it is against the suggested length.
 * Characters are counted as people see them (an emoji is one).
 * @example lengthNote('Clinic opens', 65) // { text: '12 characters (aim for 65 or fewer)', over: false }
 */
export function lengthNote(value: string, max: number): { text: string; over: boolean } {
  const length = [...value].length;
  const noun = length === 1 ? 'character' : 'characters';
  if (length <= max) return { text: `${length} ${noun} (aim for ${max} or fewer)`, over: false };
  return { text: `${length} ${noun}: ${length - max} more than the ${max} suggested. Shorter is easier to read in lists and search results.`, over: true };
}

// why: the ~65-character title and ~160-character summary are guidance, not rules (Decap has no
// soft limit), so the count is shown live under the box and never blocks a save.
/** Decap's string or text control with a live character count under it, when the field suggests a length. */
export function countedControl(Base: ComponentClass<never>): ComponentClass<CountProps> {
  return class CountedControl extends (Base as unknown as ComponentClass<CountProps>) {
    render(): ReactNode {
      const { value = '', forID = '', field } = (this as unknown as { props: CountProps }).props;
      const input = super.render();
      const max = Number(field.get('suggested_max'));
      if (!max) return input;
      const note = lengthNote(value, max);
      const style = { margin: '6px 0 0', fontSize: '13px', color: note.over ? '#a4001b' : '#4d5561', fontWeight: note.over ? 600 : 400 };
      return h(Fragment, null, input, h('p', { id: `${forID}-count`, className: 'app-cms-count', style }, note.text));
    }
  };
}
