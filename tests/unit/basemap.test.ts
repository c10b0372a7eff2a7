import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BasemapTopology,
  BUILD_SETTINGS,
  buildBasemap,
  clipGeometry,
  serialize,
} from '../../scripts/build-basemap';
import { type BasemapLayers, basemapLayers, dropClipEdges } from '../../src/basemap/geojson';
import { BASEMAP_LANGS, COUNTRY_LABELS, SEA_LABELS } from '../../src/basemap/labels';
import { CLIP_BBOX, DEFAULT_BOUNDS, LOD_SWITCH_ZOOM, MAX_BOUNDS } from '../../src/basemap/region';
import {
  addHighResolution,
  applyLanguage,
  applyTheme,
  BASEMAP_LAYER_IDS,
  BASEMAP_SOURCES,
  BASEMAP_THEMES,
  type BasemapThemeName,
  embeddedStyle,
  themePaint,
} from '../../src/basemap/style';

const require = createRequire(import.meta.url);
const readWorld = (res: '50m' | '10m'): Topology =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${res}.json`), 'utf8'));

const RESOLUTIONS = ['50m', '10m'] as const;
type Res = (typeof RESOLUTIONS)[number];
const built = {} as Record<Res, { topo: BasemapTopology; json: string; layers: BasemapLayers }>;

beforeAll(() => {
  for (const res of RESOLUTIONS) {
    const topo = buildBasemap(readWorld(res), BUILD_SETTINGS[res]);
    built[res] = { topo, json: serialize(topo), layers: basemapLayers(topo) };
  }
});

function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++)
    s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s;
}

function polygonsOf(f: Feature<Polygon | MultiPolygon>): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** Planar even-odd point-in-polygon over all rings: how MapLibre fills a GeoJSON polygon. */
function inPolygon(p: [number, number], rings: Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function countriesAt(layers: BasemapLayers, p: [number, number]): string[] {
  return layers.land.features
    .filter((f) => polygonsOf(f).some((poly) => inPolygon(p, poly)))
    .map((f) => f.properties.iso ?? f.properties.name);
}

/** Rough distance in km between two lon/lat points. */
function km(a: Position, b: Position): number {
  const lat = (((a[1]! + b[1]!) / 2) * Math.PI) / 180;
  return Math.hypot((a[0]! - b[0]!) * Math.cos(lat), a[1]! - b[1]!) * 111.2;
}

const OPEN_SEA: [string, [number, number]][] = [
  ['Baltic proper', [19.5, 58.0]],
  ['Gulf of Finland', [25.0, 59.8]],
  ['southern Baltic', [17.0, 55.2]],
  ['Bothnian Sea', [20.0, 61.5]],
  ['Bothnian Bay', [23.0, 64.8]],
  ['Gulf of Riga', [23.5, 57.6]],
  ['North Sea', [3.0, 56.0]],
  ['Norwegian Sea', [4.0, 66.0]],
  ['Barents Sea', [40.0, 71.0]],
  ['Bay of Biscay', [-5.0, 45.5]],
  ['White Sea', [38.0, 65.5]],
];
const ON_LAND: [string, [number, number], string][] = [
  ['Finland', [25.0, 61.5], '246'],
  ['Sweden', [15.0, 62.5], '752'],
  ['Moscow', [37.6, 55.75], '643'],
  ['Norway', [9.0, 61.0], '578'],
  ['Estonia', [25.5, 58.8], '233'],
  ['Germany', [10.0, 51.0], '276'],
  ['Poland', [19.0, 52.0], '616'],
];

describe('region', () => {
  it('keeps the camera bounds strictly inside the clip box', () => {
    const [w, s, e, n] = CLIP_BBOX;
    expect(MAX_BOUNDS[0][0]).toBeGreaterThan(w);
    expect(MAX_BOUNDS[0][1]).toBeGreaterThan(s);
    expect(MAX_BOUNDS[1][0]).toBeLessThan(e);
    expect(MAX_BOUNDS[1][1]).toBeLessThan(n);
    expect(DEFAULT_BOUNDS[0][0]).toBeLessThan(10.75);
    expect(DEFAULT_BOUNDS[1][0]).toBeGreaterThan(30.31);
    expect(DEFAULT_BOUNDS[0][1]).toBeLessThan(52.23);
    expect(DEFAULT_BOUNDS[1][1]).toBeGreaterThan(60.17);
    expect(LOD_SWITCH_ZOOM).toBeGreaterThan(4);
    expect(LOD_SWITCH_ZOOM).toBeLessThan(7);
  });
});

describe.each(RESOLUTIONS)('basemap %s', (res) => {
  it('keeps every ring closed, inside the clip box, and wound as RFC 7946 wants', () => {
    const [w, s, e, n] = CLIP_BBOX;
    const eps = 1e-6;
    let rings = 0;
    for (const f of built[res].layers.land.features) {
      for (const polygon of polygonsOf(f)) {
        polygon.forEach((ring, r) => {
          rings++;
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          for (const [x, y] of ring as [number, number][]) {
            expect(
              x >= w - eps && x <= e + eps && y >= s - eps && y <= n + eps,
              `${f.properties.name} ${x},${y}`,
            ).toBe(true);
          }
          const area = signedArea2(ring);
          if (r === 0) expect(area, `${f.properties.name} exterior`).toBeGreaterThan(0);
          else expect(area, `${f.properties.name} hole`).toBeLessThan(0);
        });
      }
    }
    expect(rings).toBeGreaterThan(100);
  });

  it('stays within its gzip budget', () => {
    const gz = gzipSync(built[res].json).length;
    expect(gz).toBeLessThan(res === '50m' ? 60 * 1024 : 250 * 1024);
  });

  it('has the Baltic countries, with ISO numeric ids and names', () => {
    const ids = new Set(built[res].layers.land.features.map((f) => f.id));
    for (const id of ['246', '752', '233', '428', '440', '616', '276', '208', '578', '643', '112']) {
      expect(ids.has(id), id).toBe(true);
    }
    for (const f of built[res].layers.land.features) expect(f.properties.name).not.toBe('');
  });

  it.each(OPEN_SEA)('paints no land on open sea: %s', (_name, p) => {
    expect(countriesAt(built[res].layers, p)).toEqual([]);
  });

  it.each(ON_LAND)('paints land where land is: %s', (_name, p, iso) => {
    expect(countriesAt(built[res].layers, p)).toEqual([iso]);
  });

  it('draws no coastline along the clip box edges, and has borders', () => {
    const [w, s, e, n] = CLIP_BBOX;
    const on = (v: number, edge: number) => Math.abs(v - edge) < 1e-7;
    const coast = built[res].layers.coast.features[0]!.geometry.coordinates;
    for (const line of coast) {
      for (let i = 1; i < line.length; i++) {
        const a = line[i - 1]!;
        const b = line[i]!;
        const alongEdge =
          (on(a[0]!, w) && on(b[0]!, w)) ||
          (on(a[0]!, e) && on(b[0]!, e)) ||
          (on(a[1]!, s) && on(b[1]!, s)) ||
          (on(a[1]!, n) && on(b[1]!, n));
        expect(alongEdge).toBe(false);
      }
    }
    expect(built[res].layers.borders.features[0]!.geometry.coordinates.length).toBeGreaterThan(10);
  });

  it('puts every sea label on water and every country label inside its country', () => {
    for (const f of SEA_LABELS.features) {
      expect(
        countriesAt(built[res].layers, f.geometry.coordinates as [number, number]),
        f.properties.id,
      ).toEqual([]);
    }
    for (const f of COUNTRY_LABELS.features) {
      expect(
        countriesAt(built[res].layers, f.geometry.coordinates as [number, number]),
        f.properties.name_en,
      ).toEqual([f.properties.iso]);
    }
  });
});

describe('build', () => {
  it('is deterministic', () => {
    for (const res of RESOLUTIONS) {
      expect(serialize(buildBasemap(readWorld(res), BUILD_SETTINGS[res]))).toBe(built[res].json);
    }
  });

  it('makes the 10m file the more detailed one', () => {
    expect(built['10m'].json.length).toBeGreaterThan(built['50m'].json.length * 2);
  });
});

describe('clipGeometry', () => {
  // Clockwise in lon/lat: d3's winding for a polygon smaller than a hemisphere.
  const rect = (x0: number, y0: number, x1: number, y1: number): Position[] => [
    [x0, y0],
    [x0, y1],
    [x1, y1],
    [x1, y0],
    [x0, y0],
  ];
  const square = (x: number, y: number, d: number) => rect(x, y, x + d, y + d);

  it('turns a small d3 polygon into one CCW RFC 7946 ring', () => {
    const out = clipGeometry({ type: 'Polygon', coordinates: [square(20, 60, 1)] }, CLIP_BBOX);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(1);
    expect(signedArea2(out[0]![0]!)).toBeCloseTo(2, 6);
  });

  it('reads an island wound the "wrong" way as the island, not the rest of the globe', () => {
    const reversed = square(20, 60, 1).reverse();
    const out = clipGeometry({ type: 'Polygon', coordinates: [reversed] }, CLIP_BBOX);
    expect(out).toHaveLength(1);
    expect(signedArea2(out[0]![0]!)).toBeCloseTo(2, 6);
  });

  it('clips a polygon larger than the box to the box, keeping a hole as a hole', () => {
    const big = rect(-40, 30, 80, 80);
    const hole = square(20, 60, 1).reverse();
    const out = clipGeometry({ type: 'Polygon', coordinates: [big, hole] }, CLIP_BBOX);
    expect(out).toHaveLength(1);
    const [exterior, inner] = out[0]!;
    expect(signedArea2(exterior!)).toBeCloseTo(2 * 64 * 30, 6);
    expect(signedArea2(inner!)).toBeCloseTo(-2, 6);
  });

  it('drops polygons outside the box', () => {
    expect(clipGeometry({ type: 'Polygon', coordinates: [square(73, 4, 0.1)] }, CLIP_BBOX)).toEqual([]);
  });
});

describe('dropClipEdges', () => {
  it('splits a line where it runs along the box edge', () => {
    const line = [
      [0, 0],
      [-12, 50],
      [-12, 60],
      [0, 61],
    ];
    expect(dropClipEdges([line], CLIP_BBOX)).toEqual([
      [
        [0, 0],
        [-12, 50],
      ],
      [
        [-12, 60],
        [0, 61],
      ],
    ]);
  });
});

describe('labels', () => {
  const capitals: Record<string, [number, number]> = {
    '246': [24.94, 60.17],
    '752': [18.07, 59.33],
    '578': [10.75, 59.91],
    '208': [12.57, 55.68],
    '276': [13.4, 52.52],
    '616': [21.01, 52.23],
    '233': [24.75, 59.44],
    '428': [24.11, 56.95],
    '440': [25.28, 54.69],
    '643': [37.62, 55.75],
    '112': [27.56, 53.9],
  };

  it('have names in every language', () => {
    for (const f of [...SEA_LABELS.features, ...COUNTRY_LABELS.features]) {
      for (const lang of BASEMAP_LANGS) {
        expect((f.properties as unknown as Record<string, string>)[`name_${lang}`]).toMatch(/\S/);
      }
    }
    expect(SEA_LABELS.features.map((f) => f.properties.name_en).sort()).toEqual(
      [
        'Baltic Sea',
        'Gulf of Bothnia',
        'Gulf of Finland',
        'Gulf of Riga',
        'Kattegat',
        'Norwegian Sea',
        'North Sea',
        'Skagerrak',
        'Øresund',
      ].sort(),
    );
    expect(COUNTRY_LABELS.features).toHaveLength(11);
  });

  it('keep country labels away from the capitals', () => {
    for (const f of COUNTRY_LABELS.features) {
      const capital = capitals[f.properties.iso]!;
      expect(km(f.geometry.coordinates, capital), f.properties.name_en).toBeGreaterThan(80);
    }
  });

  it('show Øresund only when zoomed in, away from the Copenhagen and Malmö markers', () => {
    const f = SEA_LABELS.features.find((x) => x.properties.id === 'oresund')!;
    expect(f.properties.minzoom).toBeGreaterThanOrEqual(6);
    expect(km(f.geometry.coordinates, [12.5683, 55.6761])).toBeGreaterThan(12);
    expect(km(f.geometry.coordinates, [13.0038, 55.605])).toBeGreaterThan(20);
    for (const x of [...SEA_LABELS.features, ...COUNTRY_LABELS.features]) {
      expect(Number.isInteger(x.properties.minzoom)).toBe(true);
    }
  });
});

describe('embedded style', () => {
  const themes = Object.keys(BASEMAP_THEMES) as BasemapThemeName[];

  function strings(value: unknown, out: string[] = []): string[] {
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object') {
      for (const v of Object.values(value)) strings(v, out);
    }
    return out;
  }

  it.each(themes)('is valid, offline and complete in the %s theme', (theme) => {
    const style = embeddedStyle({
      theme,
      lang: 'fi',
      lowRes: built['50m'].layers,
      highRes: built['10m'].layers,
    });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(strings(style).filter((s) => /^(https?|file|data|blob|mapbox|pmtiles):/i.test(s))).toEqual([]);
    expect(style.layers.map((l) => l.id)).toEqual([...BASEMAP_LAYER_IDS]);
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
    const byId = Object.fromEntries(style.layers.map((l) => [l.id, l]));
    expect(byId['land-50m']!.maxzoom).toBe(LOD_SWITCH_ZOOM);
    expect(byId['land-10m']!.minzoom).toBe(LOD_SWITCH_ZOOM);
    expect((byId.water as { paint: Record<string, unknown> }).paint['background-color']).toBe(
      BASEMAP_THEMES[theme].water,
    );
    expect(JSON.stringify(byId['sea-labels'])).toContain('"name_fi"');
    expect(JSON.stringify(byId['sea-labels'])).toContain('"name_en"');
  });

  it('lets the 50m layers cover all zooms until the 10m data is added', async () => {
    const style = embeddedStyle({ theme: 'light', lang: 'en', lowRes: built['50m'].layers });
    expect(validateStyleMin(style)).toEqual([]);
    const land50 = style.layers.find((l) => l.id === 'land-50m')!;
    expect(land50.maxzoom).toBeUndefined();
    const calls: unknown[][] = [];
    let data: unknown;
    const map = {
      getSource: (id: string) =>
        id === BASEMAP_SOURCES.highRes
          ? {
              setData: async (d: unknown) => {
                data = d;
                calls.push(['setData']);
              },
            }
          : undefined,
      getLayer: (id: string) => style.layers.find((l) => l.id === id),
      setLayerZoomRange: (...args: unknown[]) => calls.push(['setLayerZoomRange', ...args]),
    };
    await addHighResolution(map as never, built['10m'].layers);
    expect(calls[0]).toEqual(['setData']);
    expect(calls.slice(1)).toEqual(
      ['land-50m', 'border-50m', 'coast-50m'].map((id) => ['setLayerZoomRange', id, 0, LOD_SWITCH_ZOOM]),
    );
    expect((data as { features: unknown[] }).features.length).toBeGreaterThan(10);
  });

  it('recolours and relabels in place', () => {
    const set: [string, string, unknown][] = [];
    const layout: [string, string, unknown][] = [];
    const map = {
      getLayer: () => ({}),
      setPaintProperty: (id: string, p: string, v: unknown) => set.push([id, p, v]),
      setLayoutProperty: (id: string, p: string, v: unknown) => layout.push([id, p, v]),
    };
    applyTheme(map as never, 'dark');
    expect(set).toContainEqual(['water', 'background-color', BASEMAP_THEMES.dark.water]);
    expect(set).toContainEqual(['land-10m', 'fill-color', BASEMAP_THEMES.dark.land]);
    expect(set).toContainEqual(['sea-labels', 'text-color', BASEMAP_THEMES.dark.seaLabel]);
    expect(set.length).toBe(Object.values(themePaint('dark')).reduce((n, p) => n + Object.keys(p).length, 0));
    // Label sizes follow the theme too: the projector theme writes nothing under 24 px.
    expect(layout.map(([id, property]) => `${id} ${property}`)).toEqual([
      'country-labels text-size',
      'sea-labels text-size',
    ]);
    layout.length = 0;
    applyTheme(map as never, 'projector');
    expect(layout).toEqual([
      ['country-labels', 'text-size', 24],
      ['sea-labels', 'text-size', ['match', ['get', 'rank'], 1, 28, 24]],
    ]);
    layout.length = 0;
    applyLanguage(map as never, 'ru');
    expect(layout).toEqual([
      ['country-labels', 'text-field', ['coalesce', ['get', 'name_ru'], ['get', 'name_en']]],
      ['sea-labels', 'text-field', ['coalesce', ['get', 'name_ru'], ['get', 'name_en']]],
    ]);
  });
});
