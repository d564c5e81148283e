/**
 * No broken internal links or images: every local href/src/srcset resolves to a file in dist/,
 * and every fragment (#id, /path/#id) names an element on the target page.
 */
import { describe, expect, it } from 'vitest';
import { basePath, builtPages, fileForPath, listed, loadPage, stripBase } from '../helpers/built-pages';

const ORIGIN = 'https://site.invalid';

/** URLs a page refers to, from href, src and srcset (each srcset candidate separately). */
function referencesOf(page: string): { tag: string; url: string }[] {
  const $ = loadPage(page);
  const out: { tag: string; url: string }[] = [];
  $('[href], [src], [srcset]').each((_, el) => {
    const { href, src, srcset } = el.attribs;
    // why: <base> is not a reference; canonical and og: URLs are absolute and skipped anyway.
    if (el.tagName === 'base') return;
    for (const url of [href, src]) if (url !== undefined) out.push({ tag: el.tagName, url: url.trim() });
    if (srcset) {
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) out.push({ tag: el.tagName, url });
      }
    }
  });
  return out;
}

/** True for references the checker does not follow: other sites, mail, phone, data. */
const isExternal = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

function problemsOn(page: string): string[] {
  const problems: string[] = [];
  const pageUrl = `${ORIGIN}${basePath}${page.slice(1)}`;
  for (const { tag, url } of referencesOf(page)) {
    if (url === '' || url === '#' || isExternal(url)) continue;
    const target = new URL(url, pageUrl);
    const path = stripBase(target.pathname);
    const file = path === undefined ? undefined : fileForPath(path);
    if (!file) {
      problems.push(`<${tag}> ${url}: no such file in dist/`);
      continue;
    }
    const fragment = target.hash.slice(1);
    if (fragment && file.endsWith('.html') && path !== undefined) {
      const id = decodeURIComponent(fragment);
      const targetPage = builtPages().find((p) => p.file === file)?.path ?? path;
      const $ = loadPage(targetPage);
      const found = $('[id]').filter((_, el) => el.attribs.id === id).length;
      if (found === 0) problems.push(`<${tag}> ${url}: no element with id="${id}" on ${targetPage}`);
    }
  }
  return problems;
}

describe.each(builtPages().map((p) => p.path))('%s', (page) => {
  it('links only to files and fragments that exist', () => {
    const problems = problemsOn(page);
    expect(problems, listed('broken links', problems)).toEqual([]);
  });
});
