/**
 * Error messages shown when a content file is wrong. Each one says what is wrong and how to fix
 * it, in plain English, because a comms officer (not a developer) reads it.
 */

/** Message for a missing required field, naming the fix. */
export const required = (what: string, fix: string) => `${what} is missing. ${fix}`;

/** Message for a value of the wrong kind (e.g. a list where text was expected). */
export const wrongType = (what: string, expected: string) =>
  `${what} must be ${expected}. Check the spelling and the indentation of this field.`;

/**
 * Build a zod `error` option that distinguishes a missing value from a wrong one.
 * @example z.string({ error: missingOr('The title', 'Add a title: ...', 'text') })
 */
export const missingOr =
  (what: string, fix: string, expected: string) =>
  (issue: { input?: unknown }) =>
    issue.input === undefined ? required(what, fix) : wrongType(what, expected);
