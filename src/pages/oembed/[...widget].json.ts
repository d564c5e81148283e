import type { APIRoute, GetStaticPaths } from 'astro';
import { getSettings } from '../../lib/content';
import { getWidgets, snippetInput } from '../../lib/embeds';
import { oembedJson } from '../../lib/embed-snippet';
import type { Widget } from '../../lib/embed-widgets';
import { absoluteUrl } from '../../lib/url';

// why: oEmbed (https://oembed.com/) lets WordPress, Drupal and other CMSs embed a widget from a page's
// address alone. A static site cannot answer ?url= queries, so each widget has its own JSON file and
// each page names it in <link rel="alternate" type="application/json+oembed"> (discovery, section 4).

export const getStaticPaths = (async () =>
  (await getWidgets()).map((widget) => ({
    params: { widget: widget.oembedPath.replace(/^\/oembed\//, '').replace(/\.json$/, '') },
    props: { widget },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ widget: Widget }> = async ({ props }) => {
  const { widget } = props;
  const { siteName } = await getSettings();
  const body = oembedJson({ ...(await snippetInput(widget)), widgetTitle: widget.title }, { name: siteName, url: absoluteUrl('/') });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
