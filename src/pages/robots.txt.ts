import type { APIRoute } from 'astro';
import { absoluteUrl, url } from '../lib/url';

// why: crawlers may read everything except the CMS app; the sitemap index the sitemap integration
// writes is named with its full address, as robots.txt requires. Under a sub-path (BASE_PATH) a
// crawler reads only the origin's own /robots.txt: copy these lines into it (README, Deploy).

/** /robots.txt: allow crawling, keep out of /admin/, point to the sitemap. */
export const GET: APIRoute = () =>
  new Response(['User-agent: *', `Disallow: ${url('/admin/')}`, '', `Sitemap: ${absoluteUrl('/sitemap-index.xml')}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
