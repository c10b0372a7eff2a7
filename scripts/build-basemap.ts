/**
 * Builds the embedded basemap: `data/basemap/baltic-50m.topo.json` and `baltic-10m.topo.json`
 * from world-atlas (Natural Earth, public domain). Run with `npx tsx scripts/build-basemap.ts`.
 *
 * Pipeline (pure, deterministic — see {@link buildBasemap}):
 *  1. TopoJSON → GeoJSON (topojson-client).
 *  2. Clip every country to the region box the way d3 understands it: world-atlas polygons are
 *     *spherical* (d3 winding, edges may cross the antimeridian), so they are streamed through an
 *     equirectangular projection (`scale(180/π)`, no translate, no resampling) whose spherical
 *     antimeridian clip and planar `clipExtent` do the cutting; y is flipped back afterwards.
 *  3. Regroup the clipped rings into polygons, round coordinates, drop empty/degenerate rings.
 *  4. Rewind to RFC 7946 (exterior rings counter-clockwise, holes clockwise, planar lon/lat).
 *  5. Topology (topojson-server), presimplify with an area weight (km²), simplify, drop rings
 *     smaller than a minimum area, quantize, and re-check every ring's winding in the output.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoEquirectangular, geoStream } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { type Filter, filter, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { CLIP_BBOX, type LngLatBBox } from '../src/basemap/region';

export interface BuildOptions {
  /** `[west, south, east, north]` to clip to. */
  bbox: LngLatBBox;
  /** TopoJSON quantization (number of steps per axis), e.g. 1e5. */
  quantization: number;
  /** Minimum triangle area (km²) a vertex must carry to survive simplification. */
  weight: number;
  /** Rings (islands, holes) smaller than this (km²) are dropped. Defaults to `weight`. */
  minRingArea?: number;
  /** Decimal places kept before building the topology (so clip points of neighbours meet). */
  precision?: number;
}

export interface CountryProperties {
  name: string;
}

export type BasemapTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

/**
 * Settings used for the shipped files. world-atlas is already generalised, so the weights only
 * drop near-collinear vertices (triangles under 0.5 km² / 0.02 km²) and specks of islands; the
 * results (~30 KB / ~125 KB gzipped) sit well inside the budgets (60 KB / 250 KB).
 */
export const BUILD_SETTINGS = {
  '50m': { bbox: CLIP_BBOX, quantization: 1e5, weight: 0.5, minRingArea: 2 },
  '10m': { bbox: CLIP_BBOX, quantization: 1e5, weight: 0.02, minRingArea: 0.5 },
} as const satisfies Record<string, BuildOptions>;

const KM_PER_DEGREE = 111.195; // mean Earth radius 6371.0088 km
const DEG = Math.PI / 180;

/** Twice the signed planar area of a closed ring (positive = counter-clockwise, lat up). */
export function ringSignedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum;
}

/** Approximate area in km² of a lon/lat ring (local equirectangular scaling at its mean latitude). */
function ringAreaKm2(ring: readonly Position[]): number {
  let lat = 0;
  for (const p of ring) lat += p[1]!;
  lat /= ring.length || 1;
  return (Math.abs(ringSignedArea2(ring)) / 2) * KM_PER_DEGREE ** 2 * Math.cos(lat * DEG);
}

/** Area (km²) of a triangle of lon/lat points — the Visvalingam weight. */
function triangleAreaKm2(t: [[number, number], [number, number], [number, number]]): number {
  const [a, b, c] = t;
  const area = Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  return area * KM_PER_DEGREE ** 2 * Math.cos(((a[1] + b[1] + c[1]) / 3) * DEG);
}

