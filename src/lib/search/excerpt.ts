/** A run of excerpt text, marked when it matched the search words. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the character references Pagefind leaves in excerpts.
 * @example decodeEntities('Fish &amp; chips &#8211; &lt;b&gt;') // "Fish & chips – <b>"
 */
export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

// why: Pagefind's excerpt is HTML with <mark> around the matched words. Splitting it into text runs
// lets the page build the result with textContent, so no markup from the index is ever parsed.
/**
 * An excerpt split into plain and marked runs.
 * @example excerptParts('Is it <mark>safe</mark>? Yes &amp; no') // [{ text: 'Is it ', mark: false }, { text: 'safe', mark: true }, { text: '? Yes & no', mark: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else {
      // why: anything else that looks like a tag is dropped, never shown or parsed.
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}
