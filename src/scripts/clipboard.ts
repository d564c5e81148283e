/**
 * Copying text and saying so, shared by "Copy link" (share.ts) and "Copy code" (copy-code.ts), so a
 * page with both loads this once.
 */

/** True when the browser lets the page write to the clipboard (secure pages only). */
export const canCopy = (): boolean => Boolean(navigator.clipboard) && window.isSecureContext;

/** Writes text to the clipboard; false when the browser refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Puts a message in a polite live region, announced even when it repeats. */
export function announce(status: Element | null, message: string): void {
  if (!status) return;
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 50);
}
