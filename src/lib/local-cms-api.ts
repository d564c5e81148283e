/**
 * Where the CMS's local backend answers under `npm start`: the dev server forwards this path (under
 * the base path) to decap-server, so /admin reaches it on the site's own origin.
 */

/** The path, relative to the site root (no leading slash, so it resolves under a sub-path). */
export const LOCAL_CMS_API_PATH = 'api/v1';
