// Makes the scheme's downloadable PDF documents in content/documents/files/:
//   hat-frequently-asked-questions.pdf  (A4)  built from the FAQ entries in content/faqs/
//   hat-a5-leaflet.pdf                  (A5, 2 pages) "What is Heroin Assisted Treatment?"
//   hat-offending-data-november-2020.pdf (A4, 1 page) the November 2020 participant figures
//
// Run:   node src/cli/make-documents.mjs              (all three)
//        node src/cli/make-documents.mjs leaflet      (only some: faq, leaflet, offending)
//        node src/cli/make-documents.mjs --markdown leaflet   (print the text version as Markdown,
//                                                      for the body of the matching document entry)
// Env:   SITE_URL and BASE_PATH, as for the build, set the website address printed in the PDFs.
//        CONTENT_DIR, as for the build, reads and writes another content folder.
//
// The PDFs this writes are committed content, not build output: the site serves whatever file
// sits in content/documents/files/. Comms officers may replace any of them with their own
// designed file through the CMS; after that, do not re-run this script for that document, or it
// will overwrite their file. Re-run it after changing content/faqs/, so the FAQ PDF matches the
// FAQs page. Re-running on unchanged input leaves the files byte-for-byte the same (fixed dates,
// no random IDs), so git only shows a change when the text changed.
//
// why: pdfkit (not a headless browser) keeps this small and fast, uses the 14 standard PDF fonts
// (nothing embedded, so files stay at tens of kilobytes) and writes tagged PDF (structure tree,
// headings, lists, tables with header cells, document language and title), which screen readers
// need. Page furniture (the coloured band, footers, page numbers) is marked as artifact.

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { parse as parseYaml } from 'yaml';

const contentDir = resolve(process.env.CONTENT_DIR ?? fileURLToPath(new URL('../../content', import.meta.url)));
const outDir = join(contentDir, 'documents/files');

// why: the date of this edition. Fixed so re-running does not change the files needlessly;
// change it (and the entries' reviewed dates) when the text is revised.
const EDITION = new Date('2026-11-01T00:00:00Z');
const EDITION_TEXT = 'November 2026';
const AUTHOR = 'Office of the Police and Crime Commissioner for Cleveland';

