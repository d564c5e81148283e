/**
 * <site-postcode>: "Set your postcode" (src/components/SetPostcode.astro). Reads the postcode in the
 * browser, keeps it under the `postcode` preference, and shows items of [data-area-list] lists
 * whose data-area is the visitor's area first. Nothing is ever sent over the network.
 */
import { findArea, parsePostcode, type PostcodeTable } from '../lib/postcodes';
import { clearPreferences, readPreference, writePreference } from './preferences';

/** What is stored under the `postcode` preference (see preferences.ts). */
interface StoredPostcode {
  postcode: string;
  area: string | null;
}

/** The stored postcode, or null when none (or when what is stored cannot be read). */
function readStored(): StoredPostcode | null {
  try {
    const value = JSON.parse(readPreference('postcode') ?? 'null');
    return typeof value?.postcode === 'string' ? value : null;
  } catch {
    return null;
  }
}

class SitePostcode extends HTMLElement {
  private table: PostcodeTable = { codes: {}, names: {} };

  private el<T extends Element = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector) as T;
  }

  connectedCallback() {
    this.table = JSON.parse(this.dataset.areas ?? '{}');
    this.el('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.el('[data-forget]').addEventListener('click', () => this.forget());
    const stored = readStored();
    this.el<HTMLInputElement>('input').value = stored?.postcode ?? '';
    // why: fill the status before the panel is shown, so a screen reader does not announce it on load.
    this.el('[data-status]').textContent = this.apply(stored?.postcode ?? null);
    this.hidden = false;
  }

  /** Shows the area's items first (or hides that section) and returns the sentence describing it. */
  private apply(postcode: string | null): string {
    const latest = this.el('[data-latest]');
    latest.hidden = true;
    this.el('[data-forget-row]').hidden = !postcode;
    const parsed = postcode ? parsePostcode(postcode) : null;
    if (!parsed) return '';
    const id = findArea(parsed, this.table.codes);
    const names = Object.values(this.table.names);
    if (!id) return `${parsed.postcode} is outside the areas this site covers (${names.join(', ')}). Showing everything.`;
    const name = this.table.names[id];
    const lists = [...document.querySelectorAll<HTMLElement>('[data-area-list]')];
    const items = lists.flatMap((list) => [...list.querySelectorAll<HTMLElement>(`[data-area="${CSS.escape(id)}"]`)]);
    if (!items.length) return `${parsed.postcode} is in ${name}. There is nothing from ${name} on this page yet, so everything is shown.`;
    this.el('[data-area-name]').textContent = name;
    this.el('[data-latest-note]').textContent = `Chosen from your postcode, ${parsed.postcode}. Everything else is still on this page.`;
    this.el('[data-latest-items]').replaceChildren(...items.map(copyItem));
    lists[0].id ||= 'site-postcode-all';
    this.el<HTMLAnchorElement>('[data-show-all]').href = `#${lists[0].id}`;
    latest.hidden = false;
    return `${parsed.postcode} is in ${name}. Showing news and events from ${name} first.`;
  }

  private submit() {
    const input = this.el<HTMLInputElement>('input');
    const parsed = parsePostcode(input.value);
    if (!parsed) {
      // why: GOV.UK's wording: "Enter a postcode" when empty, "Enter a real postcode" when wrong.
      this.showError(input.value.trim() ? 'Enter a real postcode, like TS1 2AB' : 'Enter a postcode, like TS1 2AB');
      return;
    }
    this.showError(null);
    input.value = parsed.postcode;
    const stored: StoredPostcode = { postcode: parsed.postcode, area: findArea(parsed, this.table.codes) };
    const kept = writePreference('postcode', JSON.stringify(stored));
    const sentence = this.apply(parsed.postcode);
    this.el('[data-status]').textContent = kept ? sentence : `${sentence} Your browser is not letting this site remember it, so it applies to this page only.`;
  }

  private forget() {
    clearPreferences('postcode');
    const input = this.el<HTMLInputElement>('input');
    input.value = '';
    this.showError(null);
    this.apply(null);
    this.el('[data-status]').textContent = 'Your postcode has been forgotten. Showing everything.';
    // why: the Forget button has just been hidden; put focus somewhere useful rather than on <body>.
    input.focus();
  }

  /** GOV.UK error message pattern: error state on the group, message linked to the input, focus moved. */
  private showError(message: string | null) {
    const input = this.el<HTMLInputElement>('input');
    const error = this.el('#site-postcode-error');
    this.el('[data-group]').classList.toggle('app-form-group--error', !!message);
    input.classList.toggle('app-input--error', !!message);
    error.hidden = !message;
    this.el('[data-error-text]').textContent = message ?? '';
    input.setAttribute('aria-describedby', message ? 'site-postcode-hint site-postcode-error' : 'site-postcode-hint');
    if (message) input.focus();
  }
}

/** A copy of a list item for the "Latest from your area" list: no duplicate ids, headings one level down. */
function copyItem(item: HTMLElement): HTMLElement {
  const copy = item.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  copy.querySelectorAll('h2').forEach((h2) => {
    const h3 = document.createElement('h3');
    h3.className = h2.className;
    h3.append(...h2.childNodes);
    h2.replaceWith(h3);
  });
  return copy;
}

customElements.define('site-postcode', SitePostcode);
