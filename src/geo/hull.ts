import { polygonHull } from 'd3-polygon';
import { closedCurvePath } from './path';
import type { Point } from './types';

export const HULL_DEFAULTS = Object.freeze({
  /** Largest angle between samples on a rounded corner, radians. */
  arcStep: Math.PI / 12,
});

// Hull vertices closer than this are one vertex: their edge has no usable direction.
const MERGE = 1e-6;
const TAU = 2 * Math.PI;

function validate(fn: string, points: readonly Point[], padding: number): void {
  if (!Array.isArray(points)) throw new TypeError(`${fn}: points must be an array, got ${typeof points}`);
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (!(Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]))) {
      throw new RangeError(`${fn}: points[${i}] must be a finite [x, y] pair, got ${String(p)}`);
    }
  }
  if (!(typeof padding === 'number' && Number.isFinite(padding) && padding > 0)) {
    throw new RangeError(`${fn}: padding must be a positive number, got ${String(padding)}`);
  }
}

/**
 * Corners of the convex hull, turning with positive shoelace area (clockwise on screen), duplicates
 * merged. One corner for coincident points, two (the farthest pair) for collinear ones.
 */
function hullCorners(points: readonly Point[]): Point[] {
  const hull = points.length >= 3 ? polygonHull(points as Point[]) : null;
  if (hull) {
    const corners: Point[] = [];
    for (const p of hull) {
      const last = corners[corners.length - 1];
      if (!last || Math.abs(p[0] - last[0]) > MERGE || Math.abs(p[1] - last[1]) > MERGE) corners.push(p);
    }
    const first = corners[0]!;
    const last = corners[corners.length - 1]!;
    if (
      corners.length > 1 &&
      Math.abs(first[0] - last[0]) <= MERGE &&
      Math.abs(first[1] - last[1]) <= MERGE
    ) {
      corners.pop();
    }
    let area = 0;
    for (let i = 0, n = corners.length; i < n; i++) {
      const a = corners[i]!;
      const b = corners[(i + 1) % n]!;
      area += a[0] * b[1] - b[0] * a[1];
    }
    if (corners.length >= 3 && Math.abs(area) > MERGE) return area > 0 ? corners : corners.reverse();
  }
  // Coincident or collinear: the farthest pair spans them all (the farthest point from any point is
  // an end of the segment, and the farthest from that end is the other end).
  const start = points[0]!;
  const a = farthest(points, start);
  const b = farthest(points, a);
  return Math.hypot(b[0] - a[0], b[1] - a[1]) > MERGE ? [a, b] : [a];
}

function farthest(points: readonly Point[], from: Point): Point {
  let best = from;
  let bestD = -1;
  for (const p of points) {
    const d = (p[0] - from[0]) ** 2 + (p[1] - from[1]) ** 2;
    if (d > bestD) {
      bestD = d;
      best = p;
    }
  }
  return best;
}

/**
 * The hull grown by `padding` with round corners, as a polygon dense enough on the corners for a
 * Catmull–Rom curve to follow the arcs. Each straight edge gets an extra point near both ends, so
 * the curve leaves the corners along the edge and the edge itself stays straight.
 */
function paddedOutline(corners: Point[], padding: number): Point[] {
  const n = corners.length;
  const out: Point[] = [];
  if (n === 1) {
    const [x, y] = corners[0]!;
    const steps = Math.ceil(TAU / HULL_DEFAULTS.arcStep);
    for (let i = 0; i < steps; i++) {
      const a = (TAU * i) / steps;
      out.push([x + padding * Math.cos(a), y + padding * Math.sin(a)]);
    }
    return out;
  }
  for (let i = 0; i < n; i++) {
    const prev = corners[(i + n - 1) % n]!;
    const p = corners[i]!;
    const next = corners[(i + 1) % n]!;
    // Outward normal of an edge with direction (dx, dy) on a positive-area polygon is (dy, −dx).
    const inAngle = Math.atan2(-(p[0] - prev[0]), p[1] - prev[1]);
    const outAngle = Math.atan2(-(next[0] - p[0]), next[1] - p[1]);
    let turn = outAngle - inAngle;
    if (turn < 0) turn += TAU;
    if (turn >= TAU) turn -= TAU;
    const steps = Math.max(1, Math.ceil(turn / HULL_DEFAULTS.arcStep));
    for (let s = 0; s <= steps; s++) {
      const a = inAngle + (turn * s) / steps;
      out.push([p[0] + padding * Math.cos(a), p[1] + padding * Math.sin(a)]);
    }
    const ex = next[0] - p[0];
    const ey = next[1] - p[1];
    const len = Math.hypot(ex, ey);
    const lead = Math.min(padding, len / 3);
    if (lead > 0.5) {
      const ox = padding * Math.cos(outAngle);
      const oy = padding * Math.sin(outAngle);
      const ux = ex / len;
      const uy = ey / len;
      out.push([p[0] + ox + ux * lead, p[1] + oy + uy * lead]);
      out.push([next[0] + ox - ux * lead, next[1] + oy - uy * lead]);
    }
  }
  return out;
}

/**
 * A smooth closed SVG path around `points` at `padding` px: the convex hull grown with round
 * corners. One point gives a circle, two or collinear points a capsule. Empty input gives ''.
 */
export function groupHull(points: Point[], padding: number): string {
  validate('groupHull', points, padding);
  if (points.length === 0) return '';
  return closedCurvePath(paddedOutline(hullCorners(points), padding));
}

/**
 * Where to write the group's name: on top of the padded hull, above the middle of the points'
 * horizontal extent (the top of the hull's boundary on that vertical). Anchor the text there
 * with `text-anchor: middle`.
 */
export function hullLabelPoint(points: Point[], padding: number): Point {
  validate('hullLabelPoint', points, padding);
  if (points.length === 0) throw new RangeError('hullLabelPoint: points must not be empty, got 0 points');
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  for (const p of points) {
    if (p[0] < minX) minX = p[0];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] < minY) minY = p[1];
  }
  const x = (minX + maxX) / 2;
  const outline = paddedOutline(hullCorners(points), padding);
  let top = Infinity;
  for (let i = 0, n = outline.length; i < n; i++) {
    const a = outline[i]!;
    const b = outline[(i + 1) % n]!;
    if ((a[0] <= x && b[0] >= x) || (b[0] <= x && a[0] >= x)) {
      const y = a[0] === b[0] ? Math.min(a[1], b[1]) : a[1] + ((x - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
      if (y < top) top = y;
    }
  }
  return [x, Number.isFinite(top) ? top : minY - padding];
}
