// why: no Node.js modules here: the build and the CMS (in the browser) both read fields this way.

/**
 * Each value at a field path from a schema ('hero.src', 'related[].url'), with the path written out ('related.0.url').
 * @example valuesAt({ related: [{ url: '/a/' }] }, 'related[].url') // [{ field: 'related.0.url', value: '/a/' }]
 */
export function valuesAt(data: unknown, path: string): { field: string; value: unknown }[] {
  let found: { field: string; value: unknown }[] = [{ field: '', value: data }];
  for (const part of path.split('.')) {
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    found = found.flatMap(({ field, value }) => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
      const child = (value as Record<string, unknown>)[key];
      const at = field ? `${field}.${key}` : key;
      if (!list) return child === undefined ? [] : [{ field: at, value: child }];
      return Array.isArray(child) ? child.map((item, i) => ({ field: `${at}.${i}`, value: item })) : [];
    });
  }
  return found;
}
