/**
 * The nginx configuration the deploy guide shows for serving the site with its response headers.
 * tests/unit/documented-nginx.test.ts checks the deploy guide holds exactly this text, and
 * tests/site/nginx-headers.test.ts runs real nginx with it (its example names and paths replaced).
 */
import { NGINX_SNIPPET_FILE } from './header-rules';

/** The names and paths in the example that a deployment (or the test) replaces with its own. */
export const NGINX_EXAMPLE = {
  serverName: 'hat.example.org',
  certificate: '/etc/letsencrypt/live/hat.example.org/fullchain.pem',
  certificateKey: '/etc/letsencrypt/live/hat.example.org/privkey.pem',
  root: '/var/www/hat',
  snippet: '/etc/nginx/snippets/hat-headers.conf',
} as const;

/** The deploy guide's ```nginx block (a site at the root of its domain). */
export function nginxServerExample(): string {
  const e = NGINX_EXAMPLE;
  return `# Plain HTTP only ever redirects to HTTPS.
server {
  listen 80;
  server_name ${e.serverName};
  return 301 https://$host$request_uri;
}

server {
  listen 443 ssl;
  server_name ${e.serverName};
  ssl_certificate ${e.certificate};
  ssl_certificate_key ${e.certificateKey};

  # The contents of dist/. Under a BASE_PATH such as /hat/, put them in ${e.root}/hat/
  # instead, and make the next line /hat/404.html.
  root ${e.root};
  error_page 404 /404.html;

  # The response headers: the build writes them as dist/${NGINX_SNIPPET_FILE}; copy that file
  # here after every build (the policy's hashes change when the code does), then reload nginx.
  include ${e.snippet};
}
`;
}
