// why: the text-only copy of every page lives at the same path under /text-only/ (with the
// deployment base in front), so a reader can switch by editing nothing but the address.
import { normaliseBase } from '../base-path';

/** The folder of the text-only copies, below the base path. */
export const TEXT_ONLY_DIR = 'text-only';

/**
 * The text-only copy of a page path (both include the base path).
 * @example textOnlyPath('/news/a/', '/') // '/text-only/news/a/'
 * @example textOnlyPath('/hat/', '/hat/') // '/hat/text-only/'
 */
export function textOnlyPath(pagePath: string, base: string): string {
  const b = normaliseBase(base);
  const rest = pagePath.startsWith(b) ? pagePath.slice(b.length) : pagePath.replace(/^\/+/, '');
  return `${b}${TEXT_ONLY_DIR}/${rest}`;
}

/**
 * The full page a text-only path is a copy of, or undefined when it is not a text-only path.
 * @example fullPath('/hat/text-only/news/a/', '/hat/') // '/hat/news/a/'
 * @example fullPath('/news/a/', '/') // undefined
 */
export function fullPath(path: string, base: string): string | undefined {
  const prefix = `${normaliseBase(base)}${TEXT_ONLY_DIR}/`;
  if (path === prefix.slice(0, -1)) return normaliseBase(base);
  return path.startsWith(prefix) ? normaliseBase(base) + path.slice(prefix.length) : undefined;
}

/**
 * True when a path (with base) is a text-only copy.
 * @example isTextOnlyPath('/text-only/faqs/', '/') // true
 */
export const isTextOnlyPath = (path: string, base: string): boolean => fullPath(path, base) !== undefined;