/** Planar point-in-ring (even-odd), ring closed. */
function pointInRing(p: Position, ring: readonly Position[]): boolean {
  const x = p[0]!;
  const y = p[1]!;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Clips a (spherical, d3-wound) GeoJSON geometry to `bbox` and returns planar RFC 7946 polygons.
 * Each input polygon is streamed on its own, so rings regroup into the polygon they came from.
 */
export function clipGeometry(
  geometry: Polygon | MultiPolygon,
  bbox: LngLatBBox,
  precision = 6,
): Position[][][] {
  const [west, south, east, north] = bbox;
  // x = lon, y = -lat, in degrees. precision(0) disables adaptive resampling: edges stay straight
  // in lon/lat, exactly as MapLibre draws them.
  const projection = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .precision(0)
    .clipExtent([
      [west, -north],
      [east, -south],
    ]);
  const factor = 10 ** precision;
  const round = (v: number) => Math.round(v * factor) / factor + 0; // + 0 turns -0 into 0

  let rings: Position[][] = [];
  let ring: Position[] | null = null;
  const sink = {
    point(x: number, y: number) {
      const p = [round(x), round(-y)];
      const last = ring?.[ring.length - 1];
      if (ring && !(last && last[0] === p[0] && last[1] === p[1])) ring.push(p);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring) {
        const first = ring[0];
        const last = ring[ring.length - 1];
        if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
          ring.push([first[0]!, first[1]!]);
        if (ring.length >= 4 && ringSignedArea2(ring) !== 0) rings.push(ring);
      }
      ring = null;
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  const stream = projection.stream(sink);

  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][][] = [];
  for (const part of parts) {
    if (!planarBBoxIntersects(part, bbox)) continue;
    rings = [];
    geoStream({ type: 'Polygon', coordinates: spherical(part) }, stream);
    out.push(...groupRings(rings));
  }
  return out;
}

/**
 * Whether a polygon's planar lon/lat extent touches `bbox`. Parts that cannot reach the region
 * are skipped before d3 sees them (also faster).
 */
function planarBBoxIntersects(polygon: Position[][], [west, south, east, north]: LngLatBBox): boolean {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of polygon[0] ?? []) {
    x0 = Math.min(x0, p[0]!);
    x1 = Math.max(x1, p[0]!);
    y0 = Math.min(y0, p[1]!);
    y1 = Math.max(y1, p[1]!);
  }
  return x0 <= east && x1 >= west && y0 <= north && y1 >= south;
}

/**
 * d3 reads a ring's winding as "inside is on the right"; a few Natural Earth 1:10m islands
 * (e.g. in the Maldives) come wound the other way, which d3 reads as "the whole globe except
 * the island" — clipped, that is a rectangle of false land over the whole region. No country
 * is larger than a hemisphere, so such polygons are turned back into their small selves.
 */
function spherical(polygon: Position[][]): Position[][] {
  if (geoArea({ type: 'Polygon', coordinates: polygon }) <= 2 * Math.PI) return polygon;
  return polygon.map((ring) => ring.slice().reverse());
}

/**
 * Turns the flat list of rings d3 emits for one clipped polygon into RFC 7946 polygons. Nesting,
 * not winding, decides: a ring inside an odd number of larger rings is a hole of the smallest of
 * them, any other ring is an exterior.
 */
function groupRings(rings: Position[][]): Position[][][] {
  if (rings.length === 0) return [];
  const items = rings
    .map((ring) => ({ ring, area: Math.abs(ringSignedArea2(ring)) }))
    .sort((a, b) => b.area - a.area);
  // A probe vertex of a ring that is not shared with the ring being tested against.
  const contains = (outer: Position[], inner: Position[]) => {
    for (const p of inner) {
      if (outer.some((q) => q[0] === p[0] && q[1] === p[1])) continue;
      return pointInRing(p, outer);
    }
    return false;
  };
  const polygons: { exterior: Position[]; holes: Position[][] }[] = [];
  for (let i = 0; i < items.length; i++) {
    const inner = items[i]!.ring;
    const containers = items.slice(0, i).filter((o) => contains(o.ring, inner));
    const depth = containers.length;
    if (depth % 2 === 0) {
      polygons.push({ exterior: inner, holes: [] });
    } else {
      // Smallest container is the direct parent (the last one, since items are sorted by area).
      const parent = containers[containers.length - 1]!.ring;
      polygons.find((p) => p.exterior === parent)?.holes.push(inner);
    }
  }
  return polygons.map(({ exterior, holes }) => [wind(exterior, true), ...holes.map((h) => wind(h, false))]);
}

/** Returns the ring wound counter-clockwise (`ccw`) or clockwise, in planar lon/lat terms. */
function wind(ring: Position[], ccw: boolean): Position[] {
  return ringSignedArea2(ring) > 0 === ccw ? ring : ring.slice().reverse();
}

/** Converts, clips, rewinds and rounds the `countries` of a world-atlas topology. */
export function clipCountries(
  world: Topology,
  bbox: LngLatBBox,
  precision = 6,
): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const countries = world.objects.countries;
  if (!countries) throw new Error('world topology: objects.countries is missing');
  const fc = feature(world, countries) as FeatureCollection<Polygon | MultiPolygon | null, { name?: string }>;
  const features: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const polygons = clipGeometry(f.geometry, bbox, precision);
    if (polygons.length === 0) continue;
    const geometry: Polygon | MultiPolygon =
      polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0]! }
        : { type: 'MultiPolygon', coordinates: polygons };
    const out: Feature<Polygon | MultiPolygon, CountryProperties> = {
      type: 'Feature',
      properties: { name: String(f.properties?.name ?? '') },
      geometry,
    };
    if (f.id != null) out.id = String(f.id);
    features.push(out);
  }
  return { type: 'FeatureCollection', features };
}

