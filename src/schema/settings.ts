import { z } from 'astro/zod';
import { field } from './editor';
import { areaPostcodesField, checkAreaPostcodes, checkPostcodeClaims } from './areas';
import { text } from './shared';
import { entryFields, knownFields } from './known-fields';

const idField = (what: string) =>
  field(
    z.string({ error: () => `${what} is missing.` }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: `${what} must be lower-case words joined by hyphens, e.g. redcar-and-cleveland.`,
    }),
    { label: 'Id', hint: 'Lower-case words joined by hyphens. Changing it breaks content that uses it.' },
  );

/** Site-wide settings (content/settings/site.yaml): everything that changes when another area reuses the site. */
export const settingsSchema = () =>
  entryFields('the site settings', {
    /** The site's full name, shown in the header and in every tab title. */
    siteName: text('The site name (siteName)', 'Site name', 'Shown in the header and every browser tab title.', 60),
    /** The scheme's place name, e.g. "Middlesbrough". */
    place: text('The place (place)', 'Place', 'The town or area the scheme serves.'),
    /** One sentence about the site, used when a page has no description of its own. */
    description: text('The site description (description)', 'Site description', 'One sentence about the site.', 160),
    /** The organisation that runs the site. */
    organisation: field(
      knownFields('the publisher', {
        /** The organisation's name. */
        name: text('The organisation name', 'Name', 'The organisation that publishes this site.'),
        /** Its website. */
        url: field(z.url({ protocol: /^https?$/, error: 'The website (url) must be a full https:// address.' }), { label: 'Website', hint: 'A full https:// address.' }),
      }),
      { label: 'Publisher', hint: 'Who publishes this site.', widget: 'object' },
    ),
    /** How to contact the team. */
    contact: field(
      knownFields('the contact details', {
        /** Email address for the public. */
        email: field(z.email({ error: 'The contact email is not a valid email address.' }), { label: 'Email', hint: 'The address the public should write to.' }),
        /** Telephone number. */
        phone: text('The phone number', 'Phone', 'With the area code, e.g. 01642 301653.'),
        /** Hours the phone is answered. */
        hours: text('The phone hours', 'Opening hours', 'When the phone is answered.'),
        /** Postal address, one line per entry. */
        address: field(z.array(z.string()).min(1), { label: 'Postal address', hint: 'One line per entry.', widget: 'list' }),
      }),
      { label: 'Contact details', hint: 'Shown on the contact page and in the footer.', widget: 'object' },
    ),
    /** Where to get help now (drug services, emergency): shown on the contact page. */
    help: field(
      z.array(
        knownFields('a help service', {
          /** The service's name. */
          name: text('The help service name', 'Service', 'E.g. "Emergency services".'),
          /** What it is for and how to reach it. */
          detail: text('The help service detail', 'How to reach it', 'What it helps with and how to contact it.'),
          /** Its website, if any. */
          url: field(z.url({ protocol: /^https?$/, error: 'The website (url) must be a full https:// address.' }).optional(), { label: 'Website', hint: 'Optional.' }),
        }),
      ),
      { label: 'Where to get help', hint: 'Services to contact for help now.', widget: 'list' },
    ),
    /** The organisations behind the scheme, shown on the partners page. */
    partners: field(
      z.array(
        knownFields('a partner', {
          /** The partner's name. */
          name: text('The partner name', 'Name', 'The organisation name.'),
          /** What the partner did in the scheme. */
          role: text('The partner role', 'Role', 'What it did in the scheme, in one sentence.'),
          /** Its website, if any. */
          url: field(z.url({ protocol: /^https?$/, error: 'The website (url) must be a full https:// address.' }).optional(), { label: 'Website', hint: 'Optional.' }),
        }),
      ),
      { label: 'Partners', hint: 'Organisations behind the scheme.', widget: 'list' },
    ),
    /** How the scheme was paid for, period by period. */
    funding: field(
      z.array(
        knownFields('a funding period', {
          /** The period, e.g. "October 2019 to September 2020". */
          period: text('The funding period', 'Period', 'E.g. "October 2019 to September 2020".'),
          /** Who paid and from what money. */
          detail: text('The funding detail', 'Who paid', 'Who paid, and from which budget.'),
        }),
      ),
      { label: 'Funding', hint: 'Who paid for the scheme, period by period.', widget: 'list' },
    ),
    /** The local areas content can be tagged with, and the postcodes in each (news, events, "Set your postcode"). */
    areas: field(
      z
        .array(
          knownFields('an area', {
            /** Stable id used in content files. */
            id: idField('The area id'),
            /** The area's name as shown. */
            name: text('The area name', 'Name', 'E.g. "Redcar and Cleveland".'),
            /** Postcode districts ("TS1") and sectors ("TS7 9") in this area. */
            postcodes: areaPostcodesField,
          }).superRefine(checkAreaPostcodes),
        )
        .min(1, { error: 'The site needs at least one area. Add one under "Areas" in the site settings.' })
        .superRefine(checkPostcodeClaims),
      { label: 'Areas', hint: 'The local areas content can be tagged with, and the postcodes in each.', widget: 'list' },
    ),
    /** The groups FAQs are arranged in, in order. */
    faqGroups: field(
      z.array(
        knownFields('an FAQ group', {
          /** Stable id used in FAQ files. */
          id: idField('The FAQ group id'),
          /** The heading shown on the FAQs page. */
          title: text('The FAQ group title', 'Heading', 'E.g. "Safety".'),
        }),
      ),
      { label: 'FAQ groups', hint: 'The headings on the FAQs page, in order.', widget: 'list' },
    ),
    /** The primary navigation, in order. */
    navigation: field(
      z.array(
        knownFields('a menu link', {
          /** The link text. */
          label: text('The menu label', 'Label', 'A word or two.'),
          /** The page it goes to, e.g. /what-is-hat/. */
          // why: one leading slash only: //news would be an address on another site.
          href: field(z.string().regex(/^\/(?:[a-z0-9-]+\/)*[a-z0-9-]*$/, { error: 'The menu link page (href) must be a path on this site, e.g. /news/: lower-case words and hyphens between single slashes.' }), {
            label: 'Page',
            hint: 'A path on this site, e.g. /news/.',
          }),
        }),
      ),
      { label: 'Main menu', hint: 'The links in the header, in order.', widget: 'list' },
    ),
  });

export type SettingsData = z.infer<ReturnType<typeof settingsSchema>>;
