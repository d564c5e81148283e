/**
 * The response headers the site sends besides its Content Security Policy: one source of truth for
 * the `_headers` file (Netlify, Cloudflare Pages) and the nginx snippet, both written by
 * src/integrations/response-headers.ts through src/lib/header-rules.ts.
 */
import type { Header } from './frame-policy';

/**
 * Browser features no page uses, denied to the site and to anything it frames. The site does use
 * the clipboard ("Copy link"), Web Share (the share button), and full screen and picture-in-picture
 * (the buttons of a <Video> player): they are not listed, so they keep their default (this origin
 * only). why only these names: Chromium logs an error for each name it does not know, so the list
 * holds features current browsers recognise.
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** One year in seconds: the HSTS lifetime browsers' preload lists ask for. */
const ONE_YEAR = 31_536_000;

/** Sent with every response. */
export const SITE_HEADERS: readonly Header[] = [
  // why: browsers remember to use HTTPS only for a year, for every subdomain too (the site is
  // served over HTTPS only; a host sends this only on HTTPS responses anyway).
  ['Strict-Transport-Security', `max-age=${ONE_YEAR}; includeSubDomains`],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
  // why: not plain same-origin: the CMS's sign-in window (GitHub's OAuth proxy) hands the token back
  // through window.opener, which same-origin cuts. Pages still share no browsing group with sites they open from elsewhere.
  ['Cross-Origin-Opener-Policy', 'same-origin-allow-popups'],
];

/** The folder of files whose names carry a hash of their content (Vite's output), under the base path. */
export const HASHED_ASSETS_DIR = '_astro';

/** Hashed files never change under one name: caches may keep them for a year without asking again. */
export const HASHED_ASSETS_HEADERS: readonly Header[] = [['Cache-Control', `public, max-age=${ONE_YEAR}, immutable`]];

/** The folder the document downloads are served from (src/pages/documents/files/[file].ts), under the base path. */
export const DOCUMENT_FILES_DIR = 'documents/files';

/**
 * Downloads are saved, never shown in the browser: a PDF, text or CSV file uploaded through the
 * CMS would otherwise open as a page of the site's origin. Office formats download anyway; one
 * rule for the folder keeps every kind, present and future, on the safe side.
 */
export const DOCUMENT_FILES_HEADERS: readonly Header[] = [['Content-Disposition', 'attachment']];

