import { closedCurvePath } from './path';
import { seededRandom } from './random';
import type { Point } from './types';

export interface IslandOptions {
  /** Outline vertices; the smooth path is drawn through them. */
  vertices: number;
  /** Sinusoids summed on the radius, with frequencies 2, 3, … (lobes and bays). */
  harmonics: number;
  /** Largest sum of the sinusoid amplitudes (each island draws 80–100 % of it), as a fraction of the radius. */
  amplitude: number;
  /** Largest per-vertex random offset, as a fraction of the radius. */
  jitter: number;
  /** Hard bounds on every vertex's distance from the centre, as fractions of the radius. */
  minFactor: number;
  maxFactor: number;
  /** Pixel offsets of the coast rings for an island of `ringReferenceRadius`. */
  ringOffsets: readonly number[];
  /** Radius at which `ringOffsets` apply as given; they grow with the square root of the radius. */
  ringReferenceRadius: number;
}

export const ISLAND_DEFAULTS: Readonly<IslandOptions> = Object.freeze({
  vertices: 48,
  harmonics: 4,
  amplitude: 0.25,
  jitter: 0.025,
  minFactor: 0.7,
  maxFactor: 1.25,
  ringOffsets: Object.freeze([3, 6.5]),
  ringReferenceRadius: 16,
});

// Frequencies 2–4 dominate so an island reads as one body with a few lobes, not a star.
const HARMONIC_WEIGHTS = [0.8, 1, 0.6, 0.4, 0.25, 0.18, 0.13, 0.1, 0.08, 0.06, 0.05, 0.04];
const TAU = 2 * Math.PI;
// Enough for every island of a full map (2,000 × island and two rings) to stay cached.
const CACHE_LIMIT = 8192;

// Shapes only depend on the id and the shape options, and the renderer asks again on every
// redraw: unit outlines and finished paths are kept, oldest dropped first when full.
const unitCache = new Map<string, Float64Array>();
const pathCache = new Map<string, string>();
const trigCache = new Map<number, { cos: Float64Array; sin: Float64Array }>();

function fail(fn: string, field: string, expected: string, got: unknown): never {
  throw new RangeError(`${fn}: ${field} must be ${expected}, got ${String(got)}`);
}

function resolve(fn: string, id: string, radius: number, options?: Partial<IslandOptions>): IslandOptions {
  if (typeof id !== 'string' || id.length === 0) fail(fn, 'id', 'a non-empty string', id);
  if (!(typeof radius === 'number' && Number.isFinite(radius) && radius > 0)) {
    fail(fn, 'radius', 'a positive number', radius);
  }
  if (options === undefined) return ISLAND_DEFAULTS;
  const o: IslandOptions = { ...ISLAND_DEFAULTS, ...options };
  if (!(Number.isInteger(o.vertices) && o.vertices >= 8 && o.vertices <= 1024)) {
    fail(fn, 'vertices', 'an integer from 8 to 1024', o.vertices);
  }
  if (!(Number.isInteger(o.harmonics) && o.harmonics >= 0 && o.harmonics <= HARMONIC_WEIGHTS.length)) {
    fail(fn, 'harmonics', `an integer from 0 to ${HARMONIC_WEIGHTS.length}`, o.harmonics);
  }
  if (!(o.amplitude >= 0 && o.amplitude < 1)) fail(fn, 'amplitude', 'a number in [0, 1)', o.amplitude);
  if (!(o.jitter >= 0 && o.jitter < 1)) fail(fn, 'jitter', 'a number in [0, 1)', o.jitter);
  if (!(o.minFactor > 0 && o.minFactor <= 1)) fail(fn, 'minFactor', 'a number in (0, 1]', o.minFactor);
  if (!(o.maxFactor >= 1 && Number.isFinite(o.maxFactor))) fail(fn, 'maxFactor', 'a number ≥ 1', o.maxFactor);
  if (!Array.isArray(o.ringOffsets)) fail(fn, 'ringOffsets', 'an array of positive numbers', o.ringOffsets);
  for (const offset of o.ringOffsets) {
    if (!(Number.isFinite(offset) && offset > 0)) fail(fn, 'ringOffsets', 'positive numbers', o.ringOffsets);
  }
  if (!(Number.isFinite(o.ringReferenceRadius) && o.ringReferenceRadius > 0)) {
    fail(fn, 'ringReferenceRadius', 'a positive number', o.ringReferenceRadius);
  }
  return o;
}

function trig(n: number): { cos: Float64Array; sin: Float64Array } {
  let t = trigCache.get(n);
  if (!t) {
    t = { cos: new Float64Array(n), sin: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      t.cos[i] = Math.cos((TAU * i) / n);
      t.sin[i] = Math.sin((TAU * i) / n);
    }
    trigCache.set(n, t);
  }
  return t;
}

