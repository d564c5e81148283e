// `npm run bench:search`: what search costs a reader, measured in real Chromium over the built site.
// Serves dist/ (or HAT_DIST_DIR) on 127.0.0.1 with gzip, as static hosts do, then prints the bytes
// and requests of: a content page (must load no search code), the search page, the first query
// (search code + WebAssembly + index chunks + result fragments) and a repeat query, and the size
// of the index on disk. Issue 5's goal: the first query transfers at most 150 KB in all.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium } from 'playwright-core';

const dist = resolve(process.env.HAT_DIST_DIR ?? 'dist');
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const FIRST = process.env.BENCH_QUERY ?? 'is it safe';
const REPEAT = process.env.BENCH_REPEAT ?? 'who paid for it';
const GOAL_KB = 150;

if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`No search index in ${dist}/pagefind/. Build the site first: npm run build (or set HAT_DIST_DIR to a build).`);
  process.exit(1);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.avif': 'image/avif', '.webp': 'image/webp', '.jpg': 'image/jpeg', '.png': 'image/png' };
// why: hosts compress text; Pagefind's own files (.pagefind, .pf_*) are already gzipped by Pagefind.
const COMPRESS = new Set(['.html', '.css', '.js', '.json', '.svg']);

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (!path.startsWith(base)) return res.writeHead(404).end();
  let file = join(dist, path.slice(base.length));
  if (relative(dist, file).startsWith('..') || !existsSync(file)) return res.writeHead(404).end();
  if (statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  const ext = extname(file);
  const gzip = COMPRESS.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
  res.writeHead(200, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}${base}`;

function findBrowser() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('The benchmark needs Chromium or Chrome: sudo apt-get install chromium, or set CHROME_PATH.');
  return found;
}

const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'] });
const context = await browser.newContext();
const page = await context.newPage();
/** Every response since the last take(): path and bytes on the wire (headers + encoded body). */
let log = [];
page.on('requestfinished', async (request) => {
  const sizes = await request.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
  log.push({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize });
});
const settle = () => page.waitForTimeout(300);
const take = () => {
  const taken = log;
  log = [];
  return { requests: taken.length, bytes: taken.reduce((sum, r) => sum + r.bytes, 0), paths: taken.map((r) => r.path) };
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const status = () => page.locator('[data-search-status]').textContent();

try {
  await page.goto(`${origin}what-is-hat/`, { waitUntil: 'networkidle' });
  await settle();
  const content = take();
  const searchOnContent = content.paths.filter((p) => p.includes('/pagefind/'));

  await page.goto(`${origin}search/`, { waitUntil: 'networkidle' });
  await settle();
  const searchPage = take();

  const started = Date.now();
  await page.locator('#search-input').fill(FIRST);
  await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`), FIRST, { timeout: 30_000 });
  const firstMs = Date.now() - started;
  await settle();
  const first = take();
  const firstStatus = await status();

  const again = Date.now();
  await page.locator('#search-input').fill(REPEAT);
  await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`), REPEAT, { timeout: 30_000 });
  const repeatMs = Date.now() - again;
  await settle();
  const repeat = take();

  const sizeOf = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? sizeOf(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
  const indexDir = join(dist, 'pagefind');
  // why: Pagefind also writes its ready-made UIs (pagefind-ui.js, component UI, …), which this site never loads.
  const used = ['index', 'fragment', 'filter'].reduce((sum, d) => sum + sizeOf(join(indexDir, d)), 0) +
    readdirSync(indexDir).filter((f) => /^(pagefind\.js|pagefind-entry\.json|wasm\.en\.pagefind|pagefind\..*\.pf_meta)$/.test(f)).reduce((sum, f) => sum + statSync(join(indexDir, f)).size, 0);

  const rows = [
    ['Content page (/what-is-hat/), everything', kb(content.bytes), content.requests, searchOnContent.length === 0 ? 'no search code' : `SEARCH CODE LOADED: ${searchOnContent.join(', ')}`],
    ['Search page (/search/), before searching', kb(searchPage.bytes), searchPage.requests, ''],
    [`First query ("${FIRST}")`, kb(first.bytes), first.requests, `${firstMs} ms; ${firstStatus}`],
    [`Repeat query ("${REPEAT}")`, kb(repeat.bytes), repeat.requests, `${repeatMs} ms`],
  ];
  console.log(`\nSearch benchmark over ${dist} (gzip as a static host serves it; a fresh browser that opens a content page, then the search page)\n`);
  for (const [what, bytes, requests, note] of rows) console.log(`${what.padEnd(44)} ${String(bytes).padStart(9)}  ${String(requests).padStart(3)} requests  ${note}`);
  console.log(`\nFirst query requests: ${first.paths.map((p) => p.slice(p.indexOf('/pagefind/') + 1)).join(', ')}`);
  console.log(`Index on disk: ${kb(used)} used by search (${readdirSync(join(indexDir, 'fragment')).length} results), ${kb(sizeOf(indexDir))} with Pagefind's unused ready-made UIs.`);
  console.log(`Goal: first query <= ${GOAL_KB} KB: ${first.bytes <= GOAL_KB * 1024 ? 'met' : 'NOT MET'}.`);
  if (searchOnContent.length > 0 || first.bytes > GOAL_KB * 1024) process.exitCode = 1;
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
