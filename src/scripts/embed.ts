/**
 * The widget's own script (src/layouts/EmbedLayout.astro): applies the checked URL options, then tells
 * the host page its height. It reads no storage, sets no cookie and talks to nobody but its parent.
 */
import { parseEmbedOptions } from '../lib/embed-options';

const root = document.documentElement;

/** Applies ?accent, ?layout and ?count; forwards ?area to the area's own widget. False when leaving the page. */
function applyOptions(): boolean {
  const data = root.dataset;
  const options = parseEmbedOptions(window.location.search, {
    defaultCount: Number(data.embedDefaultCount) || 0,
    maxCount: Number(data.embedMaxCount) || 0,
    areas: (data.embedAreas ?? '').split(' ').filter(Boolean),
  });
  // why: the host's developer learns why an option had no effect; the message holds only our own words.
  for (const { name, reason } of options.ignored) console.warn(`Widget option "${name}" ignored: ${reason}. The default is used.`);
  if (options.area && data.embedAreaBase) {
    // why: each area is a real page (works without JavaScript, has its own oEmbed); the id is from the allowlist.
    const target = new URL(`${data.embedAreaBase}${options.area}/`, window.location.href);
    new URLSearchParams(window.location.search).forEach((value, name) => name !== 'area' && target.searchParams.append(name, value));
    window.location.replace(target.href);
    return false;
  }
  if (options.accent) root.style.setProperty('--embed-accent', options.accent);
  root.classList.toggle('app-embed--compact', options.layout === 'compact');
  if (options.count > 0) {
    root.querySelectorAll<HTMLElement>('[data-area-list] > li').forEach((item, index) => (item.hidden = index >= options.count));
  }
  return true;
}

let reported = -1;

/**
 * Posts the AMP resize message to the parent: { sentinel: 'amp', type: 'embed-size', height }.
 * why: targetOrigin '*' because any site may embed the widget and its origin is not known here;
 * the message carries nothing but the height, which the host can see anyway.
 */
function reportHeight(): void {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === reported) return;
  reported = height;
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

if (applyOptions() && window.parent !== window) {
  reportHeight();
  new ResizeObserver(reportHeight).observe(root);
  window.addEventListener('load', reportHeight);
}
