import { polygonHull } from 'd3-polygon';
import { tenths } from './path';
import type { Point } from './types';

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

/** The outward normal's angle of the edge a → b of a positive-area polygon: (dy, −dx) turned to an angle. */
function normalAngle(a: Point, b: Point): number {
  return Math.atan2(-(b[0] - a[0]), b[1] - a[1]);
}

/** How far the outline turns round corner i, from its incoming edge's normal to its outgoing one's. */
function turnAt(inAngle: number, outAngle: number): number {
  let turn = outAngle - inAngle;
  if (turn < 0) turn += TAU;
  if (turn >= TAU) turn -= TAU;
  return turn;
}

/** Arcs of at most a quarter turn each: SVG arcs near a half turn are ambiguous once rounded. */
const QUARTER = Math.PI / 2;

/**
 * The corners' outline grown by `padding`: each edge moved out along its normal, each corner a circular
 * arc between its two edges (the Minkowski sum of the hull and a disc), as lines and SVG arcs.
 */
function roundedOutline(corners: Point[], padding: number): string {
  const n = corners.length;
  const r = tenths(padding);
  const at = (c: Point, angle: number) =>
    `${tenths(c[0] + padding * Math.cos(angle))},${tenths(c[1] + padding * Math.sin(angle))}`;
  const arc = (c: Point, from: number, turn: number): string => {
    let d = '';
    const steps = Math.max(1, Math.ceil(turn / QUARTER - 1e-9));
    for (let s = 1; s <= steps; s++) d += `A${r},${r},0,0,1,${at(c, from + (turn * s) / steps)}`;
    return d;
  };
  if (n === 1) {
    const c = corners[0]!;
    return `M${at(c, 0)}${arc(c, 0, TAU)}Z`;
  }
  let d = '';
  for (let i = 0; i < n; i++) {
    const prev = corners[(i + n - 1) % n]!;
    const p = corners[i]!;
    const next = corners[(i + 1) % n]!;
    const inAngle = normalAngle(prev, p);
    const outAngle = normalAngle(p, next);
    if (i === 0) d += `M${at(p, inAngle)}`;
    d += arc(p, inAngle, turnAt(inAngle, outAngle));
    d += `L${at(next, outAngle)}`;
  }
  return `${d}Z`;
}

/**
 * A smooth closed SVG path around `points` at `padding` px: the convex hull grown with round
 * corners. One point gives a circle, two or collinear points a capsule. Empty input gives ''.
 */
export function groupHull(points: Point[], padding: number): string {
  validate('groupHull', points, padding);
  if (points.length === 0) return '';
  return roundedOutline(hullCorners(points), padding);
}

/** The top of the grown hull on the vertical at `x`: the lowest y of its edges and corner circles there. */
function topAt(corners: Point[], padding: number, x: number): number {
  let top = Infinity;
  const n = corners.length;
  for (let i = 0; i < n; i++) {
    const c = corners[i]!;
    const dx = x - c[0];
    if (Math.abs(dx) <= padding) top = Math.min(top, c[1] - Math.sqrt(padding * padding - dx * dx));
    if (n === 1) break;
    const next = corners[(i + 1) % n]!;
    const angle = normalAngle(c, next);
    const ox = padding * Math.cos(angle);
    const oy = padding * Math.sin(angle);
    const x0 = c[0] + ox;
    const x1 = next[0] + ox;
    if (x0 === x1 || x < Math.min(x0, x1) || x > Math.max(x0, x1)) continue;
    top = Math.min(top, c[1] + oy + ((x - x0) / (x1 - x0)) * (next[1] - c[1]));
  }
  return top;
}

/**
 * Where to write the group's name: on top of the padded hull, above the middle of the points'
 * horizontal extent (the top of the hull's boundary on that vertical). Anchor the text there
 * with `text-anchor: middle`.
 */
export function hullLabelPoint(points: Point[], padding: number): Point {
  validate('hullLabelPoint', points, padding);
  if (points.length === 0) throw new RangeError('hullLabelPoint: points must not be empty, got 0 points');
  return labelPointOn(hullCorners(points), points, padding);
}

/**
 * `groupHull` and `hullLabelPoint` of the same non-empty points, from one convex hull: the overlay needs
 * both on every camera frame.
 */
export function groupOutline(points: Point[], padding: number): { d: string; top: Point } {
  validate('groupOutline', points, padding);
  if (points.length === 0) throw new RangeError('groupOutline: points must not be empty, got 0 points');
  const corners = hullCorners(points);
  return { d: roundedOutline(corners, padding), top: labelPointOn(corners, points, padding) };
}

function labelPointOn(corners: Point[], points: readonly Point[], padding: number): Point {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  for (const p of points) {
    if (p[0] < minX) minX = p[0];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] < minY) minY = p[1];
  }
  const x = (minX + maxX) / 2;
  const top = topAt(corners, padding, x);
  return [x, Number.isFinite(top) ? top : minY - padding];
}
