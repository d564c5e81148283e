import { createHash } from 'node:crypto';
import { PREFERENCE_KEYS } from '../scripts/preferences';
import { HTML_CLASS, TEXT_ONLY_ON, TEXT_SIZES } from './reading-options';

// why: the reader's text size and text-only choice must be on <html> before the first paint
// (no flash of the old size), so this runs inline in <head>, before the stylesheet applies to
// the body. It is the only inline script on a content page (tests/site/no-javascript.test.ts);
// the Content Security Policy allows it by its hash (READING_BOOTSTRAP_HASH), never by
// 'unsafe-inline'. It is built from the shared constants so the keys and classes cannot drift.
// "app-js" is set only where ES modules run: the buttons' script is a module, so a browser that
// cannot run it keeps the no-JavaScript text (zoom advice, a link to the text-only page).
const j = JSON.stringify;
const sizes = TEXT_SIZES.filter((size) => size !== 'default');

/** The exact text of the inline <head> script that applies stored reading options to <html>. */
export const READING_BOOTSTRAP =
  `(function(){var d=document.documentElement;` +
  `if(!('noModule' in HTMLScriptElement.prototype))return;` +
  `d.classList.add(${j(HTML_CLASS.js)});` +
  `try{var s=localStorage.getItem(${j(PREFERENCE_KEYS.textSize)});` +
  `if(${j(sizes)}.indexOf(s)>-1)d.classList.add(${j(HTML_CLASS.textSizePrefix)}+s);` +
  `if(localStorage.getItem(${j(PREFERENCE_KEYS.textOnly)})===${j(TEXT_ONLY_ON)})d.classList.add(${j(HTML_CLASS.textOnly)})` +
  `}catch(e){}})()`;

/** The CSP source expression that allows READING_BOOTSTRAP: 'sha256-<base64 digest>'. */
export const READING_BOOTSTRAP_HASH = `sha256-${createHash('sha256').update(READING_BOOTSTRAP).digest('base64')}` as const;
