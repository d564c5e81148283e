import type { Thing, WithContext } from 'schema-dts';

/**
 * JSON-LD as the text of a <script type="application/ld+json"> element. `<`, `>` and `&` are written
 * as \u003c, \u003e and \u0026 (still the same JSON), so text such as "</script>" in a title can
 * never end the element early, and U+2028/U+2029 are escaped for old JavaScript parsers.
 * @example serialiseJsonLd({ '@context': 'https://schema.org', '@type': 'Thing', name: '</script>' }) // '{"@context":"https://schema.org","@type":"Thing","name":"\\u003c/script\\u003e"}'
 */
export function serialiseJsonLd(data: WithContext<Thing> | WithContext<Thing>[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
