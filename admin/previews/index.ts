import siteCss from '../../src/styles/site.css?url';
import previewCss from './preview.css?url';
import { EventPreview } from './event';
import { FaqPreview } from './faq';
import { NewsPreview } from './news';
import { PagePreview } from './page';
import { StoryPreview } from './story';
import type { Cms, PreviewTemplate } from './types';

/** The preview template of each collection, by the collection's name in the CMS config. */
export const previewTemplates: Readonly<Record<string, PreviewTemplate>> = {
  news: NewsPreview,
  stories: StoryPreview,
  pages: PagePreview,
  faqs: FaqPreview,
  events: EventPreview,
};

/**
 * Give the CMS the site's look for previews: the site's stylesheet, the preview notices' styles,
 * and one template per collection that mirrors its live page.
 * @example registerPreviews(CMS) // before CMS.init(...)
 */
export function registerPreviews(cms: Cms): void {
  // why: `?url` makes Vite emit the stylesheet as a file and give its address, so the preview
  // frame links it from this site ('self' under the admin page's CSP) and it is always the
  // stylesheet the live pages use.
  cms.registerPreviewStyle(siteCss);
  cms.registerPreviewStyle(previewCss);
  for (const [name, template] of Object.entries(previewTemplates)) cms.registerPreviewTemplate(name, template);
}
