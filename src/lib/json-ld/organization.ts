import type { Organization, WithContext } from 'schema-dts';

/** What the Organization block needs from the site settings. */
export interface OrganizationFacts {
  /** The publishing organisation's name and website (settings: organisation). */
  name: string;
  url: string;
  /** The site's own public address (origin and base path). */
  siteUrl: string;
  /** The site's public contact details (settings: contact). */
  contact: { email: string; phone: string; address: string[] };
}

/**
 * The organisation that publishes the site, with its public contact point (schema.org Organization).
 * @example organizationLd({ name: 'OPCC', url: 'https://pcc.example', siteUrl: 'https://hat.example/', contact: { email: 'a@b.org', phone: '01632 960 123', address: ['Middlesbrough'] } })['@type'] // 'Organization'
 */
export function organizationLd(facts: OrganizationFacts): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    ...refFields(facts),
    contactPoint: {
      '@type': 'ContactPoint',
      contactType: 'public enquiries',
      email: facts.contact.email,
      telephone: facts.contact.phone,
      areaServed: 'GB',
      availableLanguage: 'en-GB',
    },
    address: { '@type': 'PostalAddress', streetAddress: facts.contact.address.join(', '), addressCountry: 'GB' },
  };
}

/** The short form used as author, publisher or organiser of another block. */
export const organizationRef = (facts: Pick<OrganizationFacts, 'name' | 'url' | 'siteUrl'>): Organization => refFields(facts);

/** The fields the full block and its short form share. */
const refFields = (facts: Pick<OrganizationFacts, 'name' | 'url' | 'siteUrl'>) => ({
  '@type': 'Organization' as const,
  // why: an @id lets search engines tie this block to the publisher named on articles and events.
  '@id': `${facts.siteUrl}#organization`,
  name: facts.name,
  url: facts.url,
});
