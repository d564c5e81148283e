import type { ComponentClass } from 'react';
import { checkBody, type BodyProblem } from '../../src/lib/body-safety/check-body';

/** What Decap gives a widget control that the body check needs. */
interface BodyProps {
  value?: string;
  collection?: { get(key: string): unknown };
}

/**
 * The message shown under a body the build would refuse: each problem with its line and fix.
 * @example bodyProblemMessage([{ line: 3, column: 1, reason: '<script> is not allowed.', fix: 'Remove it.' }])
 */
export function bodyProblemMessage(problems: Pick<BodyProblem, 'line' | 'column' | 'reason' | 'fix'>[]): string {
  const lines = problems.map((p) => `Line ${p.line}: ${p.reason} ${p.fix}`.trim());
  return `This text cannot be saved yet. ${lines.join(' ')}`;
}

// why: the build refuses bodies containing code (imports, {expressions}, <script>, unknown
// components). The CMS runs the same check before saving, so an editor sees the line and the
// reason next to the editor and nothing is written, rather than a failed build later.
/** Decap's Markdown control plus the build's body check. */
export function checkedMarkdownControl(MarkdownControl: ComponentClass<never>): ComponentClass<BodyProps> {
  return class CheckedMarkdownControl extends (MarkdownControl as unknown as ComponentClass<BodyProps>) {
    isValid() {
      const { value = '', collection } = (this as unknown as { props: BodyProps }).props;
      const format = collection?.get('extension') === 'md' ? 'md' : 'mdx';
      // why: the body alone is checked, so line numbers count from the first line of the text.
      const problems = checkBody(value, { file: 'body', format });
      return problems.length ? { error: { type: 'CUSTOM', message: bodyProblemMessage(problems) } } : true;
    }
  };
}
