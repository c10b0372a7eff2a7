/** The bench's figures as Markdown: printed to the console and written to docs/performance.md. */
import { byGroup, GROUPS, type Group, type Transfer } from './bytes';
import { quantile, ratio, type Summary, summarize } from './stats';
import { type AppKey, BASELINE_TARGETS, type SizeKey, TARGETS, type TargetKey } from './targets';
import type { Visit } from './visit';

export type Results = Partial<Record<TargetKey, Visit[]>>;
export type Bytes = Partial<Record<'app' | 'bare' | 'deck', Transfer[]>>;

const label = (key: TargetKey) => [...TARGETS, ...BASELINE_TARGETS].find((t) => t.key === key)?.label ?? key;

// ---------------------------------------------------------------------------------------------------
// Formatting

const num = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '—');
/** Milliseconds: one decimal below 100 ms, whole above. */
const ms = (v: number) => (Number.isFinite(v) ? (Math.abs(v) < 100 ? v.toFixed(1) : v.toFixed(0)) : '—');
const kb = (bytes: number) => `${num(bytes / 1024, 1)} KB`;
const mb = (bytes: number) => `${num(bytes / 2 ** 20, 1)} MB`;
const spread = (s: Summary, f: (v: number) => string) => (s.n > 1 ? `${f(s.min)}–${f(s.max)}` : '—');
const withSpread = (s: Summary, f: (v: number) => string) => `${f(s.median)} (${spread(s, f)})`;
const ratioCell = (r: Summary) => `${num(r.median, 2)} (${spread(r, (v) => num(v, 2))})`;

