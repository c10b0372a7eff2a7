/**
 * The film's clock: which chapter, camera and phase each frame shows. Pure, so a frame is the same
 * whatever the machine's speed: frame n is the picture at time n / fps.
 *
 * A film is an optional title card, then per chapter a flight from the previous chapter's camera (none
 * before the first) and a hold on the chapter's own camera. Flights follow van Wijk and Nuij's "smooth
 * and efficient zooming and panning", as MapLibre's `flyTo` does, so the film moves as the live story.
 */
import { fromWorld, toWorld } from '../geo/mercator';
import type { Point } from '../geo/types';

export interface FilmCamera {
  center: Point;
  zoom: number;
  bearing: number;
}

export interface FilmChapterInput {
  camera: FilmCamera;
  /** Seconds on the chapter after the flight. */
  hold: number;
}

export type FilmPhase = 'title' | 'flight' | 'hold';

interface Segment {
  phase: FilmPhase;
  /** Index in the chapters given, -1 for the title card. */
  chapter: number;
  start: number;
  frames: number;
  from: FilmCamera;
  to: FilmCamera;
}

export interface FilmPlan {
  fps: number;
  frames: number;
  segments: Segment[];
  /** The longer side of the picture, in px: how far a flight zooms out depends on it. */
  side: number;
}

export interface FilmFrame {
  phase: FilmPhase;
  chapter: number;
  camera: FilmCamera;
}

/** Seconds per flight: a little longer than the live story's 1.2 s, which feels hurried on video. */
export const FLIGHT_SECONDS = 2;
export const DEFAULT_HOLD = 4;
export const TITLE_SECONDS = 3;

export function planFilm(
  chapters: readonly FilmChapterInput[],
  options: { fps: number; side: number; titleCard?: boolean },
): FilmPlan {
  const { fps } = options;
  if (!(fps > 0 && fps <= 120)) throw new RangeError(`cannot make a film at ${fps} frames per second`);
  const segments: Segment[] = [];
  let start = 0;
  const add = (phase: FilmPhase, chapter: number, seconds: number, from: FilmCamera, to: FilmCamera) => {
    const frames = Math.max(0, Math.round(seconds * fps));
    if (frames === 0) return;
    segments.push({ phase, chapter, start, frames, from, to });
    start += frames;
  };
  const first = chapters[0]?.camera;
  if (options.titleCard && first) add('title', -1, TITLE_SECONDS, first, first);
  chapters.forEach((c, i) => {
    const before = chapters[i - 1]?.camera;
    if (before) add('flight', i, FLIGHT_SECONDS, before, c.camera);
    add('hold', i, c.hold, c.camera, c.camera);
  });
  return { fps, frames: start, segments, side: options.side };
}

/** What frame `n` of the film shows. */
export function frameAt(plan: FilmPlan, n: number): FilmFrame {
  const segment = plan.segments.find((s) => n >= s.start && n < s.start + s.frames) ?? plan.segments.at(-1);
  if (!segment) throw new RangeError('the film has no frames');
  const { phase, chapter, from, to } = segment;
  if (phase !== 'flight') return { phase, chapter, camera: to };
  const t = (n - segment.start) / segment.frames;
  return { phase, chapter, camera: flyAt(from, to, ease(t), plan.side) };
}

/** MapLibre's default easing curve, cubic-bezier(0.25, 0.1, 0.25, 1). */
export function ease(t: number): number {
  const x1 = 0.25;
  const y1 = 0.1;
  const x2 = 0.25;
  const y2 = 1;
  const bezier = (s: number, a: number, b: number) =>
    3 * a * s * (1 - s) ** 2 + 3 * b * s * s * (1 - s) + s ** 3;
  // Solve x(s) = t by bisection: x is monotonic in s for these control points.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (bezier(mid, x1, x2) < t) lo = mid;
    else hi = mid;
  }
  return bezier((lo + hi) / 2, y1, y2);
}

const RHO = 1.42;

/** The camera at fraction `k` of a flight from `a` to `b`, for a picture whose longer side is `side` px. */
export function flyAt(a: FilmCamera, b: FilmCamera, k: number, side: number): FilmCamera {
  const bearing = a.bearing + shortestTurn(a.bearing, b.bearing) * k;
  const [x0, y0] = toWorld(a.center);
  const [x1, y1] = toWorld(b.center);
  const scale0 = 2 ** a.zoom;
  const w0 = Math.max(1, side);
  const w1 = w0 / 2 ** (b.zoom - a.zoom);
  const u1 = Math.hypot(x1 - x0, y1 - y0) * scale0;
  const rho2 = RHO * RHO;
  const r = (i: 0 | 1) => {
    const w = i ? w1 : w0;
    const b2 = (w1 * w1 - w0 * w0 + (i ? -1 : 1) * rho2 * rho2 * u1 * u1) / (2 * w * rho2 * u1);
    return Math.log(Math.sqrt(b2 * b2 + 1) - b2);
  };
  let widthAt: (s: number) => number;
  let along: (s: number) => number;
  let length: number;
  const r0 = u1 > 1e-6 ? r(0) : Number.NaN;
  const total = u1 > 1e-6 ? (r(1) - r0) / RHO : Number.NaN;
  if (Number.isFinite(total) && Number.isFinite(r0)) {
    length = total;
    widthAt = (s) => Math.cosh(r0) / Math.cosh(r0 + RHO * s);
    along = (s) => (w0 * ((Math.cosh(r0) * Math.tanh(r0 + RHO * s) - Math.sinh(r0)) / rho2)) / u1;
  } else {
    // No distance to cover: a zoom on the spot.
    const sign = w1 < w0 ? -1 : 1;
    length = Math.abs(Math.log(w1 / w0)) / RHO;
    widthAt = (s) => Math.exp(sign * RHO * s);
    along = () => 0;
  }
  if (k >= 1) return { center: b.center, zoom: b.zoom, bearing: b.bearing };
  const s = k * length;
  const zoom = length > 0 ? a.zoom + Math.log2(1 / widthAt(s)) : a.zoom + (b.zoom - a.zoom) * k;
  const u = length > 0 ? along(s) : k;
  const center = fromWorld([x0 + (x1 - x0) * u, y0 + (y1 - y0) * u]);
  return { center, zoom, bearing };
}

function shortestTurn(from: number, to: number): number {
  return ((((to - from) % 360) + 540) % 360) - 180;
}
