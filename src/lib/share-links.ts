/** A share link: plain URLs, so nothing loads from another site until the reader clicks. */
export interface ShareLink {
  label: string;
  href: string;
}

/**
 * Plain share links for a page (no third-party script).
 * @example shareLinks('https://example.org/news/a/', 'Title')[0] // { label: 'Share by email', href: 'mailto:?subject=Title&body=https%3A%2F%2Fexample.org%2Fnews%2Fa%2F' }
 */
export function shareLinks(pageUrl: string, title: string): ShareLink[] {
  const u = encodeURIComponent(pageUrl);
  const t = encodeURIComponent(title);
  return [
    { label: 'Share by email', href: `mailto:?subject=${t}&body=${u}` },
    { label: 'Share on WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${pageUrl}`)}` },
    { label: 'Share on Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'Share on X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { label: 'Share on LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
}