const siteUrl = (() => {
  const site = process.env.SITE_URL ?? 'https://hat.example.org';
  const base = (process.env.BASE_PATH ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
  return new URL(base, site).href;
})();

// why: the site's own colours (src/styles/site.css), so the documents look like the website.
const COLOURS = { text: '#1b1b1b', muted: '#4a4a4a', brand: '#1d3f5e', brandText: '#ffffff', surface: '#f4f2ec', border: '#b1b4b6', accent: '#f2c14e' };

// ---------------------------------------------------------------------------------------------
// Text shared by the documents

const HELP = [
  'Emergency: if someone has collapsed, is not breathing normally or may have overdosed, call 999 straight away.',
  'NHS 111: for urgent medical help that is not an emergency, call 111 or go to 111.nhs.uk.',
  'FRANK: for free, confidential advice about drugs, call 0300 123 6600 or go to talktofrank.com.',
];

// ---------------------------------------------------------------------------------------------
// The A5 leaflet. Each page is a list of blocks; the script stops with an error if a page's
// text no longer fits, rather than quietly spilling onto a third page.

const leaflet = {
  file: 'hat-a5-leaflet.pdf',
  size: 'A5',
  title: 'What is Heroin Assisted Treatment?',
  subtitle: 'Middlesbrough, October 2019 to December 2022',
  subject: 'A two-page leaflet explaining Middlesbrough’s Heroin Assisted Treatment scheme: what it was, who it was for, how it worked, what it achieved and where to get help.',
  keywords: 'Heroin Assisted Treatment, HAT, diamorphine, Middlesbrough, leaflet',
  pages: [
    [
      { h2: 'What it is' },
      {
        p: 'Heroin Assisted Treatment, or HAT, is a medical treatment for people who have depended on heroin for many years and have not been helped by any other treatment, including methadone.',
      },
      {
        p: 'In Middlesbrough, each patient was prescribed diamorphine (pharmaceutical heroin) and injected it themselves at a clinic while trained staff watched. Foundations Medical Practice ran the clinic on Acklam Road. From 2022 it was known locally as Diamorphine Assisted Treatment (DAT).',
      },
      { p: 'When it opened in October 2019, it was described as the first service of its kind in England outside a research trial.' },
      { h2: 'Who it was for' },
      {
        p: 'There were places for up to 15 people at greatest risk: those for whom every other treatment had failed and who caused most concern to the police, probation, health and social care services. Partner agencies suggested who should be offered a place, and clinic staff approached some people already treated at Foundations.',
      },
      { h2: 'How a day worked' },
      {
        ul: [
          'Patients came to the clinic twice a day, seven days a week.',
          'At every visit, staff checked how they were and set the dose for that visit.',
          'Each patient injected their dose in a separate room, supervised by medically trained staff.',
          'Staff then watched them for 10 to 15 minutes in case of a bad reaction.',
          'Once their drug use had settled, patients got help with health, housing, benefits, counselling and work.',
        ],
      },
      { p: 'Every dose was taken at the clinic, so none of the prescribed drug could be sold on the street.' },
      { h2: 'Find out more' },
      { p: `Our website explains how the scheme worked, what it cost and what the evidence shows: ${siteUrl}` },
    ],
    [
      { h2: 'What it aimed to do' },
      { p: 'The scheme set out to:' },
      {
        ul: [
          'reduce deaths caused by heroin',
          'help people recover and stop offending',
          'spare residents and businesses the crime committed to pay for drugs',
          'remove the health risks of street heroin and of used needles left lying around',
          'free up police and health service time',
          'cut off money to the gangs who sell drugs',
        ],
      },
      { h2: 'What it achieved' },
      {
        p: 'These results come from small groups of patients, with no comparison group, so they suggest the scheme helped but cannot prove it.',
      },
      {
        ul: [
          'November 2020: 14 people had been accepted in about 13 months, and 7 were still in treatment (Commissioner’s office, freedom of information request 268).',
          'November 2020: before they started, the 6 patients treated for 30 weeks or more had committed over 540 crimes between them. Since then, 3 minor offences were reported, and none of the 6 was sleeping rough (Drink and Drugs News).',
          'December 2021: Teesside University found that offending had fallen by 60% and that patients’ psychological health had improved by 261% (reported by ITV News Tyne Tees).',
        ],
      },
      { p: 'The Police and Crime Commissioner elected in 2021 said he had seen no evidence, beyond individual accounts, that crime had fallen.' },
      { h2: 'Why it closed' },
      {
        p: 'The new Commissioner decided not to pay for the scheme after September 2021. Project ADDER money from the government, passed on by Middlesbrough Council, kept it going, with a smaller service from March 2022. No further funding could be agreed, and the clinic closed on 6 December 2022. The 10 patients still being treated moved to other kinds of treatment.',
      },
      { h2: 'Get help now' },
      { ul: HELP },
    ],
  ],
  footer: `Published by the ${AUTHOR}. This edition: ${EDITION_TEXT}.`,
};

// ---------------------------------------------------------------------------------------------
// The November 2020 offending data (one A4 page)

const offending = {
  file: 'hat-offending-data-november-2020.pdf',
  size: 'A4',
  title: 'Offending data for participants, November 2020',
  subtitle: 'Heroin Assisted Treatment in Middlesbrough',
  subject: 'Figures published in November 2020 about the people on Middlesbrough’s Heroin Assisted Treatment scheme: places, reasons for leaving and offending, with sources and cautions.',
  keywords: 'Heroin Assisted Treatment, HAT, offending, November 2020, Middlesbrough, data',
  pages: [
    [
      {
        p: 'The scheme took its first 4 patients in October 2019. This sheet gives the figures published about its participants in November 2020, about 13 months later.',
      },
      { h2: 'Everyone accepted onto the scheme' },
      {
        table: {
          caption: 'Everyone accepted onto the scheme, November 2020',
          head: ['Measure', 'Number of people'],
          rows: [
            ['People accepted in its first 13 months or so', '14'],
            ['Still in treatment in November 2020', '7'],
            ['Had left treatment by November 2020', '7'],
            ['Left: sent to prison', '1'],
            ['Left: remanded in custody', '1'],
            ['Left: treatment paused while they received mental health care', '1'],
            ['Left: a medical episode not caused by the treatment', '1'],
            ['Left: chose to leave', '3'],
          ],
        },
      },
      { source: 'Source: Office of the Police and Crime Commissioner for Cleveland, freedom of information request FOI 268, Heroin Assisted Treatment (November 2020).' },
      { h2: 'The 6 patients treated for 30 weeks or more' },
      {
        table: {
          caption: 'Offending by the 6 patients treated for 30 weeks or more',
          head: ['Measure', 'Figure'],
          rows: [
            ['Crimes committed between them before they started treatment', 'More than 540'],
            ['Offences reported since they started treatment', '3, all minor'],
            ['People sleeping rough', 'None'],
          ],
        },
      },
      { source: 'Source: Drink and Drugs News, “Middlesbrough HAT pilot has dramatic impact” (November 2020).' },
      { h2: 'Read these figures with care' },
      {
        ul: [
          'The groups are very small, so one person’s progress or setback changes the picture a lot.',
          'With no comparison group, the figures cannot show how much of any change the treatment caused.',
          'Offending figures can only count crimes that came to light.',
          'The sources do not say over what period earlier crimes were counted, or what counted as minor.',
          'The two sources were published separately and do not say how their groups overlap.',
          'In 2021 the new Police and Crime Commissioner said he had seen only anecdotal evidence that crime had fallen.',
        ],
      },
      { p: `Later findings, including Teesside University’s evaluation, are on the evidence page of our website: ${siteUrl}evidence/` },
    ],
  ],
  footer: `Published by the ${AUTHOR}. This version, made in ${EDITION_TEXT} from the figures published in November 2020.`,
};

// ---------------------------------------------------------------------------------------------
// The FAQ, read from content/faqs/*.md(x) and grouped as in content/settings/site.yaml

/** Splits a Markdown file into its YAML frontmatter (parsed) and its body. */
function readFrontmatter(path) {
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw);
  if (!m) throw new Error(`${path}: no frontmatter found (the file must start with a line of three dashes).`);
  return { data: parseYaml(m[1]) ?? {}, body: m[2] };
}

