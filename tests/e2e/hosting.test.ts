import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browser, waitReady } from './harness';

// The built site (`npm run build`) on a host that knows only the old types: `.mjs` is not mapped to
// JavaScript (IIS by default, older servers), so it goes out as `application/octet-stream`, with
// `X-Content-Type-Options: nosniff` as IIS sends it. Browsers refuse a module worker of that type, and
// MapLibre's worker ships as `.mjs`: the build renames it `.js`, which every host serves as JavaScript.
// docs/embedding.md ("What a host must serve") lists the types this server sends.
const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const MOUNT = '/baltic/';
const BROKEN = '/broken/';
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

let server: Server;
let origin: string;
/** A folder outside dist/ for the probe: MapLibre's worker copied under a `.mjs` name. */
let probe: string;

beforeAll(async () => {
  if (!existsSync(join(distDir, 'index.html')))
    throw new Error('dist/index.html is missing: run `npm run build` before the browser tests');
  probe = mkdtempSync(join(tmpdir(), 'archipelago-hosting-'));
  const worker = readdirSync(join(distDir, 'assets')).find((f) => /^maplibre-gl-worker-.*\.m?js$/.test(f));
  if (!worker) throw new Error('dist/assets/ has no maplibre-gl-worker-*.js (or .mjs)');
  copyFileSync(join(distDir, 'assets', worker), join(probe, 'worker.mjs'));
  server = createServer((request, response) => {
    const raw = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const broken = raw.startsWith(BROKEN);
    const path = broken ? `${MOUNT}${raw.slice(BROKEN.length)}` : raw;
    const [dir, rest] = path.startsWith('/probe/')
      ? [probe, path.slice('/probe/'.length)]
      : path.startsWith(MOUNT)
        ? [distDir, path.slice(MOUNT.length)]
        : [null, ''];
    const file = dir ? normalize(join(dir, rest)) : '';
    if (
      !dir ||
      !file.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`) ||
      !existsSync(file) ||
      !extname(file)
    ) {
      response.writeHead(404).end();
      return;
    }
    // Under /broken/ the server is misconfigured for the worker alone: even its `.js` goes out untyped.
    const worker = /maplibre-gl-worker-[\w-]+\.js$/.test(file) && broken;
    response.writeHead(200, {
      'content-type': worker
        ? 'application/octet-stream'
        : (MIME[extname(file)] ?? 'application/octet-stream'),
      'x-content-type-options': 'nosniff',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (probe) rmSync(probe, { recursive: true, force: true });
});

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(url: string) {
  context = await (await browser()).newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const workers: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('GL Driver Message')) errors.push(`console: ${m.text()}`);
  });
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(url);
  return { page, requests, workers, errors };
}

describe('a host that sends .mjs as application/octet-stream', () => {
  it('makes Chromium refuse a module worker served under a .mjs name (why the build renames it)', async () => {
    const { page } = await open(`${origin}${MOUNT}index.html`);
    const outcome = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const worker = new Worker(url, { type: 'module' });
          worker.addEventListener('error', () => resolve('error'));
          worker.addEventListener('message', () => resolve('message'));
          setTimeout(() => resolve('silent'), 5000);
        }),
      `${origin}/probe/worker.mjs`,
    );
    expect(outcome).toBe('error');
  });

  it('still draws the MapLibre map: no .mjs is requested, the worker runs from a .js file', async () => {
    const { page, requests, workers, errors } = await open(`${origin}${MOUNT}index.html`);
    await waitReady(page);
    expect(await page.locator('archipelago-map').getAttribute('error')).toBeNull();
    // The MapLibre map, not the simplified one drawn without a worker.
    expect(await page.locator('archipelago-map .maplibregl-canvas').count()).toBe(1);
    expect(requests.filter((u) => new URL(u).pathname.endsWith('.mjs'))).toEqual([]);
    expect(workers.length).toBeGreaterThan(0);
    for (const url of workers)
      expect(url).toMatch(/^http:.*\/baltic\/assets\/maplibre-gl-worker-[\w-]+\.js$/);
    expect(errors).toEqual([]);
  });
});

describe('a host that sends the worker itself as application/octet-stream', () => {
  it('says in the error box which file is refused and what type the server sends', async () => {
    const { page } = await open(`${origin}${BROKEN}index.html`);
    await page.waitForSelector('archipelago-map[error]', { timeout: 45_000 });
    const alert = page.locator('archipelago-map [role="alert"]');
    await expect.poll(() => alert.textContent()).toMatch(/maplibre-gl-worker-[\w-]+\.js/);
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('application/octet-stream');
    expect(text).toContain('text/javascript');
    expect(await page.locator('archipelago-map').getAttribute('ready')).toBeNull();
  });
});
