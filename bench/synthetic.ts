/**
 * Seeded synthetic networks for the benchmark and the large-dataset browser test: valid datasets of any
 * size whose cities sit where real ones do (around the Baltic coasts), so the map draws them as it would
 * a real network. Pure and deterministic: the same options give the same dataset, byte for byte.
 */
import { randomLcg, randomNormal } from 'd3-random';
import { DEFAULT_BOUNDS } from '../src/basemap/region';
import type { City, Dataset, Group, Link, LinkType } from '../src/data/schema';

export interface SyntheticOptions {
  cities: number;
  links: number;
  seed: number;
  /** Groups of 3–6 neighbouring cities (default 3): a few, as in the shipped data, so hulls are drawn too. */
  groups?: number;
}

/** Real coastal and capital cities the synthetic ones cluster around: `[lon, lat, country, weight]`. */
const ANCHORS: readonly (readonly [number, number, string, number])[] = [
  [24.94, 60.17, 'FI', 5],
  [22.27, 60.45, 'FI', 2],
  [18.07, 59.33, 'SE', 5],
  [17.64, 59.86, 'SE', 1],
  [16.36, 56.66, 'SE', 1],
  [11.97, 57.71, 'SE', 3],
  [13.0, 55.6, 'SE', 2],
  [12.57, 55.68, 'DK', 4],
  [10.2, 56.16, 'DK', 2],
  [10.75, 59.91, 'NO', 3],
  [24.75, 59.44, 'EE', 3],
  [26.72, 58.38, 'EE', 1],
  [24.11, 56.95, 'LV', 3],
  [25.28, 54.69, 'LT', 3],
  [23.9, 54.9, 'LT', 2],
  [21.13, 55.71, 'LT', 1],
  [20.51, 54.71, 'RU', 2],
  [30.31, 59.94, 'RU', 5],
  [18.65, 54.35, 'PL', 3],
  [14.55, 53.43, 'PL', 2],
  [21.01, 52.23, 'PL', 4],
  [13.4, 52.52, 'DE', 5],
  [9.99, 53.55, 'DE', 4],
  [10.13, 54.32, 'DE', 1],
  [12.1, 54.09, 'DE', 1],
];

/** Five of the product's own partnership types, so links get their real styles. */
const LINK_TYPES: readonly LinkType[] = [
  { id: 'strategic-partnership', label: 'Strategic partnership' },
  { id: 'city-agreement', label: 'City co-operation agreement' },
  { id: 'twin-cities', label: 'Twin cities' },
  { id: 'project-network', label: 'Project network' },
  { id: 'transnational-cooperation', label: 'Transnational co-operation' },
];

const SYLLABLES = [
  'ka',
  'ri',
  'sto',
  'len',
  'ma',
  'vik',
  'to',
  'no',
  'ha',
  'lu',
  'se',
  'bor',
  'gi',
  'an',
  'el',
];

/** Inside the default view with a margin, so every synthetic city is on screen when the map opens. */
const [[WEST, SOUTH], [EAST, NORTH]] = DEFAULT_BOUNDS;
const MARGIN = 0.3;

export function syntheticDataset({ cities, links, seed, groups = 3 }: SyntheticOptions): Dataset {
  if (!Number.isInteger(cities) || cities < 2)
    throw new Error(`cities must be an integer ≥ 2, got ${cities}`);
  if (!Number.isInteger(links) || links < 0) throw new Error(`links must be an integer ≥ 0, got ${links}`);
  if (links > (cities * (cities - 1)) / 2)
    throw new Error(`${links} links cannot join ${cities} cities without repeating a pair`);
  const random = randomLcg(seed);
  const normal = randomNormal.source(random);
  const int = (n: number) => Math.floor(random() * n);
  const pad = String(Math.max(cities, links) - 1).length;
  const id = (prefix: string, i: number) => `${prefix}-${String(i).padStart(pad, '0')}`;

  const totalWeight = ANCHORS.reduce((sum, a) => sum + a[3], 0);
  const pickAnchor = () => {
    let r = random() * totalWeight;
    for (const anchor of ANCHORS) {
      r -= anchor[3];
      if (r < 0) return anchor;
    }
    return ANCHORS[ANCHORS.length - 1]!;
  };
  // Metropolitan spread: most towns within ~1° of their anchor, as suburbs and neighbours are.
  const jitterLon = normal(0, 0.7);
  const jitterLat = normal(0, 0.35);
  const place = (lon: number, lat: number): [number, number] => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const x = lon + jitterLon();
      const y = lat + jitterLat();
      if (x > WEST + MARGIN && x < EAST - MARGIN && y > SOUTH + MARGIN && y < NORTH - MARGIN)
        return [round(x), round(y)];
    }
    return [lon, lat];
  };
  const name = () => {
    const n = 2 + int(2);
    let s = '';
    for (let i = 0; i < n; i++) s += SYLLABLES[int(SYLLABLES.length)];
    return s.charAt(0).toUpperCase() + s.slice(1);
  };

  // Sorted by anchor so neighbouring ids are neighbours on the map (groups take consecutive runs).
  const drafts = Array.from({ length: cities }, () => {
    const anchor = pickAnchor();
    return { anchor: ANCHORS.indexOf(anchor), coordinates: place(anchor[0], anchor[1]), country: anchor[2] };
  }).sort((a, b) => a.anchor - b.anchor);
  const cityList: City[] = drafts.map((draft, i) => ({
    id: id('city', i),
    kind: 'metropolis',
    name: name(),
    country: draft.country,
    coordinates: draft.coordinates,
    // Log-uniform from 20,000 to 2.5 million: many towns, few metropolises.
    population: {
      value: Math.round(Math.exp(Math.log(2e4) + random() * Math.log(2.5e6 / 2e4))),
      year: 2020,
      source: { title: 'Synthetic' },
    },
  }));

  const pairs = new Set<number>();
  const linkList: Link[] = [];
  while (linkList.length < links) {
    const a = int(cities);
    const b = int(cities);
    const key = Math.min(a, b) * cities + Math.max(a, b);
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    linkList.push({
      id: id('link', linkList.length),
      source: cityList[a]!.id,
      target: cityList[b]!.id,
      type: LINK_TYPES[int(LINK_TYPES.length)]!.id,
      description: 'Synthetic partnership.',
      since: 1995 + int(30),
      sources: [],
    });
  }

  const groupList: Group[] = [];
  for (let g = 0; g < groups && cities >= 3; g++) {
    const size = Math.min(cities, 3 + int(4));
    const start = int(cities - size + 1);
    groupList.push({
      id: id('group', g),
      name: `Synthetic group ${g + 1}`,
      members: cityList.slice(start, start + size).map((c) => c.id),
      type: 'project-network',
      description: 'Synthetic group of neighbouring cities.',
      sources: [],
    });
  }

  return {
    meta: { title: `Synthetic network: ${cities} cities, ${links} links (seed ${seed})` },
    linkTypes: [...LINK_TYPES],
    cities: cityList,
    links: linkList,
    groups: groupList,
    priorities: [],
    chapters: [],
  };
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
