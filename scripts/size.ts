/**
 * Sizes of the built site (`dist/`), gzipped as transferred, by part. `npx tsx scripts/size.ts` prints them;
 * `--update` rewrites `size-budget.json` (on purpose, when a change is worth its bytes). The unit test
 * `tests/unit/size-budget.test.ts` fails when a part grows past its budget.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Chunks loaded only when the reader asks for them (exports, speaker view, tables, panel, CSV, files, no
 * WebGL), or after ready (the timeline).
 */
const LAZY =
  /^(exporter|speaker-view|data-tables|info-panel|csv|read-files|simplified-view|timeline)-[\w-]+\.js$/;
/** The editor (`index.html?edit`), loaded only on that page: its own line, so the viewer's cannot grow with it. */
const EDITOR = /^(edit-page|archipelago-editor)-[\w-]+\.js$/;
const MAPLIBRE = /^map-view-[\w-]+\.js$/;
const WORKER = /^maplibre-gl-worker-[\w-]+\.m?js$/;

export const PARTS = {
  /** The product's own code with Lit, D3 and valibot: every script before ready but MapLibre's. */
  app: (f: string) =>
    /\.js$/.test(f) && !LAZY.test(f) && !EDITOR.test(f) && !MAPLIBRE.test(f) && !WORKER.test(f),
  /** What loads on demand, after the first picture. */
  lazy: (f: string) => LAZY.test(f),
  editor: (f: string) => EDITOR.test(f),
  /** MapLibre, loaded when the first map becomes visible. */
  maplibre: (f: string) => MAPLIBRE.test(f),
  worker: (f: string) => WORKER.test(f),
  css: (f: string) => /\.css$/.test(f),
  dataset: (f: string) => /^archipelago-[\w-]+\.json$/.test(f),
  basemap50m: (f: string) => /^baltic-50m\.topo-[\w-]+\.json$/.test(f),
  basemap10m: (f: string) => /^baltic-10m\.topo-[\w-]+\.json$/.test(f),
} as const;

export type Part = keyof typeof PARTS;

/** Gzipped bytes per part of `dist/assets`. */
export function measure(dir: string): Record<Part, number> {
  const files = readdirSync(dir);
  const out = {} as Record<Part, number>;
  for (const [part, belongs] of Object.entries(PARTS) as [Part, (f: string) => boolean][]) {
    out[part] = files
      .filter(belongs)
      .reduce((sum, f) => sum + gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length, 0);
  }
  return out;
}

export const BUDGET_FILE = fileURLToPath(new URL('../size-budget.json', import.meta.url));
export const DIST_ASSETS = fileURLToPath(new URL('../dist/assets', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = measure(DIST_ASSETS);
  for (const [part, bytes] of Object.entries(sizes))
    console.log(`${part.padEnd(12)} ${(bytes / 1024).toFixed(1)} KB gz`);
  if (process.argv.includes('--update')) {
    // A little headroom, so that a budget fails on growth, not on a rebuild.
    const budget = Object.fromEntries(
      Object.entries(sizes).map(([k, v]) => [k, Math.ceil((v * 1.03) / 1024) * 1024]),
    );
    writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
    console.log(`budget written to ${BUDGET_FILE}`);
  }
}
