/**
 * Every widget other sites can embed: its address under /embed/, its oEmbed file, its title, the full
 * page it comes from and its starting height. Pure (takes plain data), so the embed pages, "Embed
 * this", the oEmbed endpoint and the tests all agree on the same list.
 * why: area variants are real pages (/embed/news/area/<area id>/), so they work without JavaScript
 * and each has its own oEmbed file; ?area= on the all-areas page only forwards there.
 */

/** One embeddable widget. Paths are site paths without the base path (use url() / absoluteUrl()). */
export interface Widget {
  /** The embed page, e.g. "/embed/news/area/middlesbrough/". */
  path: string;
  /** Its oEmbed JSON, e.g. "/oembed/news/area/middlesbrough.json". */
  oembedPath: string;
  /** Heading and title of the widget, e.g. "Latest news from Middlesbrough". */
  title: string;
  /** The full page the widget links back to, e.g. "/news/" or "/faqs/#is-it-legal". */
  backPath: string;
  /** Text of the link back, e.g. "All news". */
  backLabel: string;
  /** Starting height in CSS pixels before the widget reports its own (the snippet and oEmbed use it). */
  height: number;
}

/** Items a list widget (news, events) shows by default, and the most it can show (?count=). */
export const LIST_DEFAULT_COUNT = 3;
export const LIST_MAX_COUNT = 10;

/** An area as the settings hold it. */
export interface AreaRef {
  id: string;
  name: string;
}

/**
 * The oEmbed file of an embed page.
 * @example oembedPathFor('/embed/news/area/middlesbrough/') // "/oembed/news/area/middlesbrough.json"
 */
export const oembedPathFor = (embedPath: string): string => `${embedPath.replace(/^\/embed\//, '/oembed/').replace(/\/$/, '')}.json`;

const widget = (w: Omit<Widget, 'oembedPath'>): Widget => ({ ...w, oembedPath: oembedPathFor(w.path) });

/** The key figures (the figures marked "key" in the evidence), each with its source. */
export const keyFiguresWidget = (): Widget =>
  widget({ path: '/embed/key-figures/', title: 'Key figures', backPath: '/evidence/', backLabel: 'All the evidence, with its limits', height: 640 });

/**
 * Latest news, from every area or from one.
 * @example newsWidget({ id: 'hartlepool', name: 'Hartlepool' }).path // "/embed/news/area/hartlepool/"
 */
export const newsWidget = (area?: AreaRef): Widget =>
  widget({
    path: area ? `/embed/news/area/${area.id}/` : '/embed/news/',
    title: area ? `Latest news from ${area.name}` : 'Latest news',
    backPath: '/news/',
    backLabel: 'All news',
    height: 560,
  });

/** Upcoming events, in every area or in one. */
export const eventsWidget = (area?: AreaRef): Widget =>
  widget({
    path: area ? `/embed/events/area/${area.id}/` : '/embed/events/',
    title: area ? `Upcoming events in ${area.name}` : 'Upcoming events',
    backPath: '/events/',
    backLabel: 'All events',
    height: 560,
  });

/** Every question and answer, in their groups. */
export const faqsWidget = (): Widget =>
  widget({ path: '/embed/faqs/', title: 'Questions and answers', backPath: '/faqs/', backLabel: 'All questions and answers', height: 900 });

/** One question and its answer. */
export const faqWidget = (faq: { id: string; question: string }): Widget =>
  widget({ path: `/embed/faqs/${faq.id}/`, title: faq.question, backPath: `/faqs/#${faq.id}`, backLabel: 'More questions and answers', height: 420 });

/** One participant story. */
export const storyWidget = (story: { id: string; title: string }): Widget =>
  widget({ path: `/embed/stories/${story.id}/`, title: story.title, backPath: `/stories/${story.id}/`, backLabel: 'Read it on our website', height: 720 });

/** One set of evidence figures with its cohort, caveat and source. */
export const evidenceWidget = (entry: { id: string; title: string }): Widget =>
  widget({ path: `/embed/evidence/${entry.id}/`, title: entry.title, backPath: `/evidence/#${entry.id}`, backLabel: 'All the evidence, with its limits', height: 520 });

/** The content the widgets are made from. */
export interface WidgetSources {
  areas: AreaRef[];
  faqs: { id: string; question: string }[];
  stories: { id: string; title: string }[];
  evidence: { id: string; title: string }[];
}

/**
 * Every widget of the site, in a stable order.
 * @example allWidgets({ areas: [], faqs: [], stories: [], evidence: [] }).map((w) => w.path) // ['/embed/key-figures/', '/embed/news/', '/embed/events/', '/embed/faqs/']
 */
export function allWidgets({ areas, faqs, stories, evidence }: WidgetSources): Widget[] {
  return [
    keyFiguresWidget(),
    newsWidget(),
    ...areas.map((a) => newsWidget(a)),
    eventsWidget(),
    ...areas.map((a) => eventsWidget(a)),
    faqsWidget(),
    ...faqs.map(faqWidget),
    ...stories.map(storyWidget),
    ...evidence.map(evidenceWidget),
  ];
}