/** ✓ or ✗ against a ceiling; no mark without a figure. */
export function mark(value: number, ceiling: number): string {
  if (!Number.isFinite(value)) return '—';
  return value <= ceiling ? '✓' : '✗';
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Per-visit figures, aligned by repetition (a failed visit leaves a gap)

const readies = (r: Results, k: TargetKey) => (r[k] ?? []).map((v) => v.ready);
const heaps = (r: Results, k: TargetKey) => (r[k] ?? []).map((v) => v.heap);
/** A quantile of one visit's frames; for the overlay, of the frames in which it drew. */
const perRun = (r: Results, k: TargetKey, pick: 'frames' | 'overlay', q: number) =>
  (r[k] ?? []).map((v) => {
    const values = pick === 'frames' ? v.frames?.frames : v.frames?.overlay.filter((t) => t > 0);
    return values?.length ? quantile(values, q) : null;
  });

// ---------------------------------------------------------------------------------------------------
// Sections

export function readySection(r: Results): string {
  const floor = readies(r, 'bare');
  const rows = (['bare', 'app', 'app-1k', 'app-10k'] as const)
    .filter((k) => r[k])
    .map((k) => {
      const s = summarize(readies(r, k));
      const q = k === 'bare' ? null : ratio(readies(r, k), floor);
      const target = k === 'app' ? '≤ 1.25' : '';
      return [
        label(k),
        withSpread(s, ms),
        q ? ratioCell(q) : '1',
        target,
        k === 'app' && q ? mark(q.median, 1.25) : '',
      ];
    });
  return [
    '## 1. Time to ready',
    '',
    'From navigation start to ready: the app’s `archipelago-ready` event (map loaded, overlay drawn, map',
    'idle); the bare page’s first `idle` after `load`. Median of the repetitions (min–max); the ratio is',
    'of the medians, with the min–max of the per-repetition ratios.',
    '',
    table(['page', 'ready, ms', 'over the floor', 'target', ''], rows),
  ].join('\n');
}

const FRAME_TARGETS: { key: TargetKey; ratio: number; overlayP95: number }[] = [
  { key: 'app', ratio: 1.1, overlayP95: 1 },
  { key: 'app-1k', ratio: 1.15, overlayP95: 4 },
  { key: 'app-10k', ratio: 1.5, overlayP95: 12 },
];

/**
 * One page's row of the whole-frame table: its ratio over the floor's median, and its target where it has
 * one (the floor itself and the floor with one layer over the map have none).
 */
function frameRow(
  r: Results,
  key: TargetKey,
  floorMedian: (number | null)[],
  target?: { ratio: number },
): string[] {
  const median = perRun(r, key, 'frames', 0.5);
  const q = key === 'bare' ? null : ratio(median, floorMedian);
  const frames = summarize((r[key] ?? []).map((v) => v.frames?.frames.length));
  return [
    label(key),
    num(frames.median, 0),
    withSpread(summarize(median), ms),
    withSpread(summarize(perRun(r, key, 'frames', 0.95)), ms),
    q ? ratioCell(q) : '1',
    target ? `≤ ${target.ratio.toFixed(2)}` : key === 'bare' ? '' : '—',
    target && q ? mark(q.median, target.ratio) : '',
  ];
}

export function framesSection(r: Results): string {
  const floorMedian = perRun(r, 'bare', 'frames', 0.5);
  const whole = [
    frameRow(r, 'bare', floorMedian),
    ...(r['bare-layer'] ? [frameRow(r, 'bare-layer', floorMedian)] : []),
    ...FRAME_TARGETS.filter((t) => r[t.key]).map((t) => frameRow(r, t.key, floorMedian, t)),
  ];
  const overlay = FRAME_TARGETS.filter((t) => r[t.key]).map((t) => {
    const p95 = summarize(perRun(r, t.key, 'overlay', 0.95));
    const draws = summarize((r[t.key] ?? []).map((v) => v.frames?.draws));
    return [
      label(t.key),
      num(draws.median, 0),
      withSpread(summarize(perRun(r, t.key, 'overlay', 0.5)), (v) => num(v, 2)),
      withSpread(p95, (v) => num(v, 2)),
      `≤ ${t.overlayP95}`,
      mark(p95.median, t.overlayP95),
    ];
  });
  return [
    '## 2. Frame cost while the camera moves',
    '',
    'The same 4.5 s camera path on every page (`bench/camera.ts`). Whole frame: the interval between',
    'animation frames; per repetition its median and p95, then the median of those over the repetitions',
    '(min–max). The ratio is the whole-frame median over the floor’s, measured in the same repetitions.',
    'The second row is the floor with one full-size, nearly clear element over the map (`?layer=1`): what',
    'the compositor charges for any layer over the WebGL canvas, such as the app’s overlay, whatever it draws.',
    '',
    table(
      ['page', 'frames / run', 'frame median, ms', 'frame p95, ms', 'median over the floor', 'target', ''],
      whole,
    ),
    '',
    'The overlay’s own work per frame: the draw times the overlay itself reports',
    '(`globalThis.__archipelagoOverlayTimes`: its work on MapLibre’s `move`, inside the map’s animation',
    'frame, and its redraws when a leg ends) summed per animation frame; per repetition the median and p95',
    'over the frames in which it drew.',
    '',
    table(['page', 'draws / run', 'per frame: median, ms', 'p95, ms', 'p95 target, ms', ''], overlay),
  ].join('\n');
}

export function deckSection(r: Results): string {
  const sizes: SizeKey[] = ['1k', '10k'];
  const rows = sizes
    .filter((s) => r[`app-${s}`] && r[`deck-${s}`])
    .map((s) => {
      const ours = `app-${s}` as const;
      const deck = `deck-${s}` as const;
      const frame = ratio(perRun(r, ours, 'frames', 0.5), perRun(r, deck, 'frames', 0.5));
      const ready = ratio(readies(r, ours), readies(r, deck));
      return [
        s === '1k' ? '300 / 1,000' : '2,000 / 10,000',
        withSpread(summarize(perRun(r, ours, 'frames', 0.5)), ms),
        withSpread(summarize(perRun(r, deck, 'frames', 0.5)), ms),
        `${ratioCell(frame)} ${mark(frame.median, 0.5)}`,
        withSpread(summarize(readies(r, ours)), ms),
        withSpread(summarize(readies(r, deck)), ms),
        `${ratioCell(ready)} ${mark(ready.median, 0.5)}`,
      ];
    });
  return [
    '## 3. Against deck.gl',
    '',
    'The same synthetic networks drawn by deck.gl 9 (`ScatterplotLayer` for cities, `ArcLayer` for links)',
    'through `MapboxOverlay` (overlaid, `interleaved: false`) over the same map and basemap',
    '(`bench/deck.ts`). deck.gl is ready when the map is idle after `load` and deck has drawn the layers',
    'once, whichever is later. Ratios are ours over deck.gl’s; target ≤ 0.5 for each. This is headless',
    'Chromium with software WebGL (SwiftShader), where every WebGL draw costs CPU time: on a real GPU',
    'deck.gl’s per-frame cost falls far more than an SVG overlay’s, and the balance at 10,000 links may',
    'differ, even reverse.',
    '',
    table(
      [
        'cities / links',
        'ours: frame median, ms',
        'deck.gl: frame median, ms',
        'frame ratio (≤ 0.5)',
        'ours: ready, ms',
        'deck.gl: ready, ms',
        'ready ratio (≤ 0.5)',
      ],
      rows,
    ),
  ].join('\n');
}

const BYTE_TARGETS: { name: string; groups: Group[]; ceiling: number; note?: string }[] = [
  { name: 'the product’s own code', groups: ['own code'], ceiling: 60 * 1024 },
  {
    name: 'all JavaScript',
    groups: ['own code', 'libraries', 'MapLibre JS', 'MapLibre worker'],
    ceiling: 520 * 1024,
  },
  { name: 'basemap and dataset', groups: ['basemap', 'dataset'], ceiling: 150 * 1024 },
  // Issue #16: only the faces the first picture draws with.
  { name: 'fonts', groups: ['fonts'], ceiling: 100 * 1024 },
  {
    name: 'everything',
    groups: [
      'own code',
      'libraries',
      'MapLibre JS',
      'MapLibre worker',
      'CSS',
      'HTML',
      'basemap',
      'dataset',
      'fonts',
      'other',
    ],
    ceiling: 700 * 1024,
  },
];

export function bytesSection(b: Bytes): string {
  const pages = (['app', 'bare', 'deck'] as const).filter((p) => b[p]);
  const grouped = Object.fromEntries(pages.map((p) => [p, byGroup(b[p] ?? [])])) as Record<
    (typeof pages)[number],
    Record<Group, number>
  >;
  const used = GROUPS.filter((g) => pages.some((p) => grouped[p][g] > 0));
  const total = (p: (typeof pages)[number]) => Object.values(grouped[p]).reduce((a, x) => a + x, 0);
  const names = { app: 'app (shipped)', bare: 'bare MapLibre', deck: 'deck.gl (1,000 links)' };
  const app = b.app ? byGroup(b.app) : null;
  const targets = app
    ? BYTE_TARGETS.map((t) => {
        const bytes = t.groups.reduce((sum, g) => sum + app[g], 0);
        return [t.name, t.groups.join(' + '), kb(bytes), `≤ ${kb(t.ceiling)}`, mark(bytes, t.ceiling)];
      })
    : [];
  const files = (b.app ?? []).map((t) => [`\`${t.path}\``, t.group, kb(t.bytes)]);
  return [
    '## 4. Bytes before ready',
    '',
    'Every file that finished loading before ready (Resource Timing `responseEnd` ≤ ready), gzipped at',
    'level 9 as `scripts/size.ts` does (woff2 fonts raw). The app’s MapLibre chunk is `map-view-*.js`:',
    'MapLibre with the small `MapView` module.',
    '',
    table(['the app, shipped dataset', 'groups', 'gzipped', 'target', ''], targets),
    '',
    table(
      ['group', ...pages.map((p) => names[p])],
      [
        ...used.map((g) => [g, ...pages.map((p) => kb(grouped[p][g]))]),
        ['**total**', ...pages.map((p) => `**${kb(total(p))}**`)],
      ],
    ),
    '',
    'What the app loads before ready:',
    '',
    table(['file', 'group', 'gzipped'], files),
  ].join('\n');
}

export function memorySection(r: Results): string {
  const floor = summarize(heaps(r, 'bare'));
  const rows = (['bare', 'app', 'app-1k', 'app-10k', 'deck-1k', 'deck-10k'] as const)
    .filter((k) => r[k]?.some((v) => v.heap !== null))
    .map((k) => {
      const s = summarize(heaps(r, k));
      return [label(k), withSpread(s, mb), k === 'bare' ? '' : `+${mb(s.median - floor.median)}`];
    });
  return [
    '## 5. Memory',
    '',
    '`performance.memory.usedJSHeapSize` (with `--enable-precise-memory-info`) right after ready and two',
    'forced garbage collections (CDP `HeapProfiler.collectGarbage`). The page’s main thread only: the',
    'MapLibre workers’ heaps, GPU memory and the DOM outside the JS heap are not counted.',
    '',
    table(['page', 'JS heap', 'over the floor'], rows),
  ].join('\n');
}

/**
 * An A/B run (`BENCH_BASELINE`): each app page from the baseline build and from this one, loaded next to
 * each other in every repetition. Printed, not written into the tables below the marker, which hold the
 * current code's figures.
 */
export function baselineSection(r: Results, baselineDir: string): string {
  const floorReady = readies(r, 'bare');
  const floorFrame = perRun(r, 'bare', 'frames', 0.5);
  const pairs = (['app', 'app-1k', 'app-10k'] as const).filter((k) => r[k] && r[`${k}-old`]);
  const overlay = (k: TargetKey, q: number) =>
    withSpread(summarize(perRun(r, k, 'overlay', q)), (v) => num(v, 2));
  const rows = pairs.flatMap((k) =>
    ([`${k}-old`, k] as const).map((key) => [
      label(k),
      key === k ? 'new' : 'old',
      withSpread(summarize(readies(r, key)), ms),
      ratioCell(ratio(readies(r, key), floorReady)),
      withSpread(summarize(perRun(r, key, 'frames', 0.5)), ms),
      r.bare ? ratioCell(ratio(perRun(r, key, 'frames', 0.5), floorFrame)) : '—',
      overlay(key, 0.5),
      overlay(key, 0.95),
    ]),
  );
  const newOverOld = (k: AppKey) => {
    const old = `${k}-old` as const;
    return [
      label(k),
      ratioCell(ratio(readies(r, k), readies(r, old))),
      ratioCell(ratio(perRun(r, k, 'frames', 0.5), perRun(r, old, 'frames', 0.5))),
      ratioCell(ratio(perRun(r, k, 'overlay', 0.95), perRun(r, old, 'overlay', 0.95))),
    ];
  };
  return [
    '## This build against a baseline build',
    '',
    `Old: the baseline build \`${baselineDir}\`; new: \`dist-bench/\`. Both served by the bench's own`,
    'server (one `vite preview` each) and loaded next to each other in every repetition, in alternating',
    'order. Median of the repetitions (min–max); ratios as in sections 1 and 2 (of the medians, with the',
    'min–max of the per-repetition ratios).',
    '',
    table(
      [
        'page',
        'build',
        'ready, ms',
        'ready over the floor',
        'frame median, ms',
        'frame over the floor',
        'overlay median, ms',
        'overlay p95, ms',
      ],
      rows,
    ),
    '',
    'New over old, paired by repetition:',
    '',
    table(['page', 'ready', 'frame median', 'overlay p95'], pairs.map(newOverOld)),
  ].join('\n');
}

/** A year step (the timeline) on the large network: the element's update and the overlay's draw. */
export function yearsSection(r: Results): string {
  const rows = (['app-10k'] as const)
    .filter((k) => r[k]?.some((v) => v.years))
    .flatMap((k) => {
      const update = (r[k] ?? []).flatMap((v) => v.years?.update ?? []);
      const overlay = (r[k] ?? []).flatMap((v) => v.years?.overlay ?? []);
      const ms = (v: number) => `${v.toFixed(1)} ms`;
      const p = (values: number[]) =>
        [quantile(values, 0.5), quantile(values, 0.95), Math.max(...values)].map(ms);
      return [
        [label(k), 'overlay: filter, emphasis, draw', String(overlay.length), ...p(overlay)],
        [label(k), 'whole update (with the page’s handler)', String(update.length), ...p(update)],
      ];
    });
  return [
    '## 7. Year steps (timeline)',
    '',
    'The `year` attribute set to each year of the synthetic data (1995–2025) and back, one step a frame.',
    'Overlay work: `applyFilters`, the overlay’s `setEmphasis` (what is shown) and its draws in the frame',
    'after (target: p95 ≤ 16 ms). Whole update: from the change to `updateComplete`, with the legend, the',
    'timeline, the announcement and the page’s `archipelago-state` handler (the URL hash). A year step makes',
    'no MapLibre call, so the basemap never waits on it.',
    '',
    table(['page', 'work', 'steps', 'median', 'p95', 'max'], rows),
  ].join('\n');
}

/** Every error a page logged, by page, with how many visits saw it. */
export function problemsSection(r: Results, extra: string[] = []): string {
  const lines: string[] = [];
  for (const [key, visits] of Object.entries(r) as [TargetKey, Visit[]][]) {
    const counts = new Map<string, number>();
    for (const v of visits) for (const e of new Set(v.errors)) counts.set(e, (counts.get(e) ?? 0) + 1);
    for (const [e, n] of counts)
      lines.push(`- ${label(key)} (${n} of ${visits.length} visits): ${e.slice(0, 300)}`);
  }
  lines.push(...extra.map((e) => `- ${e}`));
  return ['## Errors seen', '', lines.length ? lines.join('\n') : 'None.'].join('\n');
}
