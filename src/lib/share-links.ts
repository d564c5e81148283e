/** The places a page can be shared to with a plain link. */
export type ShareNetwork = 'email' | 'whatsapp' | 'facebook' | 'x' | 'linkedin';

/** A share link: plain URLs, so nothing loads from another site until the reader clicks. */
export interface ShareLink {
  /** Which network the link shares to (stable, for styling and tests). */
  network: ShareNetwork;
  /** Visible link text, e.g. "Share on X". */
  label: string;
  /** The full link, with the page address and title percent-encoded. */
  href: string;
}

/**
 * Plain share links for a page (no third-party script).
 * Throws when pageUrl is not a full http(s) address, because a share link with a relative or
 * local address would send people nowhere.
 * @example shareLinks('https://example.org/news/a/', 'Title')[0] // { network: 'email', label: 'Share by email', href: 'mailto:?subject=Title&body=https%3A%2F%2Fexample.org%2Fnews%2Fa%2F' }
 */
export function shareLinks(pageUrl: string, title: string): ShareLink[] {
  if (!/^https?:\/\/[^/]/i.test(pageUrl)) {
    throw new Error(
      `Share links need the page's full address (https://…), but got "${pageUrl}". Set SITE_URL to the site's public address when building, for example SITE_URL=https://hat.example.gov.uk.`,
    );
  }
  const u = encodeURIComponent(pageUrl);
  const t = encodeURIComponent(title);
  return [
    { network: 'email', label: 'Share by email', href: `mailto:?subject=${t}&body=${u}` },
    { network: 'whatsapp', label: 'Share on WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${pageUrl}`)}` },
    { network: 'facebook', label: 'Share on Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'x', label: 'Share on X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: 'linkedin', label: 'Share on LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
}
