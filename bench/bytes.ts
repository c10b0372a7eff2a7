/**
 * Bytes before ready, as transferred: every URL that finished loading before ready, read back from the
 * build (or regenerated, for the synthetic datasets) and gzipped at level 9 as scripts/size.ts does, so the
 * figures do not depend on how this preview server compresses. Fonts (woff2, already compressed) count raw.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { OUT_DIR, ROOT, syntheticBody } from './server';

export const GROUPS = [
  'own code',
  'libraries',
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
    return page === 'deck' ? 'deck.gl JS' : 'own code';
  }
  if (file.endsWith('.css')) return 'CSS';
  if (file.endsWith('.html')) return 'HTML';
  if (/\.topo-.*\.json$/.test(file)) return 'basemap';
  if (file.endsWith('.json')) return 'dataset';
  if (/\.woff2?$/.test(file)) return 'fonts';
  return 'other';
}

export function transfers(urls: readonly string[], page: 'app' | 'bare' | 'deck'): Transfer[] {
  return urls.flatMap((url) => {
    const path = new URL(url).pathname;
    const file = `${ROOT}${OUT_DIR}${path}`;
    const body = syntheticBody(path) ?? readFileSync(file);
    const bytes = /\.woff2?$/.test(path) ? body.length : gzipSync(body, { level: 9 }).length;
    const group = classify(path, page);
    if (group !== 'own code' || !existsSync(`${file}.map`)) return [{ path, group, bytes }];
    // A chunk of ours also holds Lit, D3 and valibot: split its bytes by what its source map says.
    const own = ownShare(body.toString('utf8'), readFileSync(`${file}.map`, 'utf8'));
    const mine = Math.round(bytes * own);
    return [
      { path, group: 'own code', bytes: mine },
      { path, group: 'libraries', bytes: bytes - mine },
    ];
  });
}

/**
 * The part of a chunk that comes from `src/` rather than `node_modules/`, as the gzipped size of each
 * side's text over both (text the map attributes to neither, such as glue, counts as ours).
 */
export function ownShare(code: string, mapText: string): number {
  const map = JSON.parse(mapText) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  const ours: string[] = [];
  const theirs: string[] = [];
  decode(map.mappings).forEach((segments, i) => {
    const line = lines[i] ?? '';
    segments.forEach((segment, j) => {
      const end = segments[j + 1]?.[0] ?? line.length;
      const text = line.slice(segment[0], end);
      const source = segment.length > 1 ? (map.sources[segment[1] ?? 0] ?? '') : '';
      (source.includes('node_modules/') ? theirs : ours).push(text);
    });
  });
  const a = gzipSync(ours.join(''), { level: 9 }).length;
  const b = gzipSync(theirs.join(''), { level: 9 }).length;
  return a + b > 0 ? a / (a + b) : 1;
}

export function byGroup(list: readonly Transfer[]): Record<Group, number> {
  const out = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>;
  for (const t of list) out[t.group] += t.bytes;
  return out;
}
