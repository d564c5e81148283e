/**
 * <site-share>: "Copy link" and the device's own share sheet (src/components/ShareLinks.astro).
 * Both buttons start hidden and appear only when the browser can do what they say, so no
 * button is ever dead; without JavaScript the page address is shown as text to copy.
 */
import { announce, canCopy, copyText } from './clipboard';

class SiteShare extends HTMLElement {
  connectedCallback() {
    const url = this.dataset.url ?? window.location.href;
    const title = this.dataset.title ?? document.title;
    const copy = this.querySelector<HTMLButtonElement>('[data-copy-link]');
    const native = this.querySelector<HTMLButtonElement>('[data-native-share]');
    if (copy && canCopy()) {
      copy.addEventListener('click', () => this.copy(url));
      copy.hidden = false;
    }
    // why: only where the browser offers a share sheet (most phones; few desktop browsers).
    if (native && typeof navigator.share === 'function') {
      native.addEventListener('click', () => this.share({ title, url }));
      native.hidden = false;
    }
  }

  private async copy(url: string): Promise<void> {
    if (await copyText(url)) this.say('Link copied. You can now paste it into a message or email.');
    else this.say('The link could not be copied. Select the address above and copy it instead.');
  }

  private async share(data: ShareData): Promise<void> {
    try {
      await navigator.share(data);
    } catch (error) {
      // why: closing the share sheet is the reader's choice (AbortError), not a failure to report.
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        this.say('Your device could not open its share options. Use one of the links above instead.');
      }
    }
  }

  /** Puts a message in the polite live region, announced even when it repeats. */
  private say(message: string): void {
    announce(this.querySelector('[data-share-status]'), message);
  }
}

customElements.define('site-share', SiteShare);
