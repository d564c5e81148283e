import { z } from 'astro/zod';
import { field } from './editor';
import { text } from './shared';
import { allowedExtensions, imageTypesInWords } from '../lib/upload-types';

// why: editors place the site's components in a body through the CMS's editor components,
// never by writing code. This module is the one list of them: the build's body check allows
// exactly these tags, the CMS offers exactly these buttons, and pages render them with the
// matching Astro component from src/user-components/. Every attribute is a string, and every
// tag is self-closing, so a body never contains code (../shared/conventions.md, "MDX written
// by editors").

/** A text attribute that may be left out. */
const optionalText = (label: string, hint: string, suggestedMax?: number) =>
  field(z.string().trim().optional(), { label, hint, suggestedMax });

/** A path to a file stored in content/media/, written relative to the entry, e.g. ../media/news/chart.jpg. */
const mediaPath = (what: string, label: string, hint: string, extensions: readonly string[], widget: 'image' | 'file') =>
  field(
    z
      .string({ error: () => `${what} is missing. Choose a file in the CMS, or write its path, e.g. ../media/news/chart.jpg.` })
      .regex(new RegExp(`^(\\.\\./)+media/[a-z0-9/_-]+[a-z0-9._-]*\\.(${extensions.join('|')})$`, 'i'), {
        error: `${what} must be a file in content/media/ written relative to the entry, ending in ${extensions.map((e) => `.${e}`).join(', ')} (e.g. ../media/news/file.${extensions[0]}).`,
      }),
    { label, hint, widget },
  );

/** One component editors may insert into a body. */
export interface EditorComponentSpec {
  /** The tag name written in the file, e.g. Callout for <Callout text="..." />. */
  name: string;
  /** The button label in the CMS editor. */
  label: string;
  /** What the component is for, shown to developers and in the README. */
  hint: string;
  /** The attributes: every one a string; required ones must be present and non-empty. */
  attributes: z.ZodObject;
}

/** Every component an editor may insert into a news article, story, page, document or event body. */
export const editorComponents: readonly EditorComponentSpec[] = [
  {
    name: 'Callout',
    label: 'Callout (highlighted box)',
    hint: 'A short passage set apart in a box, for something readers must not miss.',
    attributes: z.object({
      /** Optional heading inside the box. */
      title: optionalText('Heading', 'Optional. A few words, e.g. "Get help now".', 60),
      /** The text in the box. */
      text: field(text('The callout text (text)', 'Text', 'One or two sentences. Plain text.', 300), { label: 'Text', hint: 'One or two sentences. Plain text.', widget: 'text', suggestedMax: 300 }),
    }),
  },
  {
    name: 'Figure',
    label: 'Image with caption',
    hint: 'An image in the body, resized by the site, with alt text and an optional caption.',
    attributes: z.object({
      /** The image file in content/media/. */
      src: mediaPath('The image (src)', 'Image', `${imageTypesInWords()} at least 1200 pixels wide.`, allowedExtensions('image'), 'image'),
      /** What the image shows, for people who cannot see it. */
      alt: text('The alt text (alt)', 'Alt text (what the image shows)', 'Required. Describe what the image shows in one sentence for people who cannot see it.', 150),
      /** Caption under the image. */
      caption: optionalText('Caption', 'Optional. Shown under the image.', 200),
    }),
  },
  {
    name: 'KeyFigure',
    label: 'Key figure',
    hint: 'One number in large type with what it means, its source and its date.',
    attributes: z.object({
      /** The number as shown, e.g. 99%. */
      value: text('The figure (value)', 'Figure', 'The number as it should appear, e.g. "99%".', 12),
      /** What the number means. */
      label: text('The meaning (label)', 'Meaning', 'What the number means, e.g. "attendance at twice-daily doses".', 120),
      /** Who published the figure. */
      source: text('The source (source)', 'Source', 'Who published the figure, e.g. "Teesside University".'),
      /** When the source was published, as shown, e.g. November 2020. */
      date: text('The source date (date)', 'Source date', 'When the source was published, e.g. "November 2020".'),
    }),
  },
  {
    name: 'Video',
    label: 'Video with captions',
    hint: 'A video file played on the page, with a captions file so it works without sound.',
    attributes: z.object({
      /** What the video is, used as its accessible name. */
      title: text('The video title (title)', 'Title', 'What the video is, e.g. "A day at the clinic".', 80),
      /** The video file in content/media/ (MP4 or WebM). */
      src: mediaPath('The video (src)', 'Video file', 'An MP4 or WebM file.', ['mp4', 'webm'], 'file'),
      /** The captions file in content/media/ (WebVTT). */
      captions: mediaPath('The captions (captions)', 'Captions file', 'A WebVTT (.vtt) file with the words spoken.', ['vtt'], 'file'),
    }),
  },
];

/** The names of the components editors may use, e.g. ['Callout', 'Figure', ...]. */
export const editorComponentNames = editorComponents.map((c) => c.name);
