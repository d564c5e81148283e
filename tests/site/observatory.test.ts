/**
 * Mozilla's HTTP Observatory (@mdn/mdn-http-observatory) grades the built site as a host that reads
 * `_headers` (Netlify, Cloudflare Pages) serves it: over HTTPS, with plain HTTP redirecting to it.
 * Public pages must score A+ (115 today). The CMS (/admin/) loses 10 points: Decap needs
 * 'unsafe-eval' (ajv compiles its schemas) and inline styles (emotion); its grade and score are
 * pinned here so a change either way is noticed.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../helpers/astro-build';
import { basePath, builtPages, embedPages, isNewsArticle } from '../helpers/built-pages';
import { serveDistHttps, type HttpsDistServer } from '../helpers/serve-dist-https';

interface TestResult { result: string; pass: boolean; modifier: number }
interface Graded { path: string; status: number; verified: boolean; grade: string; score: number; tests: Record<string, TestResult> }

const scanner = fileURLToPath(new URL('../helpers/observatory-scan.mjs', import.meta.url));
const article = builtPages().find((p) => isNewsArticle(p.path))?.path;
const widget = embedPages().find((p) => p.path.startsWith('/embed/news/'))?.path ?? embedPages()[0]?.path;
const PUBLIC = { 'home page': '/', 'news article': article, search: '/search/', widget } as Record<string, string | undefined>;
const ADMIN = '/admin/';

let server: HttpsDistServer;
let graded: Map<string, Graded>;

beforeAll(async () => {
  server = await serveDistHttps();
  const paths = [...Object.values(PUBLIC), ADMIN].map((path) => `${basePath}${path?.slice(1)}`);
  const { stdout } = await promisify(execFile)(process.execPath, [scanner, JSON.stringify({ host: server.host, httpPort: server.httpPort, httpsPort: server.httpsPort, paths })], {
    // why: Node reads NODE_EXTRA_CA_CERTS at start-up only, hence the child process.
    env: { ...childEnv(), NODE_EXTRA_CA_CERTS: server.caFile },
    maxBuffer: 16 * 1024 * 1024,
  });
  graded = new Map((JSON.parse(stdout) as Graded[]).map((result) => [result.path.slice(basePath.length - 1), result]));
}, 120_000);
afterAll(() => server?.close());

/** The tests that cost points, for a readable failure. */
const lost = (result: Graded) => Object.entries(result.tests).filter(([, t]) => t.modifier < 0).map(([name, t]) => `${name}: ${t.result} (${t.modifier})`);

describe('Mozilla HTTP Observatory', () => {
  it('finds a news article and a widget to grade', () => {
    expect(article).toBeDefined();
    expect(widget).toBeDefined();
  });

  it('reaches the site over HTTPS with a certificate it trusts', () => {
    for (const result of graded.values()) {
      expect(result.status, result.path).toBe(200);
      expect(result.verified, result.path).toBe(true);
    }
  });

  it.each(Object.entries(PUBLIC))('grades the %s A+', (_, path) => {
    const result = graded.get(path!)!;
    expect(lost(result), `${path} scores ${result.score}`).toEqual([]);
    expect(result.grade, `${path} scores ${result.score}`).toBe('A+');
  });

  // why: 100 - 10 = 90 is just enough for the Observatory to add its extra credit back (referrer
  // policy +5, frame-ancestors +5), so /admin/ reaches A+ at exactly 100; any new loss drops it.
  it("grades /admin/ A+ at exactly 100: the CMS's 'unsafe-eval' is its only loss", () => {
    const result = graded.get(ADMIN)!;
    expect(lost(result)).toEqual(['content-security-policy: csp-implemented-with-unsafe-eval (-10)']);
    expect([result.grade, result.score]).toEqual(['A+', 100]);
  });
});