/** Plain text from one line of inline Markdown: links become "text (address)" when they leave the site. */
function inlineText(s) {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images: the PDF has none
    .replace(/\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, (_, text, url) => {
      if (/^mailto:/i.test(url)) {
        const address = url.replace(/^mailto:/i, '');
        return text.includes(address) ? text : `${text} (${address})`;
      }
      if (/^tel:/i.test(url)) return text;
      if (/^https?:\/\//i.test(url)) {
        const shown = url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
        return text.includes(shown) ? text : `${text} (${url})`;
      }
      return text; // a page on this site
    })
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\*)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, '’')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Turns simple Markdown (paragraphs, lists, subheadings) into the script's blocks. */
function markdownBlocks(md) {
  const blocks = [];
  const chunks = md.replace(/<!--[\s\S]*?-->/g, '').split(/\n\s*\n/);
  const itemStart = /^\s*(?:[-*+]|\d+[.)])\s+/;
  for (const chunk of chunks) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(lines[0]);
    if (heading && lines.length === 1) {
      blocks.push({ h4: inlineText(heading[1]) });
      continue;
    }
    if (itemStart.test(lines[0])) {
      const ordered = /^\s*\d+[.)]\s/.test(lines[0]);
      const items = [];
      for (const line of lines) {
        if (itemStart.test(line)) items.push(line.replace(itemStart, ''));
        else if (items.length) items[items.length - 1] += ` ${line.trim()}`;
      }
      const list = items.map(inlineText).filter(Boolean);
      // why: a list straight after another (separated by a blank line) is the same list.
      const prev = blocks[blocks.length - 1];
      const key = ordered ? 'ol' : 'ul';
      if (prev && prev[key]) prev[key].push(...list);
      else blocks.push({ [key]: list });
      continue;
    }
    if (/^\s*\|/.test(lines[0])) {
      // A table in an answer: keep its rows as lines of text rather than lose them.
      for (const line of lines) {
        if (/^\s*\|?\s*:?-{3,}/.test(line)) continue;
        blocks.push({ p: inlineText(line.replace(/^\s*\||\|\s*$/g, '').split('|').map((c) => c.trim()).join(': ')) });
      }
      continue;
    }
    const text = inlineText(lines.map((l) => l.replace(/^\s*>\s?/, '').replace(/^#{1,6}\s+/, '')).join(' '));
    if (text) blocks.push({ p: text });
  }
  return blocks;
}

/** The FAQ entries that are not drafts, in the order of the groups in site settings. */
function readFaqs() {
  const faqDir = join(contentDir, 'faqs');
  const settings = parseYaml(readFileSync(join(contentDir, 'settings/site.yaml'), 'utf8')) ?? {};
  const groups = (settings.faqGroups ?? []).map((g) => ({ id: g.id, title: g.title, items: [] }));
  const files = existsSync(faqDir) ? readdirSync(faqDir).filter((f) => /\.mdx?$/.test(f)).sort() : [];
  const other = { id: '', title: 'Other questions', items: [] };
  for (const f of files) {
    const { data, body } = readFrontmatter(join(faqDir, f));
    if (data.draft === true) continue;
    if (typeof data.question !== 'string' || !data.question.trim()) {
      console.warn(`  ! content/faqs/${f}: no question in the frontmatter; left out of the PDF.`);
      continue;
    }
    const group = groups.find((g) => g.id === data.group);
    if (!group) console.warn(`  ! content/faqs/${f}: group ${JSON.stringify(data.group)} is not in the site settings; put under "Other questions".`);
    (group ?? other).items.push({
      file: f,
      question: inlineText(data.question),
      order: Number.isFinite(data.order) ? data.order : 100,
      blocks: markdownBlocks(body),
    });
  }
  if (other.items.length) groups.push(other);
  for (const g of groups) g.items.sort((a, b) => a.order - b.order || a.question.localeCompare(b.question, 'en-GB'));
  return groups.filter((g) => g.items.length);
}

function faqDocument() {
  const groups = readFaqs();
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  if (total === 0) return null;
  const blocks = [
    {
      p: `This document answers common questions about the Heroin Assisted Treatment (HAT) scheme that ran in Middlesbrough from October 2019 until 6 December 2022. The same answers, with links to their sources, are on our website at ${siteUrl}faqs/`,
    },
    { h2: 'Contents' },
    { ul: groups.map((g) => g.title) },
  ];
  for (const g of groups) {
    blocks.push({ h2: g.title, newPageIfLow: true });
    for (const item of g.items) {
      blocks.push({ h3: item.question });
      blocks.push(...item.blocks);
    }
  }
  blocks.push({ h2: 'Get help now' }, { ul: HELP });
  blocks.push(
    { h2: 'About this edition' },
    {
      p: `This edition was written in ${EDITION_TEXT} for our website, from facts the scheme and its partners published. The original 2019 question-and-answer sheet was not available, so it was not copied.`,
    },
  );
  return {
    file: 'hat-frequently-asked-questions.pdf',
    size: 'A4',
    title: 'Heroin Assisted Treatment: frequently asked questions',
    subtitle: 'Middlesbrough, October 2019 to December 2022',
    subject: 'Answers to common questions about Middlesbrough’s Heroin Assisted Treatment scheme: who it was for, safety, cost, results and why it closed.',
    keywords: 'Heroin Assisted Treatment, HAT, diamorphine, Middlesbrough, frequently asked questions, FAQ',
    pages: [blocks],
    flowing: true,
    // why: this one is not tied to a page count, so it can use the 12-point clear-print minimum.
    bodySize: 12,
    footer: `Published by the ${AUTHOR}. This edition: ${EDITION_TEXT}.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Layout

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const REPLACE = { '\u2011': '-', '\u2212': '-', '\u2010': '-', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2192': '->', '\u2264': '<=', '\u2265': '>=', '\u2248': 'about ' };

/** Text the standard PDF fonts can show (they only cover Windows-1252); warns about anything else. */
function printable(s) {
  let out = '';
  for (const ch of s) {
    if (REPLACE[ch] !== undefined) out += REPLACE[ch];
    else if (ch.codePointAt(0) <= 0xff || WIN_ANSI_EXTRA.includes(ch)) out += ch;
    else {
      console.warn(`  ! The character ${JSON.stringify(ch)} (U+${ch.codePointAt(0).toString(16).toUpperCase()}) cannot be shown in Helvetica; replaced with "?".`);
      out += '?';
    }
  }
  return out;
}

function render(spec) {
  const a5 = spec.size === 'A5';
  const m = a5 ? 30 : 56;
  const body = spec.bodySize ?? (a5 ? 9.4 : 11);
  const sizes = { h1: a5 ? 19 : 21, h2: a5 ? 12 : 15.5, h3: a5 ? 10.5 : 12.5, h4: body, sub: a5 ? 10 : 12, footer: a5 ? 7.5 : 8.5 };
  const gap = a5 ? 4.5 : 7;
  const lineGap = a5 ? 1.4 : 2.2;

  const doc = new PDFDocument({
    size: spec.size,
    margins: { top: m, bottom: m + (a5 ? 10 : 6), left: m, right: m },
    pdfVersion: '1.7',
    lang: 'en-GB',
    tagged: true,
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: false,
    info: {
      Title: spec.title,
      Author: AUTHOR,
      Subject: spec.subject,
      Keywords: spec.keywords,
      Creator: 'src/cli/make-documents.mjs',
      CreationDate: EDITION,
      ModDate: EDITION,
    },
  });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((ok, fail) => {
    doc.on('end', () => ok(Buffer.concat(chunks)));
    doc.on('error', fail);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = () => doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const style = (font, size, colour = COLOURS.text) => doc.font(font).fontSize(size).fillColor(colour);
  const heightOf = (text, font, size, opts = {}) => {
    style(font, size);
    return doc.heightOfString(printable(text), { width: width(), lineGap, ...opts });
  };
  /** Starts a new page when fewer than `needed` points are left (keeps headings with their text). */
  const keep = (needed) => {
    if (doc.y + needed > bottom()) {
      if (!spec.flowing) throw new Error(`${spec.file}: page ${doc.bufferedPageRange().count} is full; shorten its text.`);
      doc.addPage();
    }
  };

  // A coloured band across the top of the page (decoration, so an artifact), holding the title on page 1.
  const band = (first) => {
    const top = a5 ? 22 : 30;
    const titleH = first ? heightOf(spec.title, 'Helvetica-Bold', sizes.h1, { lineGap: 1 }) : 0;
    const subH = first ? heightOf(spec.subtitle, 'Helvetica', sizes.sub) : 0;
    const h = first ? top + titleH + 4 + subH + (a5 ? 14 : 20) : 8;
    doc.markContent('Artifact');
    doc.rect(0, 0, doc.page.width, h).fill(COLOURS.brand);
    doc.rect(0, h, doc.page.width, a5 ? 3 : 4).fill(COLOURS.accent);
    doc.endMarkedContent();
    if (!first) {
      doc.y = m;
      return;
    }
    doc.x = left();
    doc.y = top;
    root.add(doc.struct('H1', () => style('Helvetica-Bold', sizes.h1, COLOURS.brandText).text(printable(spec.title), left(), top, { width: width(), lineGap: 1 })));
    doc.y += 4;
    root.add(doc.struct('P', () => style('Helvetica', sizes.sub, COLOURS.brandText).text(printable(spec.subtitle), left(), doc.y, { width: width() })));
    doc.y = h + (a5 ? 16 : 24);
  };

  const heading = (level, text, after) => {
    const size = sizes[`h${level}`];
    const font = 'Helvetica-Bold';
    const space = level === 2 ? gap * 1.6 : level === 3 ? gap * 1.3 : gap * 0.6;
    if (doc.y > doc.page.margins.top + 30) doc.y += space;
    keep(heightOf(text, font, size) + after);
    root.add(
      doc.struct(`H${level}`, () =>
        style(font, size, level === 2 ? COLOURS.brand : COLOURS.text).text(printable(text), left(), doc.y, { width: width(), lineGap: 1 }),
      ),
    );
    doc.y += level === 2 ? gap * 0.7 : gap * 0.4;
  };

  const paragraph = (text, opts = {}) => {
    const font = opts.font ?? 'Helvetica';
    const size = opts.size ?? body;
    const h = heightOf(text, font, size);
    keep((spec.flowing ? Math.min(h, 3 * (size + lineGap) + 2) : h) + (opts.withNext ?? 0));
    root.add(doc.struct('P', () => style(font, size, opts.colour).text(printable(text), left(), doc.y, { width: width(), lineGap })));
    doc.y += gap;
  };

  const list = (items, ordered) => {
    const L = doc.struct('L');
    root.add(L);
    const indent = a5 ? 12 : 16;
    const first = heightOf(items[0], 'Helvetica', body, { width: width() - indent });
    const all = items.reduce((n, it) => n + heightOf(it, 'Helvetica', body, { width: width() - indent }) + gap * 0.6, 0);
    // why: a short list is kept on one page; a long one may break, but not before its first item.
    keep(spec.flowing && all > doc.page.height / 4 ? Math.min(first, 3 * (body + lineGap)) : all);
    style('Helvetica', body).list(items.map(printable), left() + 2, doc.y, {
      width: width() - 2,
      listType: ordered ? 'numbered' : 'bullet',
      bulletRadius: a5 ? 1.9 : 2.2,
      textIndent: indent,
      lineGap,
      paragraphGap: gap * 0.6,
      structParent: L,
    });
    L.end();
    doc.x = left();
    doc.y += gap * 0.6;
  };

  const table = (t) => {
    const rowH = body + lineGap + 10;
    keep(rowH * (t.rows.length + 1) + 4);
    doc.x = left();
    const pad = 3;
    // why: pdfkit takes a cell's font from the cell, row or column, not from defaultStyle.
    const cell = (text, extra = {}) => ({ text: printable(text), font: { src: 'Helvetica', size: body }, ...extra });
    style('Helvetica', body);
    doc.table({
      structParent: root,
      position: { x: left(), y: doc.y },
      maxWidth: width(),
      columnStyles: [{ width: '*' }, { width: a5 ? 90 : 130 }],
      defaultStyle: { padding: pad, border: 0.75, borderColor: COLOURS.border, textColor: COLOURS.text },
      data: [
        t.head.map((h) => cell(h, { type: 'TH', scope: 'Column', font: { src: 'Helvetica-Bold', size: body }, backgroundColor: COLOURS.surface })),
        ...t.rows.map(([label, value]) => [cell(label, { type: 'TH', scope: 'Row' }), cell(value)]),
      ],
    });
    doc.x = left();
    doc.y += gap * 0.8;
  };

  /** The height that must follow a heading on the same page: the next block, or its start if it is long. */
  const startOf = (next) => {
    const lines3 = 3 * (body + lineGap) + 2;
    if (!next) return 0;
    if (next.p) return Math.min(heightOf(next.p, 'Helvetica', body), lines3);
    const items = next.ul ?? next.ol;
    if (items) {
      const indent = a5 ? 12 : 16;
      const all = items.reduce((n, it) => n + heightOf(it, 'Helvetica', body, { width: width() - indent }) + gap * 0.6, 0);
      return all > doc.page.height / 4 ? lines3 : all;
    }
    return body * 3;
  };

  const blockOut = (b, next) => {
    if (b.h2) {
      if (b.newPageIfLow) keep(body * 9);
      heading(2, b.h2, startOf(next));
    } else if (b.h3) heading(3, b.h3, startOf(next));
    else if (b.h4) heading(4, b.h4, startOf(next));
    else if (b.p) {
      // A lead-in line ("For example:") stays on the same page as the start of its list.
      const lead = /:$/.test(b.p) && (next?.ul || next?.ol);
      paragraph(b.p, { withNext: lead ? heightOf((next.ul ?? next.ol)[0], 'Helvetica', body) + gap : 0 });
    }
    else if (b.source) paragraph(b.source, { size: body - 1.5, colour: COLOURS.muted });
    else if (b.ul) list(b.ul, false);
    else if (b.ol) list(b.ol, true);
    else if (b.table) table(b.table);
  };

  spec.pages.forEach((blocks, i) => {
    doc.addPage();
    band(i === 0);
    blocks.forEach((b, n) => blockOut(b, blocks[n + 1]));
  });
  root.end();

  // Page footers: marked as artifacts so screen readers skip them.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const keepBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - m + (a5 ? 6 : 14);
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.moveTo(left(), y - 7).lineTo(doc.page.width - doc.page.margins.right, y - 7).lineWidth(0.5).stroke(COLOURS.border);
    style('Helvetica', sizes.footer, COLOURS.muted);
    const pageText = `Page ${i + 1} of ${range.count}`;
    const pageW = doc.widthOfString(pageText);
    doc.text(printable(spec.footer), left(), y, { width: width() - pageW - 12, lineBreak: true, lineGap: 0.5 });
    doc.text(pageText, doc.page.width - doc.page.margins.right - pageW, y, { lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = keepBottom;
  }
  const pages = range.count;
  doc.end();
  return done.then((buffer) => ({ buffer, pages }));
}

// ---------------------------------------------------------------------------------------------
// Markdown version of a document (for the body of its entry in content/documents/)

function toMarkdown(spec) {
  const out = [];
  for (const blocks of spec.pages) {
    for (const b of blocks) {
      if (b.h2) out.push(`## ${b.h2}`);
      else if (b.h3) out.push(`### ${b.h3}`);
      else if (b.h4) out.push(`#### ${b.h4}`);
      else if (b.p) out.push(b.p);
      else if (b.source) out.push(b.source);
      else if (b.ul) out.push(b.ul.map((i) => `- ${i}`).join('\n'));
      else if (b.ol) out.push(b.ol.map((i, n) => `${n + 1}. ${i}`).join('\n'));
      else if (b.table) out.push([`| ${b.table.head.join(' | ')} |`, `| --- | --: |`, ...b.table.rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'));
    }
  }
  return `${out.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------

const makers = { faq: faqDocument, leaflet: () => leaflet, offending: () => offending };
const expectedPages = { leaflet: 2, offending: 1 };

async function main() {
  const args = process.argv.slice(2);
  const markdown = args.includes('--markdown');
  const names = args.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !makers[n]);
  if (unknown.length) {
    console.error(`Unknown document ${unknown.join(', ')}. Choose from: ${Object.keys(makers).join(', ')}.`);
    process.exit(2);
  }
  const wanted = names.length ? names : Object.keys(makers);

  if (markdown) {
    for (const name of wanted) {
      const spec = makers[name]();
      if (spec) process.stdout.write(toMarkdown(spec));
    }
    return;
  }

  mkdirSync(outDir, { recursive: true });
  let failed = false;
  for (const name of wanted) {
    const spec = makers[name]();
    if (!spec) {
      console.warn(`- ${name}: no FAQ entries in ${join(contentDir, 'faqs')} yet; the FAQ PDF was not made.`);
      failed = true;
      continue;
    }
    const { buffer, pages } = await render(spec);
    if (expectedPages[name] && pages !== expectedPages[name]) {
      throw new Error(`${spec.file} came out at ${pages} pages instead of ${expectedPages[name]}; shorten its text.`);
    }
    const path = join(outDir, spec.file);
    const same = existsSync(path) && readFileSync(path).equals(buffer);
    if (!same) writeFileSync(path, buffer);
    console.log(`- ${basename(path)}: ${pages} page${pages === 1 ? '' : 's'}, ${buffer.length} bytes${same ? ' (unchanged)' : ''}`);
  }
  console.log(`Website address printed in the documents: ${siteUrl} (set SITE_URL and BASE_PATH to change it).`);
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
