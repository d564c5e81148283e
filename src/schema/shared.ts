import { z } from 'astro/zod';
import { field } from './editor';
import { missingOr, required } from './messages';
import type { SchemaContext } from './context';
import { WALL_TIME, ukWallTimeToUtc } from '../lib/uk-time';
import { impossibleDateMessage, impossibleDateReason } from '../lib/real-dates';
import { isHttpsAddress, isOnSitePath } from '../lib/link-rules';
import { imageTypesInWords } from '../lib/upload-types';
import { knownFields } from './known-fields';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The field's name as written in the file, e.g. published or source.date. */
const fieldPath = (path: readonly PropertyKey[] | undefined) => (path ?? []).filter((p) => typeof p === 'string').join('.');

/** The message for a date that is written correctly but is not on the calendar (2020-02-30), if it is one. */
const impossibleDate = (issue: { input?: unknown; path?: PropertyKey[] }) => {
  const reason = typeof issue.input === 'string' ? impossibleDateReason(issue.input) : undefined;
  return reason ? impossibleDateMessage(fieldPath(issue.path), issue.input as string, reason) : undefined;
};

// why: YAML turns 2020-02-24 into a Date, Decap writes strings; accept both but refuse
// anything a person could misread (24/02/2020, "Feb 2020") with a message saying the format.
// A date that is not on the calendar (2020-02-30) stays text, so it is refused, not moved to March.
const toDate = (value: unknown) => {
  if (typeof value !== 'string' || impossibleDateReason(value)) return value;
  if (ISO_DATE.test(value.trim())) return new Date(`${value.trim()}T00:00:00Z`);
  if (!Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return new Date(value);
  return value;
};

/** A calendar date written as YYYY-MM-DD; the error names the field and shows the format. */
export const dateField = (what: string, label: string, hint: string) =>
  field(
    z.preprocess(
      toDate,
      z.date({
        error: (issue) =>
          issue.input === undefined
            ? required(what, `Add it as YYYY-MM-DD, for example 2020-02-24.`)
            : (impossibleDate(issue) ?? `${what} must be a date written as YYYY-MM-DD, for example 2020-02-24 (found ${JSON.stringify(issue.input)}).`),
      }),
    ),
    { label, hint, widget: 'date' },
  );

// why: `new Date('2027-03-28T18:00')` reads an offset-less time in the BUILD MACHINE's time zone,
// an hour out on a UTC server in British Summer Time. The CMS writes UK wall-clock time with no
// offset, so such a value is read as Europe/London time; a value with an offset (Z, +01:00) is
// an exact instant and kept as given. js-yaml has already turned 18:00:00 (with seconds) into a
// UTC Date, which is kept too: the hint and README say to write times without seconds.
const OFFSET_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const toInstant = (value: unknown) => {
  if (typeof value !== 'string' || impossibleDateReason(value)) return value;
  const text = value.trim();
  if (WALL_TIME.test(text)) return ukWallTimeToUtc(text) ?? value;
  return OFFSET_TIME.test(text) && !Number.isNaN(Date.parse(text)) ? new Date(text) : value;
};

/** A date and time (events), written as YYYY-MM-DDTHH:MM in UK local time, or with an offset (Z, +01:00). */
export const dateTimeField = (what: string, label: string, hint: string) =>
  field(
    z.preprocess(
      toInstant,
      z.date({
        error: (issue) =>
          issue.input === undefined
            ? required(what, 'Add it as YYYY-MM-DDTHH:MM in UK time, for example 2027-03-28T18:30 for 6:30pm on 28 March 2027.')
            : impossibleDate(issue) ??
              `${what} must be a real date and time written as YYYY-MM-DDTHH:MM in UK time, for example 2027-03-28T18:30 for 6:30pm on 28 March 2027 (found ${JSON.stringify(issue.input)}).`,
      }),
    ),
    { label, hint, widget: 'datetime' },
  );

/** Required one-line text with a plain-English message when it is missing or empty. */
export const text = (what: string, label: string, hint: string, suggestedMax?: number) =>
  field(
    z
      .string({ error: missingOr(what, `Add ${what.toLowerCase().replace(/^the /, 'the ')} to the file's frontmatter.`, 'text') })
      .trim()
      .min(1, { error: required(what, 'It cannot be left empty.') }),
    { label, hint, suggestedMax },
  );

/** The "last reviewed" and "next review due" dates every page shows (the NHS.UK convention). */
export const reviewFields = {
  /** When someone last checked this content was correct. */
  reviewed: dateField('The "last reviewed" date (reviewed)', 'Last reviewed', 'The date someone last checked this content is correct.'),
  /** When this content must next be checked; must be after the reviewed date. */
  reviewDue: dateField(
    'The "next review due" date (reviewDue)',
    'Next review due',
    'When this content must next be checked. Usually 6 to 12 months after the last review.',
  ),
};

/** Refinement: the next review must come after the last review (and after publishing, when given). */
export function reviewAfter(value: { reviewed: Date; reviewDue: Date; published?: Date }, ctx: z.RefinementCtx) {
  if (value.reviewDue <= value.reviewed) {
    ctx.addIssue({
      code: 'custom',
      path: ['reviewDue'],
      message: `The next review due date (${iso(value.reviewDue)}) is not after the last reviewed date (${iso(value.reviewed)}). Set reviewDue to a later date.`,
    });
  }
  if (value.published && value.reviewed < value.published) {
    ctx.addIssue({
      code: 'custom',
      path: ['reviewed'],
      message: `The last reviewed date (${iso(value.reviewed)}) is before the published date (${iso(value.published)}). Set reviewed to the published date or later.`,
    });
  }
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** An area id from settings; an unknown id names the allowed ones. The hint can be worded for the content type. */
export const areaField = (ctx: SchemaContext, hint = 'The local area this is about. Leave empty if it is about the whole scheme.') =>
  field(
    z
      .string({ error: missingOr('The area', 'Choose one of the areas listed in the site settings.', 'text') })
      .refine((v) => ctx.areas.includes(v), {
        error: (issue) =>
          `The area ${JSON.stringify(issue.input)} is not one of the areas in the site settings (${ctx.areas.join(', ')}). Use one of those, or add it to content/settings/site.yaml first.`,
      }),
    { label: 'Area', hint, widget: 'select', optionsFrom: 'areas' },
  );

/** An image with required alt text (or an explicit decorative flag) and an optional caption. */
export const imageField = (ctx: SchemaContext, label: string, hint: string) =>
  field(
    knownFields('an image', {
      /** The image file, stored next to the content; sharp makes AVIF/WebP copies at build. */
      src: field(ctx.image(), { label: 'Image file', hint: `${imageTypesInWords()} at least 1200 pixels wide.`, widget: 'image' }),
      /** Text read out instead of the image: what it shows, in one sentence. */
      alt: field(z.string().trim().optional(), {
        label: 'Alt text (what the image shows)',
        hint: 'Describe what the image shows in one sentence for people who cannot see it. Required unless the image is decorative.',
        suggestedMax: 150,
        widget: 'alt-text',
      }),
      /** True only when the image adds nothing the text does not already say. */
      decorative: field(z.boolean().default(false), {
        label: 'Decorative image',
        hint: 'Tick only if the image adds nothing to the text. Screen readers will then skip it.',
      }),
      /** Caption shown under the image (credit, or what it shows). */
      caption: field(z.string().trim().optional(), { label: 'Caption', hint: 'Shown under the image. Optional.' }),
    })
    .superRefine((v, issueCtx) => {
      if (!v.decorative && !v.alt) {
        issueCtx.addIssue({
          code: 'custom',
          path: ['alt'],
          message:
            'Alt text is missing for this image. Add alt: with one sentence describing what it shows, or set decorative: true if it adds nothing to the text.',
        });
      }
    }),
    { label, hint, widget: 'object' },
  );

/** A list of related links shown at the end of an article. */
export const linksField = (label: string, hint: string) =>
  field(
    z
      .array(
        knownFields('a related link', {
          /** The words of the link. */
          title: text('The link text (title)', 'Link text', 'What the link says, e.g. "Year-one evaluation".'),
          /** Where the link goes: a page on this site (/evidence/) or a full https:// address, nothing that could lead elsewhere. */
          url: field(
            z
              .string({ error: missingOr('The link address (url)', 'Add a /path on this site or an https:// address.', 'text') })
              .refine((u) => isOnSitePath(u) || isHttpsAddress(u), {
                error: (issue) =>
                  `The link address (url) ${JSON.stringify(issue.input)} cannot be used. Write a page on this site starting with a single / (for example /evidence/), or a full address starting with https://. Addresses starting with // or /\\, and addresses with spaces or backslashes in them, are not allowed.`,
              }),
            { label: 'Link address', hint: 'A page on this site such as /evidence/, or a full https:// address.' },
          ),
        }),
      )
      .default([]),
    { label, hint, widget: 'list' },
  );

/** Marks an entry as a draft: drafts are never built into the site. */
export const draftField = field(z.boolean().default(false), {
  label: 'Draft',
  hint: 'Tick to keep this off the public site while you work on it.',
});
