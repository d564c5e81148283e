/**
 * Text only, in the browser: the stylesheet hides images and video; this shows their alt text
 * in their place ("[Image: …]"), as the built /text-only/ pages do (src/lib/text-only/).
 */
import { replacementText } from '../lib/reading-options';

const MARK = 'data-alt-for-text-only';
let observer: MutationObserver | undefined;

/** The element the text goes after: the <picture> around an image, or the element itself. */
const anchorOf = (media: Element): Element => (media.parentElement?.tagName === 'PICTURE' ? media.parentElement : media);

function label(media: Element): string | undefined {
  if (media.tagName === 'VIDEO') return replacementText(media.getAttribute('aria-label') ?? media.getAttribute('title'), 'Video');
  return replacementText(media.getAttribute('alt'));
}

function annotate(scope: ParentNode): void {
  for (const media of scope.querySelectorAll('img, video')) {
    const anchor = anchorOf(media);
    // why: a copied block (e.g. "Latest from your area") may already carry its text.
    if (anchor.nextElementSibling?.hasAttribute(MARK)) continue;
    const text = label(media);
    if (!text) continue;
    const span = document.createElement('span');
    span.className = 'app-alt-text';
    span.setAttribute(MARK, '');
    span.textContent = text;
    anchor.after(span);
  }
}

/** Shows the alt text of every image and video under `scope`, now and as content is added. */
export function showAltText(scope: HTMLElement): void {
  annotate(scope);
  if (observer) return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && node.parentElement) annotate(node.parentElement);
    }
  });
  observer.observe(scope, { childList: true, subtree: true });
}

/** Removes the alt text added by showAltText (back to the full page). */
export function hideAltText(scope: HTMLElement): void {
  observer?.disconnect();
  observer = undefined;
  for (const span of scope.querySelectorAll(`[${MARK}]`)) span.remove();
}