type Arcs = number[][][];

/** Decodes one ring (a list of arc indexes) of a quantized or plain topology to positions. */
function ringPositions(arcs: Arcs, ringArcs: readonly number[]): Position[] {
  const out: Position[] = [];
  for (const index of ringArcs) {
    const arc = arcs[index < 0 ? ~index : index]!;
    const points = index < 0 ? arc.slice().reverse() : arc;
    points.forEach((p, k) => {
      if (k > 0 || out.length === 0) out.push(p);
    });
  }
  return out;
}

/**
 * Makes sure every ring of the (final) topology is wound as RFC 7946 wants, reversing the arc
 * list of any ring that simplification or quantization flipped. Operates on absolute arcs.
 */
function fixWinding(topo: BasemapTopology): void {
  const absolute: Arcs = topo.transform ? decodeArcs(topo) : (topo.arcs as Arcs);
  const fixPolygon = (rings: number[][]) => {
    rings.forEach((ring, r) => {
      const area = ringSignedArea2(ringPositions(absolute, ring));
      if (area > 0 !== (r === 0)) rings[r] = ring.map((i) => ~i).reverse();
    });
  };
  for (const g of topo.objects.countries.geometries) {
    if (g.type === 'Polygon') fixPolygon(g.arcs);
    else if (g.type === 'MultiPolygon') g.arcs.forEach(fixPolygon);
  }
}

/** Delta-decodes a quantized topology's arcs to integer grid coordinates (enough for winding). */
function decodeArcs(topo: Topology): Arcs {
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x, y];
    });
  });
}

/** Removes polygons (and MultiPolygon parts) left with no arcs and features left empty. */
function dropEmpty(topo: BasemapTopology): BasemapTopology {
  const geometries = topo.objects.countries.geometries.filter(
    (g: GeometryObject<CountryProperties>) => g.type === 'Polygon' || g.type === 'MultiPolygon',
  );
  return { ...topo, objects: { countries: { type: 'GeometryCollection', geometries } } };
}

/**
 * The pure core: world-atlas countries topology in, clipped/rewound/simplified/quantized
 * topology with object `countries` (feature id = ISO 3166-1 numeric string, property `name`) out.
 */
export function buildBasemap(world: Topology, options: BuildOptions): BasemapTopology {
  const { bbox, quantization, weight, minRingArea = weight, precision = 6 } = options;
  const countries = clipCountries(world, bbox, precision);
  let topo = topology({ countries }) as BasemapTopology;
  topo = presimplify(topo, triangleAreaKm2);
  topo = simplify(topo, weight);
  // Rings are filtered on their simplified shape; a ring of fewer than 4 positions is gone.
  // (topojson-simplify hands the filter the ring's arc indexes; its typings say positions.)
  const keepRing = (ring: number[]) => {
    const positions = feature(topo, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0] ?? [];
    return positions.length >= 4 && ringAreaKm2(positions) >= minRingArea;
  };
  topo = filter(topo, keepRing as unknown as Filter) as BasemapTopology;
  topo = dropEmpty(topo);
  topo = quantize(topo, quantization);
  fixWinding(topo);
  delete (topo as { bbox?: unknown }).bbox;
  return topo;
}

/** Serialises deterministically (key order is insertion order; no floats but the transform). */
export function serialize(topo: BasemapTopology): string {
  return JSON.stringify(topo);
}

function readWorld(file: string): Topology {
  const url = import.meta.resolve(`world-atlas/${file}`);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Topology;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = resolve(root, 'data/basemap');
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  for (const res of ['50m', '10m'] as const) {
    const topo = buildBasemap(readWorld(`countries-${res}.json`), BUILD_SETTINGS[res]);
    const json = serialize(topo);
    const file = resolve(outDir, `baltic-${res}.topo.json`);
    writeFileSync(file, json);
    const raw = Buffer.byteLength(json);
    const gz = gzipSync(json, { level: 9 }).length;
    console.log(
      `basemap ${res}: ${topo.objects.countries.geometries.length} countries, ${topo.arcs.length} arcs, ` +
        `${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped → ${file}`,
    );
  }
  console.log(`basemap built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
