/**
 * <site-search>: the search page (src/pages/search.astro). Loads Pagefind's JavaScript API only
 * when someone searches (a query in the address, or focus in the box), shows results 5 at a time
 * with our own markup, filters by type, area and year with counts, and announces every change in
 * a polite live region. Nothing is sent anywhere: Pagefind searches in the browser.
 */
import { excerptParts } from '../lib/search/excerpt';
import { FILTER_GROUPS, orderValues, pagefindFilters, searchStatus, selectionFromParams, type FilterGroup, type Selection } from '../lib/search/filters';

/** The parts of Pagefind's JavaScript API used here (pagefind.js has no type declarations). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: { filters?: unknown }): Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 5;
const TYPING_PAUSE_MS = 250;
/** Sub-results (sections of a long page) shown under a result. */
const MAX_SECTIONS = 3;

class SiteSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;
  private results: PagefindSearch['results'] = [];
  private shown = 0;
  private run = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private query = '';
  private filtered = false;

  private el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector) as T;
  }

  private get input() {
    return this.el<HTMLInputElement>('#search-input');
  }

  connectedCallback() {
    this.el('[data-search-nojs]').hidden = true;
    this.el('[data-search-ui]').hidden = false;
    const params = new URLSearchParams(location.search);
    const initial = selectionFromParams(params);
    this.input.value = params.get('q') ?? '';
    this.el('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.search();
    });
    // why: the search code (about 130 KB with the first index chunks, measured by npm run bench:search) loads when someone starts to search, never before.
    this.input.addEventListener('focus', () => void this.load().catch(() => undefined), { once: true });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.search(), TYPING_PAUSE_MS);
    });
    this.el('[data-search-more]').addEventListener('click', () => void this.showMore(true));
    this.el('[data-search-groups]').addEventListener('change', () => this.search());
    if (this.input.value.trim()) void this.search(initial);
  }

  /** Pagefind's API, imported from the built index (base-path aware), once. */
  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      // why: the bundle is Pagefind's output (dist/pagefind/), not part of Astro's build: import it by its address.
      const src = new URL('pagefind.js', new URL(this.dataset.bundle ?? '/pagefind/', location.href)).href;
      const pagefind = (await import(/* @vite-ignore */ src)) as Pagefind;
      // why: result addresses are stored with the base path already (src/integrations/search-index.ts).
      // why: noWorker: one request and ~12 KB less on the first search; searching this small index on the
      // main thread takes a few milliseconds (measured by npm run bench:search).
      await pagefind.options({ baseUrl: '/', excerptLength: 24, noWorker: true });
      await pagefind.init();
      return pagefind;
    })();
    this.pagefind.catch(() => (this.pagefind = undefined));
    return this.pagefind;
  }

  /** The ticked boxes of each group. */
  private selection(): Selection {
    const out: Selection = {};
    for (const { id } of FILTER_GROUPS) {
      out[id] = [...this.querySelectorAll<HTMLInputElement>(`input[name="${id}"]:checked`)].map((box) => box.value);
    }
    return out;
  }

  /** Runs the search in the box with the ticked filters, and shows the first results. */
  private async search(initial?: Selection) {
    clearTimeout(this.timer);
    const run = ++this.run;
    const query = this.input.value.trim();
    const status = this.el('[data-search-status]');
    if (!query) {
      this.clear();
      status.textContent = '';
      this.remember('', {});
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.load();
      await this.drawFilters(pagefind, initial);
      this.el('[data-search-nojs]').hidden = true;
    } catch {
      status.textContent = 'Search could not be loaded. Check your connection and try again.';
      // why: the no-JavaScript message fits this case too, with its links to the site map and the FAQs.
      this.el('[data-search-nojs]').hidden = false;
      return;
    }
    const selection = this.selection();
    const filtered = Object.values(selection).some((values) => values.length > 0);
    const found = await pagefind.search(query, { filters: pagefindFilters(selection) });
    // why: counts for each group are what ticking that value would give with the other groups as they are.
    const counts = await Promise.all(
      FILTER_GROUPS.map(async ({ id }) => {
        if (!selection[id]?.length) return found?.filters[id] ?? {};
        return (await pagefind.search(query, { filters: pagefindFilters(selection, id) }))?.filters[id] ?? {};
      }),
    );
    if (run !== this.run || !found) return; // a newer search has started
    this.query = query;
    this.filtered = filtered;
    this.results = found.results;
    this.shown = 0;
    this.clear();
    FILTER_GROUPS.forEach(({ id }, i) => this.updateCounts(id, counts[i]));
    await this.showMore(false);
    if (run !== this.run) return;
    this.el('[data-search-help]').hidden = this.results.length > 0;
    this.el('[data-search-help-filters]').hidden = !filtered;
    status.textContent = searchStatus({ query, total: this.results.length, shown: this.shown, filtered });
    this.remember(query, selection);
  }

  private clear() {
    this.el('[data-search-results]').replaceChildren();
    this.el('[data-search-more]').hidden = true;
    this.el('[data-search-help]').hidden = true;
    this.el('[data-search-filters]').hidden = !this.input.value.trim();
  }

  /** Writes the search into the address, so it can be reloaded or shared (nothing is sent). */
  private remember(query: string, selection: Selection) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [group, values] of Object.entries(selection)) for (const value of values ?? []) params.append(group, value);
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  /** Loads and shows the next few results; when asked, moves focus to the first new one. */
  private async showMore(focus: boolean) {
    const run = this.run;
    const next = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (run !== this.run) return;
    const items = data.map((result) => this.item(result));
    this.el('[data-search-results]').append(...items);
    this.shown += items.length;
    this.el('[data-search-more]').hidden = this.shown >= this.results.length;
    if (focus && items[0]) {
      items[0].querySelector('a')?.focus();
      this.el('[data-search-status]').textContent = searchStatus({ query: this.query, total: this.results.length, shown: this.shown, filtered: this.filtered, more: true });
    }
  }

  /** One result: title link, type and date, excerpt with the matched words marked, and matching sections. */
  private item(result: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'app-search-result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'app-meta app-search-result__meta';
    meta.textContent = [result.meta.type ?? 'Page', result.meta.date].filter(Boolean).join(' · ');
    li.append(heading, meta, this.excerpt(result.excerpt));
    const sections = (result.sub_results ?? []).filter((sub) => sub.url !== result.url && sub.url.includes('#')).slice(0, MAX_SECTIONS);
    if (sections.length > 0) {
      const list = document.createElement('ul');
      list.className = 'app-search-result__sections';
      list.setAttribute('aria-label', `Sections of “${link.textContent}” that match`);
      for (const sub of sections) {
        const item = document.createElement('li');
        const a = document.createElement('a');
        a.href = sub.url;
        a.textContent = sub.title;
        item.append(a, this.excerpt(sub.excerpt));
        list.append(item);
      }
      li.append(list);
    }
    return li;
  }

  private excerpt(html: string): HTMLParagraphElement {
    const p = document.createElement('p');
    p.className = 'app-search-result__excerpt';
    for (const part of excerptParts(html)) {
      if (!part.mark) p.append(part.text);
      else {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        p.append(mark);
      }
    }
    return p;
  }

  /** Draws the filter boxes once, from every value in the index; ticks those from the address. */
  private async drawFilters(pagefind: Pagefind, initial?: Selection) {
    const groups = this.el('[data-search-groups]');
    if (groups.childElementCount > 0) return;
    const all = await pagefind.filters();
    for (const { id, legend } of FILTER_GROUPS) {
      const values = orderValues(id, Object.keys(all[id] ?? {}));
      if (values.length === 0) continue;
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'app-search__group';
      const caption = document.createElement('legend');
      caption.textContent = legend;
      fieldset.append(caption);
      values.forEach((value, i) => {
        const row = document.createElement('div');
        row.className = 'app-checkbox';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = id;
        box.value = value;
        box.id = `search-${id}-${i}`;
        box.checked = initial?.[id]?.includes(value) ?? false;
        const label = document.createElement('label');
        label.htmlFor = box.id;
        const name = document.createElement('span');
        name.textContent = value;
        const count = document.createElement('span');
        count.dataset.count = '';
        label.append(name, ' ', count);
        row.append(box, label);
        fieldset.append(row);
      });
      groups.append(fieldset);
    }
  }

  /** Shows beside each value how many results ticking it would give; hides values that would give none (unless ticked). */
  private updateCounts(group: FilterGroup, counts: Record<string, number>) {
    const boxes = [...this.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)];
    for (const box of boxes) {
      const n = counts[box.value] ?? 0;
      const count = box.labels?.[0]?.querySelector<HTMLElement>('[data-count]');
      if (count) count.textContent = `(${n})`;
      // why: a long list of "(0)" boxes is noise; a ticked box stays so it can be unticked.
      (box.parentElement as HTMLElement).hidden = n === 0 && !box.checked;
    }
    const fieldset = boxes[0]?.closest('fieldset');
    if (fieldset) fieldset.hidden = boxes.every((box) => (box.parentElement as HTMLElement).hidden);
  }
}

customElements.define('site-search', SiteSearch);
