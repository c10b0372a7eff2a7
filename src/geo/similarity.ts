import type { Point } from './types';

/**
 * Two points of the Baltic region (lng, lat), far enough apart to fix a camera's similarity precisely:
 * their screen positions give the camera's move, or its whole projection without pitch.
 */
export const CAMERA_ANCHORS: readonly [Point, Point] = [
  [15, 55],
  [25, 60],
];

/** A 2D similarity (rotation, uniform scale, translation): p ↦ [a·x − b·y + e, b·x + a·y + f]. */
export interface Similarity {
  a: number;
  b: number;
  e: number;
  f: number;
}

/**
 * The similarity taking p0 to q0 and p1 to q1, or null when p0 and p1 coincide. A Web Mercator camera
 * without pitch moves every screen point by one similarity, so two projected points give it all.
 */
export function similarityFrom(p0: Point, p1: Point, q0: Point, q1: Point): Similarity | null {
  const dx = p1[0] - p0[0];
  const dy = p1[1] - p0[1];
  const d2 = dx * dx + dy * dy;
  if (!(d2 > 0) || !Number.isFinite(d2)) return null;
  const ux = q1[0] - q0[0];
  const uy = q1[1] - q0[1];
  // (u / d) as complex numbers.
  const a = (ux * dx + uy * dy) / d2;
  const b = (uy * dx - ux * dy) / d2;
  const s: Similarity = { a, b, e: 0, f: 0 };
  const moved = apply(s, p0);
  s.e = q0[0] - moved[0];
  s.f = q0[1] - moved[1];
  return [a, b, s.e, s.f].every(Number.isFinite) ? s : null;
}

export function apply(s: Similarity, p: Point): Point {
  return [s.a * p[0] - s.b * p[1] + s.e, s.b * p[0] + s.a * p[1] + s.f];
}

export function inverse(s: Similarity): Similarity {
  const k = s.a * s.a + s.b * s.b;
  const a = s.a / k;
  const b = -s.b / k;
  return { a, b, e: -(a * s.e - b * s.f), f: -(b * s.e + a * s.f) };
}

/** Scale factor of the similarity (1 = same size). */
export function scaleOf(s: Similarity): number {
  return Math.hypot(s.a, s.b);
}

/** The similarity as a CSS / SVG `matrix(…)`, rounded to keep attribute strings short. */
export function matrixString(s: Similarity): string {
  const r = (v: number, k: number) => Math.round(v * k) / k;
  return `matrix(${r(s.a, 1e5)},${r(s.b, 1e5)},${r(-s.b, 1e5)},${r(s.a, 1e5)},${r(s.e, 100)},${r(s.f, 100)})`;
}
