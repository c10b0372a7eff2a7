/** The pages the bench loads, and which measure needs which. */
import { datasetPath } from './server';

export const MEASURES = ['ready', 'frames', 'deck', 'bytes', 'memory', 'film', 'years'] as const;
export type Measure = (typeof MEASURES)[number];

export const SIZES = {
  '1k': { cities: 300, links: 1000 },
  '10k': { cities: 2000, links: 10_000 },
} as const;
export type SizeKey = keyof typeof SIZES;

export type AppKey = 'app' | 'app-1k' | 'app-10k';
/** `<app key>-old`: the same page from the baseline build (`BENCH_BASELINE`, see run.ts). */
export type BaselineKey = `${AppKey}-old`;
export type TargetKey = 'bare' | 'bare-layer' | AppKey | 'deck-1k' | 'deck-10k' | BaselineKey;

export interface Target {
  key: TargetKey;
  label: string;
  page: 'app' | 'bare' | 'deck';
  size?: SizeKey;
  /** Served from the baseline build instead of `dist-bench/`. */
  baseline?: boolean;
  /** The bare page with one full-size, nearly clear element over the map (`?layer=1`, bench/bare.ts). */
  layer?: boolean;
}

/** In visiting order: each page next to the one it is compared with. */
export const TARGETS: readonly Target[] = [
  { key: 'bare', label: 'bare MapLibre (floor)', page: 'bare' },
  { key: 'bare-layer', label: 'bare MapLibre + one full-size layer', page: 'bare', layer: true },
  { key: 'app', label: 'app, shipped dataset', page: 'app' },
  { key: 'app-1k', label: 'app, 300 cities / 1,000 links', page: 'app', size: '1k' },
  { key: 'deck-1k', label: 'deck.gl, 300 cities / 1,000 links', page: 'deck', size: '1k' },
  { key: 'app-10k', label: 'app, 2,000 cities / 10,000 links', page: 'app', size: '10k' },
  { key: 'deck-10k', label: 'deck.gl, 2,000 cities / 10,000 links', page: 'deck', size: '10k' },
];

const NEEDS: Record<Exclude<Measure, 'bytes' | 'film'>, readonly TargetKey[]> = {
  ready: ['bare', 'app'],
  frames: ['bare', 'bare-layer', 'app', 'app-1k', 'app-10k'],
  deck: ['app-1k', 'deck-1k', 'app-10k', 'deck-10k'],
  memory: ['bare', 'app', 'app-1k', 'app-10k'],
  years: ['app-10k'],
};

/** The measures an A/B run against a baseline build takes: the others compare with other pages. */
export const BASELINE_MEASURES: readonly Measure[] = ['ready', 'frames'];

export const isAppKey = (key: TargetKey): key is AppKey =>
  key === 'app' || key === 'app-1k' || key === 'app-10k';

/** The baseline build's copy of an app page. */
export function baselineOf(target: Target & { key: AppKey }): Target {
  return { ...target, key: `${target.key}-old`, label: `${target.label}, baseline`, baseline: true };
}

export const BASELINE_TARGETS: readonly Target[] = TARGETS.flatMap((t) =>
  isAppKey(t.key) ? [baselineOf({ ...t, key: t.key })] : [],
);

/**
 * The pages the timed repetitions visit; the bytes measure makes its own, untimed visits. With a
 * baseline, each app page is followed by its baseline copy, so the two load next to each other.
 */
export function targetsFor(measures: ReadonlySet<Measure>, baseline = false): Target[] {
  const keys = new Set<TargetKey>();
  for (const m of measures) if (m !== 'bytes' && m !== 'film') for (const k of NEEDS[m]) keys.add(k);
  return TARGETS.filter((t) => keys.has(t.key)).flatMap((t) =>
    baseline && isAppKey(t.key) ? [t, baselineOf({ ...t, key: t.key })] : [t],
  );
}

/** Which visits run the camera path: the frame measure's pages, and deck's comparison when asked. */
export function runsFrames(target: Target, measures: ReadonlySet<Measure>): boolean {
  const key = target.baseline ? target.key.replace(/-old$/, '') : target.key;
  return (
    (measures.has('frames') && NEEDS.frames.includes(key as TargetKey)) ||
    (measures.has('deck') && NEEDS.deck.includes(key as TargetKey))
  );
}

/** The bench pages take the app's map size, so every page draws the same number of pixels. */
export function targetPath(target: Target, mapSize: { width: number; height: number }): string {
  const params = new URLSearchParams();
  if (target.size) params.set('src', datasetPath(SIZES[target.size].cities, SIZES[target.size].links));
  if (target.layer) params.set('layer', '1');
  if (target.page !== 'app') {
    params.set('w', String(mapSize.width));
    params.set('h', String(mapSize.height));
  }
  const query = params.size ? `?${params}` : '';
  return `${target.page === 'app' ? '/index.html' : `/bench/${target.page}.html`}${query}`;
}
