// why: the site may be deployed under a sub-path (BASE_PATH); every internal link goes through here.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * A site path with the deployment base in front.
 * @example url('/news/') // "/news/" at the root, "/hat/news/" under BASE_PATH=/hat/
 */
export const url = (path: string): string => (/^(https?:|mailto:|tel:|#)/.test(path) ? path : base + path.replace(/^\//, ''));
