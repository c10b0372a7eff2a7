/**
 * Sizes of the built site (`dist/`), gzipped as transferred (fonts, woff2 and compressed already, raw), by part. `npx tsx scripts/size.ts` prints them;
 * `--update` rewrites `size-budget.json` (on purpose, when a change is worth its bytes). The unit test
 * `tests/unit/size-budget.test.ts` fails when a part grows past its budget.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Chunks loaded only when the reader asks for them (exports, the film, speaker view, tables, panel, CSV,
 * files, no WebGL), or after ready (the timeline); and the bundler's helpers they share with the editor
 * (a chunk of their own since the editor's Chapters tab loads apart from it; only dynamic imports load it).
 */
const LAZY =
  /^(exporter|film|speaker-view|data-tables|info-panel|csv|read-files|simplified-view|timeline|rolldown-runtime)-[\w-]+\.js$/;
/** The editor (`index.html?edit`), loaded only on that page: its own line, so the viewer's cannot grow with it. */
const EDITOR = /^(edit-page|archipelago-editor)-[\w-]+\.js$/;
/** The editor's Chapters tab, loaded when it opens: its own line beside the editor's. */
const EDITOR_STORY = /^chapters-tab-[\w-]+\.js$/;
/** The editor's Link types tab, loaded when it opens: its own line too. */
const EDITOR_TYPES = /^types-form-[\w-]+\.js$/;
const MAPLIBRE = /^map-view-[\w-]+\.js$/;
const WORKER = /^maplibre-gl-worker-[\w-]+\.m?js$/;
/**
 * The faces a first view of the shipped dataset fetches: the Latin subset of each face src/fonts.css
 * declares (the shipped names and the interface in en, fi, sv and de are Latin-1; the browser fetches a
 * face when text in its unicode-range is on screen, and the first picture uses every declared weight and
 * style). `tests/e2e/first-view.test.ts` checks that these are exactly the fonts requested before ready.
 */
export const FIRST_VIEW_FONT = /^noto-sans-latin-\d+-(?:normal|italic)-[\w-]+\.woff2$/;
const FONT = /\.woff2?$/;

export const PARTS = {
  /** The product's own code with Lit, D3 and valibot: every script before ready but MapLibre's. */
  app: (f: string) =>
    /\.js$/.test(f) &&
    ![LAZY, EDITOR, EDITOR_STORY, EDITOR_TYPES, MAPLIBRE, WORKER].some((part) => part.test(f)),
  /** What loads on demand, after the first picture. */
  lazy: (f: string) => LAZY.test(f),
  editor: (f: string) => EDITOR.test(f),
  editorStory: (f: string) => EDITOR_STORY.test(f),
  editorTypes: (f: string) => EDITOR_TYPES.test(f),
  /** MapLibre, loaded when the first map becomes visible. */
  maplibre: (f: string) => MAPLIBRE.test(f),
  worker: (f: string) => WORKER.test(f),
  css: (f: string) => /\.css$/.test(f),
  dataset: (f: string) => /^archipelago-[\w-]+\.json$/.test(f),
  basemap50m: (f: string) => /^baltic-50m\.topo-[\w-]+\.json$/.test(f),
  basemap10m: (f: string) => /^baltic-10m\.topo-[\w-]+\.json$/.test(f),
  /** Fonts of the first view (see FIRST_VIEW_FONT). */
  fonts: (f: string) => FIRST_VIEW_FONT.test(f),
  /** The other subsets (Latin Extended, Cyrillic), fetched when names need them. */
  fontsOnDemand: (f: string) => FONT.test(f) && !FIRST_VIEW_FONT.test(f),
  /**
   * The one-file build the editor's "Download for presenting" fills in (vite.config.ts); fetched only
   * then, never by a viewer.
   */
  template: (f: string) => f === 'standalone-template.html',
} as const;

export type Part = keyof typeof PARTS;

/** Bytes per part of `dist/assets`, gzipped (fonts raw: gzip cannot shrink woff2, and servers leave it). */
export function measure(dir: string): Record<Part, number> {
  const files = readdirSync(dir);
  const out = {} as Record<Part, number>;
  for (const [part, belongs] of Object.entries(PARTS) as [Part, (f: string) => boolean][]) {
    out[part] = files.filter(belongs).reduce((sum, f) => sum + transferred(`${dir}/${f}`), 0);
  }
  return out;
}

function transferred(file: string): number {
  const body = readFileSync(file);
  return FONT.test(file) ? body.length : gzipSync(body, { level: 9 }).length;
}

export const BUDGET_FILE = fileURLToPath(new URL('../size-budget.json', import.meta.url));
export const DIST_ASSETS = fileURLToPath(new URL('../dist/assets', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = measure(DIST_ASSETS);
  for (const [part, bytes] of Object.entries(sizes))
    console.log(`${part.padEnd(14)} ${(bytes / 1024).toFixed(1)} KB gz`);
  if (process.argv.includes('--update')) {
    // A little headroom, so that a budget fails on growth, not on a rebuild.
    const budget = Object.fromEntries(
      Object.entries(sizes).map(([k, v]) => [k, Math.ceil((v * 1.03) / 1024) * 1024]),
    );
    writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
    console.log(`budget written to ${BUDGET_FILE}`);
  }
}
