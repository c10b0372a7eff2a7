import { tenths } from './path';
import type { Point } from './types';

export interface ArcOptions {
  /** Position of this link among the `count` links joining the same two islands. */
  index: number;
  count: number;
  /** How far the control point sits off the chord's midpoint, as a fraction of the chord. */
  bend: number;
  /** Extra bend between neighbouring links of one pair, as a fraction of the chord. */
  spacing: number;
  /** Pixel lengths cut from the p0 and p1 ends (their island radii), so links start at the coast. */
  trim: [number, number];
}

export interface LinkArc {
  /** SVG path `M…Q…` from the p0 end to the p1 end, 0.1 px precision; '' when there is nothing to draw. */
  d: string;
  /** Point of the drawn curve at t = 0.5, for labels and arrowheads. */
  mid: Point;
  /** Direction of travel from p0 to p1 at `mid`, degrees, 0 = east, clockwise positive (screen). */
  angle: number;
  /** Length of the drawn curve in pixels. */
  length: number;
}

export const ARC_DEFAULTS: Readonly<ArcOptions> = Object.freeze({
  index: 0,
  count: 1,
  bend: 0.18,
  spacing: 0.12,
  trim: Object.freeze([0, 0]) as [number, number],
});

// Newton steps for the trim; bracketing keeps even a bad start converging well inside this.
const SOLVER_STEPS = 40;
// Gauss–Legendre nodes and weights on [-1, 1]: exact enough for the gentle quadratics drawn here.
const GL_X = [-0.906179845938664, -0.5384693101056831, 0, 0.5384693101056831, 0.906179845938664];
const GL_W = [
  0.2369268850561891, 0.4786286704993665, 0.5688888888888889, 0.4786286704993665, 0.2369268850561891,
];
const DEG = 180 / Math.PI;

function fail(field: string, expected: string, got: unknown): never {
  throw new RangeError(`linkArc: ${field} must be ${expected}, got ${String(got)}`);
}

function empty(x: number, y: number): LinkArc {
  return Number.isFinite(x) && Number.isFinite(y)
    ? { d: '', mid: [x, y], angle: 0, length: 0 }
    : { d: '', mid: [0, 0], angle: 0, length: 0 };
}

/**
 * A link between two islands: a quadratic curve from p0 to p1 bowing to one side.
 *
 * The side is taken from the endpoints themselves (towards the left of the leftmost-then-topmost
 * endpoint's direction of travel, i.e. upwards for an east–west link), never from the argument
 * order, so swapping p0 and p1 gives the same curve reversed and a fan of `count` links between
 * one pair keeps its layout. Link `index` bends by bend + (index − (count − 1) / 2) × spacing;
 * all control points lie on the chord's perpendicular bisector, so the curves of a fan only meet
 * at the endpoints. Callers should still pass endpoints ordered by city id so that `d`, `mid`
 * and `angle` run in a stable direction and `index` means the same link on every redraw.
 *
 * Non-finite or coincident endpoints, or trims that swallow the whole curve, give `d === ''`.
 */
export function linkArc(p0: Point, p1: Point, options?: Partial<ArcOptions>): LinkArc {
  let index = ARC_DEFAULTS.index;
  let count = ARC_DEFAULTS.count;
  let bend = ARC_DEFAULTS.bend;
  let spacing = ARC_DEFAULTS.spacing;
  let trim0 = 0;
  let trim1 = 0;
  if (options !== undefined) {
    if (options.count !== undefined) count = options.count;
    if (options.index !== undefined) index = options.index;
    if (options.bend !== undefined) bend = options.bend;
    if (options.spacing !== undefined) spacing = options.spacing;
    if (!(Number.isInteger(count) && count >= 1)) fail('count', 'a positive integer', count);
    if (!(Number.isInteger(index) && index >= 0 && index < count)) {
      fail('index', `an integer from 0 to count − 1 (${count - 1})`, index);
    }
    if (!Number.isFinite(bend)) fail('bend', 'a finite number', bend);
    if (!(Number.isFinite(spacing) && spacing >= 0)) fail('spacing', 'a finite number ≥ 0', spacing);
    if (options.trim !== undefined) {
      const trim = options.trim;
      if (!(Array.isArray(trim) && trim.length === 2 && trim[0] >= 0 && trim[1] >= 0)) {
        fail('trim', 'two finite numbers ≥ 0', trim);
      }
      trim0 = trim[0];
      trim1 = trim[1];
      if (!(Number.isFinite(trim0) && Number.isFinite(trim1))) fail('trim', 'two finite numbers ≥ 0', trim);
    }
  }

  const x0 = p0[0];
  const y0 = p0[1];
  const x2 = p1[0];
  const y2 = p1[1];
  const dx = x2 - x0;
  const dy = y2 - y0;
  const dist = Math.sqrt(dx * dx + dy * dy);
  if (!(Number.isFinite(dist) && dist > 0)) return empty(x0, y0);

  // Canonical direction: from the leftmost (then topmost) endpoint, whatever the argument order.
  const h = bendOf(x0, y0, x2, y2, bend + (index - (count - 1) / 2) * spacing);
  // (dy, −dx) is the left-hand normal on screen (y down); scaled by the chord it needs no division.
  const cx = (x0 + x2) / 2 + dy * h;
  const cy = (y0 + y2) / 2 - dx * h;

  const t0 = trim0 > 0 ? solveTrim(x0, y0, cx, cy, x2, y2, x0, y0, trim0, false) : 0;
  const t1 = trim1 > 0 ? solveTrim(x0, y0, cx, cy, x2, y2, x2, y2, trim1, true) : 1;
  if (!(t1 > t0)) {
    const a = at(x0, cx, x2, 0.5);
    const b = at(y0, cy, y2, 0.5);
    return { d: '', mid: [a, b], angle: Math.atan2(y2 - y0, x2 - x0) * DEG, length: 0 };
  }

  // The piece of a quadratic between t0 and t1 is itself a quadratic (blossoming).
  const ax = at(x0, cx, x2, t0);
  const ay = at(y0, cy, y2, t0);
  const bx = at(x0, cx, x2, t1);
  const by = at(y0, cy, y2, t1);
  const w0 = (1 - t0) * (1 - t1);
  const w1 = (1 - t0) * t1 + t0 * (1 - t1);
  const w2 = t0 * t1;
  const qx = w0 * x0 + w1 * cx + w2 * x2;
  const qy = w0 * y0 + w1 * cy + w2 * y2;

  const tm = (t0 + t1) / 2;
  const tx = (1 - tm) * (cx - x0) + tm * (x2 - cx);
  const ty = (1 - tm) * (cy - y0) + tm * (y2 - cy);
  let length = 0;
  const half = (t1 - t0) / 2;
  for (let k = 0; k < GL_X.length; k++) {
    const t = tm + half * GL_X[k]!;
    const vx = (1 - t) * (cx - x0) + t * (x2 - cx);
    const vy = (1 - t) * (cy - y0) + t * (y2 - cy);
    length += GL_W[k]! * Math.sqrt(vx * vx + vy * vy);
  }
  length *= 2 * half;

  return {
    d: `M${tenths(ax)},${tenths(ay)}Q${tenths(qx)},${tenths(qy)},${tenths(bx)},${tenths(by)}`,
    mid: [at(x0, cx, x2, tm), at(y0, cy, y2, tm)],
    angle: Math.atan2(ty, tx) * DEG,
    length,
  };
}

