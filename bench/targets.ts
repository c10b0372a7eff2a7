/** The pages the bench loads, and which measure needs which. */
import { datasetPath } from './server';

export const MEASURES = ['ready', 'frames', 'deck', 'bytes', 'memory', 'film'] as const;
export type Measure = (typeof MEASURES)[number];

export const SIZES = {
  '1k': { cities: 300, links: 1000 },
  '10k': { cities: 2000, links: 10_000 },
} as const;
export type SizeKey = keyof typeof SIZES;

export type TargetKey = 'bare' | 'app' | 'app-1k' | 'app-10k' | 'deck-1k' | 'deck-10k';

export interface Target {
  key: TargetKey;
  label: string;
  page: 'app' | 'bare' | 'deck';
  size?: SizeKey;
}

/** In visiting order: each page next to the one it is compared with. */
export const TARGETS: readonly Target[] = [
  { key: 'bare', label: 'bare MapLibre (floor)', page: 'bare' },
  { key: 'app', label: 'app, shipped dataset', page: 'app' },
  { key: 'app-1k', label: 'app, 300 cities / 1,000 links', page: 'app', size: '1k' },
  { key: 'deck-1k', label: 'deck.gl, 300 cities / 1,000 links', page: 'deck', size: '1k' },
  { key: 'app-10k', label: 'app, 2,000 cities / 10,000 links', page: 'app', size: '10k' },
  { key: 'deck-10k', label: 'deck.gl, 2,000 cities / 10,000 links', page: 'deck', size: '10k' },
];

const NEEDS: Record<Exclude<Measure, 'bytes' | 'film'>, readonly TargetKey[]> = {
  ready: ['bare', 'app'],
  frames: ['bare', 'app', 'app-1k', 'app-10k'],
  deck: ['app-1k', 'deck-1k', 'app-10k', 'deck-10k'],
  memory: ['bare', 'app', 'app-1k', 'app-10k'],
};

/** The pages the timed repetitions visit; the bytes and film measures make their own visits. */
export function targetsFor(measures: ReadonlySet<Measure>): Target[] {
  const keys = new Set<TargetKey>();
  for (const m of measures) if (m !== 'bytes' && m !== 'film') for (const k of NEEDS[m]) keys.add(k);
  return TARGETS.filter((t) => keys.has(t.key));
}

/** Which visits run the camera path: the frame measure's pages, and deck's comparison when asked. */
export function runsFrames(target: Target, measures: ReadonlySet<Measure>): boolean {
  return (
    (measures.has('frames') && NEEDS.frames.includes(target.key)) ||
    (measures.has('deck') && NEEDS.deck.includes(target.key))
  );
}

/** The bench pages take the app's map size, so every page draws the same number of pixels. */
export function targetPath(target: Target, mapSize: { width: number; height: number }): string {
  const params = new URLSearchParams();
  if (target.size) params.set('src', datasetPath(SIZES[target.size].cities, SIZES[target.size].links));
  if (target.page !== 'app') {
    params.set('w', String(mapSize.width));
    params.set('h', String(mapSize.height));
  }
  const query = params.size ? `?${params}` : '';
  return `${target.page === 'app' ? '/index.html' : `/bench/${target.page}.html`}${query}`;
}
