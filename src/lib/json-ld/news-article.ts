import type { NewsArticle, Organization, WithContext } from 'schema-dts';
import { isoDate } from '../dates';

/** What a NewsArticle block needs to know about an article. */
export interface ArticleFacts {
  url: string;
  headline: string;
  description: string;
  published: Date;
  updated?: Date;
  /** Full address of the main image (Google requires an image for article rich results). */
  imageUrl: string;
  /** The publishing organisation (organizationRef). */
  publisher: Organization;
}

/**
 * A news article as schema.org NewsArticle; dateModified is the published date when it never changed.
 * @example newsArticleLd({ url, headline: 'Clinic closes', description, published: new Date('2022-12-06'), imageUrl, publisher }).datePublished // '2022-12-06'
 */
export function newsArticleLd(facts: ArticleFacts): WithContext<NewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: facts.url,
    url: facts.url,
    headline: facts.headline,
    description: facts.description,
    image: [facts.imageUrl],
    datePublished: isoDate(facts.published),
    dateModified: isoDate(facts.updated ?? facts.published),
    author: facts.publisher,
    publisher: facts.publisher,
    inLanguage: 'en-GB',
  };
}
