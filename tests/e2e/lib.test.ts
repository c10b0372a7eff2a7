import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browser, waitReady } from './harness';

// The package as a partner hosts it (`npm run build:lib`, run by `npm test` before the browser tests):
// `lib/` copied to a nested folder of a plain static server, one module script tag, nothing else.
const libDir = fileURLToPath(new URL('../../lib/', import.meta.url));
const entry = join(libDir, 'baltic-archipelago.js');
const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));

const MOUNT = '/vendor/pkg/lib/';
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

function missingLib(): never {
  throw new Error('lib/baltic-archipelago.js is missing: run `npm run build:lib` before the browser tests');
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

let site: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  if (!existsSync(entry)) missingLib();
  site = mkdtempSync(join(tmpdir(), 'archipelago-lib-'));
  cpSync(libDir, join(site, ...MOUNT.split('/').filter(Boolean)), { recursive: true });
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,">
<script type="module" src="${MOUNT}baltic-archipelago.js"></script></head>
<body><archipelago-map style="display:block;height:600px"></archipelago-map></body></html>`,
  );
  writeFileSync(
    join(site, 'editor.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Builder</title><link rel="icon" href="data:,">
<script type="module" src="${MOUNT}editor.js"></script></head>
<body><archipelago-editor style="display:block;height:700px"></archipelago-editor></body></html>`,
  );
  writeFileSync(
    join(site, 'blank.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title><link rel="icon" href="data:,"></head><body></body></html>',
  );
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(site, path));
    if (!file.startsWith(site + sep) || !existsSync(file) || !extname(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (site) rmSync(site, { recursive: true, force: true });
});

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(page: string) {
  context = await (await browser()).newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const tab = await context.newPage();
  const requests: string[] = [];
  const outside: string[] = [];
  const errors: string[] = [];
  const workers: string[] = [];
  tab.on('request', (r) => {
    requests.push(r.url());
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') outside.push(r.url());
  });
  tab.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  tab.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  tab.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  tab.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('GL Driver Message')) errors.push(`console: ${m.text()}`);
  });
  tab.on('worker', (w) => workers.push(w.url()));
  await tab.goto(`${origin}/${page}`);
  return { page: tab, requests, outside, errors, workers };
}

describe('the package (lib/)', () => {
  it('is self-contained: no bare import left in any module', () => {
    if (!existsSync(entry)) missingLib();
    const modules = files(libDir).filter((f) => f.endsWith('.js'));
    expect(modules.length).toBeGreaterThan(1);
    const imports =
      /\b(?:import|export)\b[^'"`;]*?\bfrom\s*["'`]([^"'`]+)["'`]|\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)|\bimport\s*["'`]([^"'`]+)["'`]/g;
    const bare = modules.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(imports)]
        .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
        .filter((specifier) => !/^(?:\.{1,2}\/|https?:|data:|blob:)/.test(specifier))
        .map((specifier) => `${relative(libDir, file)}: ${specifier}`),
    );
    expect(bare).toEqual([]);
    // The dataset, both basemaps and the worker are files found relative to the module, not `data:` URLs
    // inlined in the code (Vite's library-mode default).
    const code = modules.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(/data:[\w/+.-]+;base64,[\w+/]{1000}/.test(code), 'a base64 data: URL in lib/*.js').toBe(false);
    const relativeUrls = [
      ...code.matchAll(/new URL\(["'`]((?:\.\.\/)?assets\/[^"'`]+)["'`],\s*import\.meta\.url\)/g),
    ];
    expect(relativeUrls.map((m) => m[1]?.replace(/^.*assets\/|-[\w-]{8}\.\w+$/g, '')).sort()).toEqual([
      'archipelago',
      'baltic-10m.topo',
      'baltic-50m.topo',
      'maplibre-gl-worker',
    ]);
  });

  it('registers <archipelago-map> from a nested folder and draws every city, with files found next to it', async () => {
    const { page, requests, outside, errors, workers } = await open('index.html');
    await waitReady(page);
    expect(await page.locator('archipelago-map [data-city]').count()).toBe(shipped.cities.length);
    for (const city of shipped.cities) {
      expect(await page.locator(`archipelago-map [data-city="${city.id}"]`).count()).toBe(1);
    }
    // Found relative to the module: the dataset, the 1:50m basemap, the lazy map chunk and the worker.
    const under = (pattern: RegExp) =>
      requests.filter((u) => u.startsWith(`${origin}${MOUNT}`) && pattern.test(u));
    expect(under(/\/assets\/archipelago-[^/]*\.json$/)).toHaveLength(1);
    expect(under(/\/assets\/baltic-50m[^/]*\.json$/)).toHaveLength(1);
    expect(under(/\/chunks\/map-view-[^/]*\.js$/)).toHaveLength(1);
    expect(
      [...requests, ...workers].some((u) => u.startsWith(`${origin}${MOUNT}assets/maplibre-gl-worker`)),
    ).toBe(true);
    expect(requests.filter((u) => u.startsWith(origin) && !u.startsWith(`${origin}${MOUNT}`))).toEqual([
      `${origin}/index.html`,
    ]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('registers <archipelago-editor> from lib/editor.js, whose map loads the dataset next to it', async () => {
    const { page, requests, outside, errors } = await open('editor.html');
    await page.waitForSelector('archipelago-editor archipelago-map[ready]', { timeout: 45_000 });
    expect(await page.locator('archipelago-editor archipelago-map [data-city]').count()).toBe(
      shipped.cities.length,
    );
    const draft = await page.evaluate(() => document.querySelector('archipelago-editor')?.dataset);
    expect(draft.cities.map((c: { id: string }) => c.id)).toEqual(
      shipped.cities.map((c: { id: string }) => c.id),
    );
    // The viewer's module is not loaded by a page that asks for the editor, nor the editor's by a viewer.
    expect(requests.some((u) => u.endsWith(`${MOUNT}baltic-archipelago.js`))).toBe(false);
    expect(
      requests.filter(
        (u) => u.startsWith(`${origin}${MOUNT}`) && /\/assets\/archipelago-[^/]*\.json$/.test(u),
      ),
    ).not.toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('loads none of the editor on a page that shows a map', async () => {
    const { page, requests } = await open('index.html');
    await waitReady(page);
    expect(requests.filter((u) => u.includes(`${MOUNT}editor`))).toEqual([]);
    expect(await page.evaluate(() => customElements.get('archipelago-editor'))).toBeUndefined();
  });

  it('adds no global to window', async () => {
    const blank = await open('blank.html');
    const before = new Set(await blank.page.evaluate(() => Object.keys(window)));
    await context?.close();
    const { page, errors } = await open('index.html');
    await waitReady(page);
    const added = (await page.evaluate(() => Object.keys(window))).filter((key) => !before.has(key));
    expect(added).toEqual([]);
    expect(await page.evaluate(() => customElements.get('archipelago-map') !== undefined)).toBe(true);
    expect(errors).toEqual([]);
  });
});
