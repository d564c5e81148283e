// why: a spreadsheet opening the CSV runs a cell starting with = + - @ (or a tab or carriage return
// before one) as a formula, which can fetch addresses or run commands: OWASP "CSV Injection".
// OWASP's remedy is a single quote in front, which makes the cell text. A cell that is just a
// number (-12, +3.5, -40%) is left alone: a spreadsheet reads it as that number, never as a formula.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(?:,\d{3})*(?:\.\d+)?%?$/;

/**
 * Editor text made safe to open in a spreadsheet: text a spreadsheet would run as a formula gets a single quote in front.
 * @example spreadsheetSafe('=HYPERLINK("https://x.example")') // '\'=HYPERLINK("https://x.example")'
 * @example spreadsheetSafe('-12%') // '-12%'
 */
export const spreadsheetSafe = (cell: string): string => (FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell);
