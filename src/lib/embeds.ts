import { getCollection } from 'astro:content';
import { getPublished, getSettings, getStories } from './content';
import { absoluteUrl } from './url';
import { allWidgets, type Widget } from './embed-widgets';
import type { SnippetInput } from './embed-snippet';

// why: the widgets are built from the same published content as the pages (drafts and future
// entries never reach a widget), through getPublished() and the settings' areas.

/** Every widget of the site, from the published content and the settings. */
export async function getWidgets(): Promise<Widget[]> {
  const settings = await getSettings();
  const faqs = (await getPublished('faqs')).map((f) => ({ id: f.id, question: f.data.question }));
  const stories = (await getStories()).map((s) => ({ id: s.id, title: s.data.title }));
  const evidence = (await getCollection('evidence')).map((e) => ({ id: e.id, title: e.data.title }));
  return allWidgets({ areas: settings.areas.map(({ id, name }) => ({ id, name })), faqs, stories, evidence });
}

/** The iframe title: the widget's title and the site's name, so a screen reader knows what and whose it is. */
export const frameTitle = (widget: Widget, siteName: string): string => `${widget.title} – ${siteName}`;

/** What embedSnippet() needs for a widget: its full address, frame title and starting height. */
export async function snippetInput(widget: Widget): Promise<SnippetInput> {
  const { siteName } = await getSettings();
  return { src: absoluteUrl(widget.path), title: frameTitle(widget, siteName), height: widget.height };
}

/** The full address of the host-page resize script. */
export const resizeScriptUrl = (): string => absoluteUrl('/embed/resize.js');
