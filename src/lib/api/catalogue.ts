import { newsFeedPaths } from '../feeds/feed-paths';

/** One open-data file: its site path (without base), media type and what it holds. */
export interface CatalogueEntry {
  id: string;
  path: string;
  mediaType: string;
  description: string;
}

const feeds = newsFeedPaths();

/** Every open-data file the site publishes, as /api/index.json lists them (and the README documents). */
export const API_CATALOGUE: CatalogueEntry[] = [
  { id: 'news', path: '/api/news.json', mediaType: 'application/json', description: 'Published news articles, newest first.' },
  { id: 'faqs', path: '/api/faqs.json', mediaType: 'application/json', description: 'Questions and answers (answers as plain text), in the FAQs page order.' },
  { id: 'events', path: '/api/events.json', mediaType: 'application/json', description: 'Upcoming events soonest first, then past events; times in UK time with their offset.' },
  { id: 'documents', path: '/api/documents.json', mediaType: 'application/json', description: 'Published documents with their file type and size, newest first.' },
  { id: 'evidence', path: '/api/evidence.json', mediaType: 'application/json', description: 'Sets of evidence figures with their sources, oldest first.' },
  { id: 'evidence-csv', path: '/api/evidence.csv', mediaType: 'text/csv', description: 'Every evidence figure as one CSV row, with its source.' },
  { id: 'news-rss', path: feeds.rss, mediaType: 'application/rss+xml', description: 'News as RSS 2.0 (per area: /news/areas/<area>/rss.xml).' },
  { id: 'news-atom', path: feeds.atom, mediaType: 'application/atom+xml', description: 'News as Atom 1.0 (per area: /news/areas/<area>/atom.xml).' },
  { id: 'news-json-feed', path: feeds.json, mediaType: 'application/feed+json', description: 'News as JSON Feed 1.1 (per area: /news/areas/<area>/feed.json).' },
  { id: 'events-calendar', path: '/events/calendar.ics', mediaType: 'text/calendar', description: 'Upcoming events as an iCalendar feed to subscribe to.' },
];
