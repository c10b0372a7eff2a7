/**
 * Bytes before ready, as transferred: every URL that finished loading before ready, read back from the
 * build (or regenerated, for the synthetic datasets) and gzipped at level 9 as scripts/size.ts does, so the
 * figures do not depend on how this preview server compresses. Fonts (woff2, already compressed) count raw.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { OUT_DIR, ROOT, syntheticBody } from './server';

export const GROUPS = [
  'own JS',
  'MapLibre JS',
  'MapLibre worker',
  'deck.gl JS',
  'CSS',
  'HTML',
  'basemap',
  'dataset',
  'fonts',
  'other',
] as const;
export type Group = (typeof GROUPS)[number];

export interface Transfer {
  path: string;
  group: Group;
  bytes: number;
}

/**
 * By file name. The app's MapLibre chunk is `map-view-*.js` (MapLibre with the small MapView module); on
 * the bench pages MapLibre sits in `base-map-*.js`, and deck.gl in `deck-*.js` and the chunks it splits off.
 */
export function classify(path: string, page: 'app' | 'bare' | 'deck'): Group {
  const file = path.split('/').pop() ?? '';
  if (/^maplibre-gl-worker-.*\.m?js$/.test(file)) return 'MapLibre worker';
  if (/\.(?:m?js)$/.test(file)) {
    if (/^(?:map-view|base-map)-/.test(file)) return 'MapLibre JS';
    return page === 'deck' ? 'deck.gl JS' : 'own JS';
  }
  if (file.endsWith('.css')) return 'CSS';
  if (file.endsWith('.html')) return 'HTML';
  if (/\.topo-.*\.json$/.test(file)) return 'basemap';
  if (file.endsWith('.json')) return 'dataset';
  if (/\.woff2?$/.test(file)) return 'fonts';
  return 'other';
}

export function transfers(urls: readonly string[], page: 'app' | 'bare' | 'deck'): Transfer[] {
  return urls.map((url) => {
    const path = new URL(url).pathname;
    const body = syntheticBody(path) ?? readFileSync(`${ROOT}${OUT_DIR}${path}`);
    const bytes = /\.woff2?$/.test(path) ? body.length : gzipSync(body, { level: 9 }).length;
    return { path, group: classify(path, page), bytes };
  });
}

export function byGroup(list: readonly Transfer[]): Record<Group, number> {
  const out = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>;
  for (const t of list) out[t.group] += t.bytes;
  return out;
}
