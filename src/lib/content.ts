import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { newestFirst } from './dates';
import { isDue, ukToday } from './scheduled';

/** Articles per page of the news index. */
export const NEWS_PAGE_SIZE = 6;

type Publishable = 'pages' | 'news' | 'stories' | 'faqs' | 'documents' | 'events';

/** The site settings (content/settings/site.yaml); fails the build clearly when the file is missing. */
export async function getSettings() {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/settings/site.yaml is missing: the site cannot be built without its settings.');
  return entry.data;
}

// why: one date for the whole build, so an entry cannot be on one page and missing from another
// when a build runs past midnight; the dev server asks afresh so a long-running one keeps up.
const buildDay = ukToday();

/**
 * Entries of a collection that are on the site: not drafts, and (news, stories, documents) with a
 * published date that has come, by the UK date of the build. Every page listing these goes through here.
 */
export async function getPublished<C extends Publishable>(collection: C): Promise<CollectionEntry<C>[]> {
  const today = import.meta.env.DEV ? ukToday() : buildDay;
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return all.filter((entry) => {
    const { draft, published } = entry.data as { draft?: boolean; published?: Date };
    return !draft && (!published || isDue(published, today));
  });
}

/** News articles, newest first. */
export const getNews = async () => (await getPublished('news')).sort(newestFirst((n) => n.data.published));

/** Participant stories, newest first. */
export const getStories = async () => (await getPublished('stories')).sort(newestFirst((s) => s.data.published));

/**
 * The FAQ groups of the settings, in their order, each with its published questions sorted by their
 * order number, then alphabetically. The FAQs page, its widget and the API all list questions this way.
 */
export async function getFaqGroups() {
  const [settings, faqs] = await Promise.all([getSettings(), getPublished('faqs')]);
  return settings.faqGroups.map((group) => ({
    ...group,
    items: faqs.filter((faq) => faq.data.group === group.id).sort((a, b) => a.data.order - b.data.order || a.data.question.localeCompare(b.data.question)),
  }));
}

/** A page of prose by its file name; fails the build naming the missing file. */
export async function getPage(slug: string): Promise<CollectionEntry<'pages'>> {
  const entry = await getEntry('pages', slug);
  if (!entry || entry.data.draft) throw new Error(`content/pages/${slug}.mdx is missing (or a draft): this page's route needs it.`);
  return entry;
}