function shapeKey(o: IslandOptions): string {
  return o === ISLAND_DEFAULTS
    ? ''
    : `${o.vertices},${o.harmonics},${o.amplitude},${o.jitter},${o.minFactor},${o.maxFactor}`;
}

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  // Maps iterate in insertion order, so the first key is the oldest entry.
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/** Distance of each vertex from the centre as a fraction of the radius, vertex i at angle 2πi/n. */
function unitFactors(id: string, o: IslandOptions): Float64Array {
  const key = `${shapeKey(o)}\u0000${id}`;
  const cached = unitCache.get(key);
  if (cached) return cached;

  const random = seededRandom(id);
  const n = o.vertices;
  const amps = new Float64Array(o.harmonics);
  const phases = new Float64Array(o.harmonics);
  let total = 0;
  for (let k = 0; k < o.harmonics; k++) {
    amps[k] = HARMONIC_WEIGHTS[k]! * (0.35 + 0.65 * random());
    phases[k] = random() * TAU;
    total += amps[k]!;
  }
  // Normalising the amplitudes bounds the excursion by `amplitude` whatever the draw, so the
  // clamp below is a safety net rather than something that flattens coasts.
  const scale = total > 0 ? (o.amplitude * (0.8 + 0.2 * random())) / total : 0;
  // Swinging around the middle of the bounds uses the whole allowed band for lobes and bays.
  const middle = (o.minFactor + o.maxFactor) / 2;
  const factors = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const theta = (TAU * i) / n;
    let f = middle + (random() * 2 - 1) * o.jitter;
    for (let k = 0; k < o.harmonics; k++) f += amps[k]! * scale * Math.sin((k + 2) * theta + phases[k]!);
    factors[i] = Math.min(o.maxFactor, Math.max(o.minFactor, f));
  }
  return remember(unitCache, key, factors);
}

function scaledOutline(factors: Float64Array, radius: number): Point[] {
  const { cos, sin } = trig(factors.length);
  const points: Point[] = new Array(factors.length);
  for (let i = 0; i < factors.length; i++) {
    const r = factors[i]! * radius;
    points[i] = [r * cos[i]!, r * sin[i]!];
  }
  return points;
}

function pathAt(id: string, o: IslandOptions, factors: Float64Array, radius: number): string {
  const key = `${shapeKey(o)}\u0000${id}\u0000${radius}`;
  return pathCache.get(key) ?? remember(pathCache, key, closedCurvePath(scaledOutline(factors, radius)));
}

/**
 * The island of `id` as a closed polygon centred on (0, 0), vertex i at angle 2πi/n (clockwise
 * on screen). Star-shaped around the centre, so it never self-intersects; every vertex lies
 * between `minFactor` and `maxFactor` × radius.
 */
export function islandOutline(id: string, radius: number, options?: Partial<IslandOptions>): Point[] {
  const o = resolve('islandOutline', id, radius, options);
  return scaledOutline(unitFactors(id, o), radius);
}

/** The island as a smooth closed SVG path centred on (0, 0), coordinates rounded to 0.1 px. */
export function islandPath(id: string, radius: number, options?: Partial<IslandOptions>): string {
  const o = resolve('islandPath', id, radius, options);
  return pathAt(id, o, unitFactors(id, o), radius);
}

/**
 * Depth contours around the island, innermost first: the island's own shape scaled to
 * radius + offset, so every ring vertex lies outside the island vertex at the same angle.
 * Offsets grow with √(radius / ringReferenceRadius) so big islands get a wider shelf.
 */
export function coastRings(id: string, radius: number, options?: Partial<IslandOptions>): string[] {
  const o = resolve('coastRings', id, radius, options);
  const factors = unitFactors(id, o);
  const growth = Math.sqrt(radius / o.ringReferenceRadius);
  return o.ringOffsets.map((offset) => pathAt(id, o, factors, radius + offset * growth));
}

/**
 * Island radius for a value such as population: a square-root scale, so the area grows in
 * proportion to the value, clamped to `range`. A degenerate domain gives the middle of the range.
 */
export function islandRadius(
  value: number,
  domain: [number, number],
  range: [number, number] = [9, 26],
): number {
  if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0)) {
    fail('islandRadius', 'value', 'a finite number ≥ 0', value);
  }
  const [d0, d1] = domain ?? [];
  if (!(Number.isFinite(d0) && Number.isFinite(d1) && d0! >= 0 && d1! >= 0)) {
    fail('islandRadius', 'domain', 'two finite numbers ≥ 0', domain);
  }
  const [r0, r1] = range ?? [];
  if (!(Number.isFinite(r0) && Number.isFinite(r1) && r0! >= 0 && r1! >= 0)) {
    fail('islandRadius', 'range', 'two finite numbers ≥ 0', range);
  }
  const s0 = Math.sqrt(d0!);
  const span = Math.sqrt(d1!) - s0;
  const t = span === 0 ? 0.5 : Math.min(1, Math.max(0, (Math.sqrt(value) - s0) / span));
  return r0! + t * (r1! - r0!);
}