/** The signed bend: to the left of the leftmost-then-topmost endpoint's direction of travel. */
function bendOf(x0: number, y0: number, x2: number, y2: number, bend: number): number {
  return x2 < x0 || (x2 === x0 && y2 < y0) ? -bend : bend;
}

/**
 * The untrimmed curve `linkArc` draws from p0 to p1, as a path from (0, 0) to (1, 0): mapped onto any
 * two points by the similarity that takes (0, 0) and (1, 0) there, it is that link between them (the
 * curve's control point is a fixed fraction of the chord off its middle). The side is taken from p0
 * and p1. A moving camera then moves a link by a matrix instead of a new path.
 */
export function unitArc(
  p0: Point,
  p1: Point,
  options?: Partial<Pick<ArcOptions, 'index' | 'count'>>,
): string {
  const index = options?.index ?? ARC_DEFAULTS.index;
  const count = options?.count ?? ARC_DEFAULTS.count;
  const h = bendOf(
    p0[0],
    p0[1],
    p1[0],
    p1[1],
    ARC_DEFAULTS.bend + (index - (count - 1) / 2) * ARC_DEFAULTS.spacing,
  );
  return `M0,0Q0.5,${Math.round(-h * 1e4) / 1e4},1,0`;
}

function at(a: number, c: number, b: number, t: number): number {
  const s = 1 - t;
  return s * s * a + 2 * s * t * c + t * t * b;
}

/**
 * The parameter where the curve is `trim` px (straight-line) from the end point (ex, ey): the
 * coast of a round island. Distance from an end grows monotonically along the curve for any bend
 * below √2, so a Newton iteration kept inside a shrinking bracket converges in a few steps from
 * the straight-line guess; returns the other end's parameter when the trim reaches past it.
 */
function solveTrim(
  x0: number,
  y0: number,
  cx: number,
  cy: number,
  x2: number,
  y2: number,
  ex: number,
  ey: number,
  trim: number,
  fromEnd: boolean,
): number {
  const t2 = trim * trim;
  const far = fromEnd ? 0 : 1;
  const fx = at(x0, cx, x2, far) - ex;
  const fy = at(y0, cy, y2, far) - ey;
  const total2 = fx * fx + fy * fy;
  if (total2 <= t2) return far;
  // s runs from this end (0) to the other (1); t = s or 1 − s.
  let lo = 0;
  let hi = 1;
  let s = trim / Math.sqrt(total2);
  for (let i = 0; i < SOLVER_STEPS; i++) {
    const t = fromEnd ? 1 - s : s;
    const px = at(x0, cx, x2, t) - ex;
    const py = at(y0, cy, y2, t) - ey;
    const g = px * px + py * py - t2;
    if (g < 0) lo = s;
    else hi = s;
    // d/ds |B − E|² = 2 (B − E) · B′(t) · dt/ds
    const vx = 2 * ((1 - t) * (cx - x0) + t * (x2 - cx));
    const vy = 2 * ((1 - t) * (cy - y0) + t * (y2 - cy));
    const slope = 2 * (px * vx + py * vy) * (fromEnd ? -1 : 1);
    let next = slope > 0 ? s - g / slope : (lo + hi) / 2;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - s) < 1e-12) return fromEnd ? 1 - next : next;
    s = next;
  }
  return fromEnd ? 1 - s : s;
}
