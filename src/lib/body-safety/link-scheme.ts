// why: a link to javascript: (or data:, vbscript:) runs code when clicked; only these open safely.
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The scheme of an address as a browser reads it (spaces and control characters ignored), in lower case; undefined for a relative address.
 * @example urlScheme(' Java\tScript:alert(1)') // 'javascript'
 */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\s\u0000-\u001f]/g, ''))?.[1]?.toLowerCase();
}

/**
 * True when a link or picture address cannot run code: a relative address, or http(s), mailto or tel.
 * @example isSafeUrl('javascript:alert(1)') // false
 */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

/**
 * True for a picture address the MDX compiler turns into an import of a file (neither a full address nor one starting with /).
 * @example isImportedPicture('./chart.png') // true
 */
export function isImportedPicture(url: string): boolean {
  // why: the same test as Astro's Sätteri image collector (collect-images): such a path becomes an
  // `import` in the compiled body, which is code, not text.
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // a malformed escape: Astro would fail on it too; judge the address as written
  }
  return decoded !== '' && !URL.canParse(decoded) && !decoded.startsWith('/');
}
