/**
 * <site-copy-code>: the "Copy code" button of "Embed this" (src/components/EmbedThis.astro). The
 * button starts hidden and appears only where the browser can copy; without JavaScript the code is
 * in a read-only text box to select and copy by hand.
 */
import { announce, canCopy, copyText } from './clipboard';

class SiteCopyCode extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-copy-code]');
    const code = this.querySelector<HTMLTextAreaElement>('textarea');
    this.enablePreview();
    if (!button || !code || !canCopy()) return;
    button.addEventListener('click', async () => {
      const status = this.querySelector('[data-copy-status]');
      if (await copyText(code.value)) announce(status, 'Code copied. Paste it into your web page where the widget should appear.');
      else announce(status, 'The code could not be copied. Select the code in the box and copy it instead.');
    });
    button.hidden = false;
  }

  /** Shows the live preview, loading the widget the first time its "Embed this" box is opened. */
  private enablePreview(): void {
    const details = this.closest('details');
    const preview = details?.querySelector<HTMLElement>('[data-embed-preview]');
    const frame = preview?.querySelector<HTMLIFrameElement>('iframe[data-src]');
    if (!details || !preview || !frame) return;
    const load = () => {
      if (!details.open || frame.src) return;
      frame.src = frame.dataset.src ?? '';
      preview.hidden = false;
    };
    details.addEventListener('toggle', load);
    load();
  }
}

customElements.define('site-copy-code', SiteCopyCode);

// why: the live preview grows to its content like a widget on another site would with the resize
// script; only messages from this site's own preview frames are used, and only their height.
window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin) return;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { sentinel, type, height } = data as Record<string, unknown>;
  if (sentinel !== 'amp' || type !== 'embed-size' || typeof height !== 'number' || !(height > 0 && height < 20000)) return;
  const frame = [...document.querySelectorAll<HTMLIFrameElement>('[data-embed-preview] iframe')].find((f) => f.contentWindow === event.source);
  if (frame) frame.style.height = `${Math.ceil(height)}px`;
});
