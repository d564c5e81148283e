/**
 * <site-reading-options>: the text size and text-only buttons and "Clear my settings"
 * (src/components/ReadingOptions.astro). The inline head script (src/lib/reading-bootstrap.ts)
 * has already applied the stored choice before the first paint; this keeps the buttons'
 * aria-pressed in step, stores new choices (preferences.ts) and shows alt text in text only.
 */
import { HTML_CLASS, TEXT_ONLY_ON, TEXT_SIZES, parseTextSize, textSizeClass, type TextSize } from '../lib/reading-options';
import { showAltText, hideAltText } from './alt-text';
import { clearPreferences, readPreference, writePreference } from './preferences';

/** Fired on window after "Clear my settings", so other enhancements (postcode) can reset. */
export const PREFERENCES_CLEARED_EVENT = 'hat:preferences-cleared';

const root = document.documentElement;
// why: a static copy under /text-only/ is text only whatever is stored (the integration marks it).
const isTextOnlyCopy = root.hasAttribute('data-text-only-copy');

/** Puts the text size's class on <html> (and removes the others). */
function applySize(size: TextSize): void {
  for (const each of TEXT_SIZES) {
    const name = textSizeClass(each);
    if (name) root.classList.toggle(name, each === size);
  }
}

/** Turns the plain text-only rendering on or off on this page. */
function applyTextOnly(on: boolean): void {
  root.classList.toggle(HTML_CLASS.textOnly, on || isTextOnlyCopy);
  if (on || isTextOnlyCopy) showAltText(document.body);
  else hideAltText(document.body);
}

class SiteReadingOptions extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => this.onClick(event));
    // why: another tab changed a setting: follow it, so every open page agrees.
    window.addEventListener('storage', () => this.sync());
    document.querySelector('[data-full-version-link]')?.addEventListener('click', () => clearPreferences('textOnly'));
    this.sync();
  }

  /** Applies what is stored and shows it on the buttons. */
  private sync(): void {
    const size = parseTextSize(readPreference('textSize'));
    const textOnly = readPreference('textOnly') === TEXT_ONLY_ON;
    applySize(size);
    applyTextOnly(textOnly);
    this.showState(size, textOnly || isTextOnlyCopy);
  }

  private showState(size: TextSize, textOnly: boolean): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-text-size]')) {
      button.setAttribute('aria-pressed', String(button.dataset.textSize === size));
    }
    this.querySelector('[data-text-only-toggle]')?.setAttribute('aria-pressed', String(textOnly));
  }

  private onClick(event: Event): void {
    const button = (event.target as Element).closest('button');
    if (!button || !this.contains(button)) return;
    if (button.dataset.textSize) this.chooseSize(parseTextSize(button.dataset.textSize));
    else if (button.hasAttribute('data-text-only-toggle')) this.toggleTextOnly(button.getAttribute('aria-pressed') !== 'true');
    else if (button.hasAttribute('data-clear-settings')) this.clear();
  }

  private chooseSize(size: TextSize): void {
    // why: the default needs nothing stored; the privacy page promises nothing is kept unless chosen.
    const kept = size === 'default' ? (clearPreferences('textSize'), true) : writePreference('textSize', size);
    applySize(size);
    this.showState(size, root.classList.contains(HTML_CLASS.textOnly));
    this.say(kept ? '' : 'Your browser is not letting this site remember the text size, so it applies to this page only.');
  }

  private toggleTextOnly(on: boolean): void {
    if (on) {
      const kept = writePreference('textOnly', TEXT_ONLY_ON);
      this.say(kept ? '' : 'Your browser is not letting this site remember text only, so it applies to this page only.');
    } else {
      clearPreferences('textOnly');
      const full = document.querySelector<HTMLAnchorElement>('[data-full-version-link]');
      // why: this page is itself the text-only copy; "off" means going to the full page.
      if (isTextOnlyCopy && full) return window.location.assign(full.href);
    }
    applyTextOnly(on);
    this.showState(parseTextSize(readPreference('textSize')), on);
  }

  private clear(): void {
    clearPreferences();
    this.sync();
    window.dispatchEvent(new CustomEvent(PREFERENCES_CLEARED_EVENT));
    this.say('Your settings have been cleared. Nothing from this site is stored in this browser now.');
  }

  /** Puts a message in the polite live region (an empty message clears it). */
  private say(message: string): void {
    const status = this.querySelector('[data-reading-status]');
    if (!status) return;
    // why: the same words twice in a row are only announced again if the region changes first.
    status.textContent = '';
    if (message) window.setTimeout(() => (status.textContent = message), 50);
  }
}

customElements.define('site-reading-options', SiteReadingOptions);
