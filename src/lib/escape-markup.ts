/**
 * Escapes text for HTML or XML: an element's text or a double-quoted attribute value.
 * @example escapeMarkup('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export const escapeMarkup = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
