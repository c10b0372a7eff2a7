import { BoxGrid } from './grid';
import { hashString } from './random';
import type { Viewport } from './types';

export interface LabelItem {
  id: string;
  /** The city's projected true position, px. */
  x: number;
  y: number;
  /** Island radius, px. */
  r: number;
  /** Size of the label's text box, px. */
  width: number;
  height: number;
  /** Higher goes first and so gets the best label spot; ties go by id. */
  priority: number;
}

export interface Placement {
  /** Where the island is drawn; may be displaced from (x, y) to clear its neighbours. */
  cx: number;
  cy: number;
  /** Label anchor: horizontal per `anchor`, vertically the middle of the text box (dominant-baseline: central). */
  lx: number;
  ly: number;
  anchor: 'start' | 'middle' | 'end';
  /** The island moved: draw a leader line from (x, y) to (cx, cy). */
  displaced: boolean;
  /** With `hideCrowded`: no clear spot was found, so the label is not drawn. */
  hidden?: boolean;
}

export interface LabelOptions {
  /** Free space kept between two islands, px. */
  gap: number;
  /** An island's drawn extent as a multiple of r (the outline reaches 1.25 r, see ISLAND_DEFAULTS). */
  radiusScale: number;
  /** Farthest an island may be moved from its true position, as a multiple of r. */
  maxShift: number;
  /** Relaxation passes for pushing islands apart. */
  iterations: number;
  /** Space between an island and its own label, for the near and the far ring of candidates, px. */
  labelGap: number;
  farGap: number;
  /** Space kept between a label and any other label or island, px. */
  labelPadding: number;
  /** Labels stay this far inside the viewport, px. */
  margin: number;
  /**
   * Hide a label that finds no clear spot instead of placing it where it overlaps least: dense
   * networks then show the names of their largest cities legibly, as map labelling does.
   */
  hideCrowded: boolean;
  /** With `hideCrowded`: only this many labels (by priority) look for a spot; the rest are hidden. */
  labelLimit: number;
}

export const LABEL_DEFAULTS: Readonly<LabelOptions> = Object.freeze({
  gap: 4,
  radiusScale: 1.25,
  maxShift: 2.5,
  iterations: 40,
  labelGap: 3,
  farGap: 14,
  labelPadding: 2,
  margin: 4,
  hideCrowded: false,
  labelLimit: Number.POSITIVE_INFINITY,
});

/** Displacements below this are rounding noise, not worth a leader line. */
const DISPLACED = 0.5;
/** Relaxation stops once no island moves farther than this in a pass, px. */
const SETTLED = 0.01;
const GRID_CELL = 64;
const SQRT1_2 = Math.SQRT1_2;

// Candidate directions in the order tried: right, left, above, below, then the diagonals.
const DIR_X = [1, -1, 0, 0, SQRT1_2, -SQRT1_2, SQRT1_2, -SQRT1_2];
const DIR_Y = [0, 0, -1, 1, -SQRT1_2, -SQRT1_2, SQRT1_2, SQRT1_2];

function fail(field: string, expected: string, got: unknown): never {
  throw new RangeError(`placeLabels: ${field} must be ${expected}, got ${String(got)}`);
}

function resolve(options?: Partial<LabelOptions>): LabelOptions {
  if (options === undefined) return LABEL_DEFAULTS;
  const o: LabelOptions = { ...LABEL_DEFAULTS, ...options };
  const nonNegative = ['gap', 'labelGap', 'farGap', 'labelPadding', 'margin', 'maxShift'] as const;
  for (const key of nonNegative) {
    if (!(Number.isFinite(o[key]) && o[key] >= 0)) fail(`options.${key}`, 'a finite number ≥ 0', o[key]);
  }
  if (!(Number.isFinite(o.radiusScale) && o.radiusScale > 0)) {
    fail('options.radiusScale', 'a positive number', o.radiusScale);
  }
  if (!(o.labelLimit >= 0 && (Number.isInteger(o.labelLimit) || o.labelLimit === Number.POSITIVE_INFINITY))) {
    fail('options.labelLimit', 'an integer ≥ 0 or Infinity', o.labelLimit);
  }
  if (!(Number.isInteger(o.iterations) && o.iterations >= 0 && o.iterations <= 1000)) {
    fail('options.iterations', 'an integer from 0 to 1000', o.iterations);
  }
  return o;
}

function validate(items: readonly LabelItem[], viewport: Viewport): void {
  if (!Array.isArray(items)) fail('items', 'an array', typeof items);
  if (!(viewport && Number.isFinite(viewport.width) && viewport.width > 0)) {
    fail('viewport.width', 'a positive number', viewport?.width);
  }
  if (!(Number.isFinite(viewport.height) && viewport.height > 0)) {
    fail('viewport.height', 'a positive number', viewport.height);
  }
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it || typeof it.id !== 'string' || it.id.length === 0) {
      fail(`items[${i}].id`, 'a non-empty string', it?.id);
    }
    if (seen.has(it.id)) fail(`items[${i}].id`, 'unique', it.id);
    seen.add(it.id);
    if (!Number.isFinite(it.x)) fail(`items[${i}].x`, 'a finite number', it.x);
    if (!Number.isFinite(it.y)) fail(`items[${i}].y`, 'a finite number', it.y);
    if (!(Number.isFinite(it.r) && it.r > 0)) fail(`items[${i}].r`, 'a positive number', it.r);
    if (!(Number.isFinite(it.width) && it.width >= 0)) {
      fail(`items[${i}].width`, 'a finite number ≥ 0', it.width);
    }
    if (!(Number.isFinite(it.height) && it.height >= 0)) {
      fail(`items[${i}].height`, 'a finite number ≥ 0', it.height);
    }
    if (!Number.isFinite(it.priority)) fail(`items[${i}].priority`, 'a finite number', it.priority);
  }
}

/**
 * Lays out islands and their labels for one view, deterministically (by priority, then id; the
 * input order does not matter).
 *
 * 1. Islands closer than their radii plus `gap` (radii × `radiusScale`) are pushed apart along
 *    the line between them, each staying within `maxShift` × r of its true position.
 * 2. Each label takes the first candidate spot (right, left, above, below, the four diagonals;
 *    then the same farther out) that is inside the viewport and clear of every island and every
 *    label placed before it; failing that, the spot with the least overlap. Islands entirely
 *    outside the viewport get the right-hand spot without a search.
 */
export function placeLabels(
  items: readonly LabelItem[],
  viewport: Viewport,
  options?: Partial<LabelOptions>,
): Map<string, Placement> {
  validate(items, viewport);
  const o = resolve(options);
  const n = items.length;
  const result = new Map<string, Placement>();
  if (n === 0) return result;

  const order = items.map((_, i) => i);
  order.sort((a, b) => {
    const A = items[a]!;
    const B = items[b]!;
    return B.priority - A.priority || (A.id < B.id ? -1 : A.id > B.id ? 1 : 0);
  });
  // Everything below is indexed by rank in that order.
  const ranked = order.map((i) => items[i]!);
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  const rr = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const it = ranked[k]!;
    px[k] = it.x;
    py[k] = it.y;
    rr[k] = it.r * o.radiusScale;
  }

  relax(ranked, px, py, rr, o);
  const board = new LabelBoard(px, py, rr, viewport, o);

  for (let k = 0; k < n; k++) {
    const it = ranked[k]!;
    const moved = Math.hypot(px[k]! - it.x, py[k]! - it.y) > DISPLACED;
    const l =
      o.hideCrowded && k >= o.labelLimit
        ? { lx: px[k]!, ly: py[k]!, anchor: 'start' as const, hidden: true }
        : board.place(k, it.width, it.height, o.hideCrowded);
    const placed: Placement = {
      cx: px[k]!,
      cy: py[k]!,
      lx: l.lx,
      ly: l.ly,
      anchor: l.anchor,
      displaced: moved,
    };
    if (l.hidden) placed.hidden = true;
    result.set(it.id, placed);
  }
  return result;
}

/**
 * Gauss–Seidel relaxation: every overlapping pair moves apart by half the overlap each, then both
 * are pulled back within reach of their true positions. An island never leaves its leash, so the
 * pairs that can ever touch are known up front: they are found once (sweep along x) and the
 * passes only revisit them, stopping early once nothing moves.
 */
function relax(
  ranked: readonly LabelItem[],
  px: Float64Array,
  py: Float64Array,
  rr: Float64Array,
  o: LabelOptions,
): void {
  const n = ranked.length;
  if (n < 2 || o.iterations === 0) return;
  const pairs = candidatePairs(ranked, px, py, rr, o);
  if (pairs.length === 0) return;
  for (let iter = 0; iter < o.iterations; iter++) {
    let moved = 0;
    for (let p = 0; p < pairs.length; p += 2) {
      moved = Math.max(moved, separate(ranked, px, py, rr, o, pairs[p]!, pairs[p + 1]!));
    }
    if (moved < SETTLED) return;
  }
}

/** Pairs (lower rank first, sorted) whose leashes let them come within contact distance. */
function candidatePairs(
  ranked: readonly LabelItem[],
  px: Float64Array,
  py: Float64Array,
  rr: Float64Array,
  o: LabelOptions,
): Int32Array {
  const n = ranked.length;
  const reach = new Float64Array(n);
  let maxReach = 0;
  for (let k = 0; k < n; k++) {
    reach[k] = rr[k]! + o.maxShift * ranked[k]!.r;
    maxReach = Math.max(maxReach, reach[k]!);
  }
  const byX = new Int32Array(n);
  for (let k = 0; k < n; k++) byX[k] = k;
  byX.sort((a, b) => px[a]! - px[b]! || a - b);
  const keys: number[] = [];
  for (let s = 0; s < n; s++) {
    const a = byX[s]!;
    const cutoff = px[a]! + reach[a]! + maxReach + o.gap;
    for (let t = s + 1; t < n; t++) {
      const b = byX[t]!;
      if (px[b]! >= cutoff) break;
      const limit = reach[a]! + reach[b]! + o.gap;
      const dx = px[b]! - px[a]!;
      const dy = py[b]! - py[a]!;
      if (dx * dx + dy * dy < limit * limit) keys.push(a < b ? a * n + b : b * n + a);
    }
  }
  // Gauss–Seidel results depend on the visiting order: make it the rank order, not the x order.
  keys.sort((a, b) => a - b);
  const pairs = new Int32Array(2 * keys.length);
  for (let q = 0; q < keys.length; q++) {
    pairs[2 * q] = Math.floor(keys[q]! / n);
    pairs[2 * q + 1] = keys[q]! % n;
  }
  return pairs;
}

/** Pushes a and b apart if they overlap; returns how far either actually moved. */
function separate(
  ranked: readonly LabelItem[],
  px: Float64Array,
  py: Float64Array,
  rr: Float64Array,
  o: LabelOptions,
  a: number,
  b: number,
): number {
  const ax = px[a]!;
  const ay = py[a]!;
  const bx = px[b]!;
  const by = py[b]!;
  let dx = bx - ax;
  let dy = by - ay;
  const need = rr[a]! + rr[b]! + o.gap;
  const d2 = dx * dx + dy * dy;
  if (d2 >= need * need) return 0;
  let d = Math.sqrt(d2);
  if (d < 1e-9) {
    // Coincident islands have no line between them: take a direction from their ids, so the
    // split is the same on every machine.
    const angle = (hashString(`${ranked[a]!.id}\u0000${ranked[b]!.id}`) / 0x100000000) * 2 * Math.PI;
    dx = Math.cos(angle);
    dy = Math.sin(angle);
    d = 0;
  } else {
    dx /= d;
    dy /= d;
  }
  const push = (need - d) / 2;
  px[a] = ax - dx * push;
  py[a] = ay - dy * push;
  px[b] = bx + dx * push;
  py[b] = by + dy * push;
  leash(ranked[a]!, px, py, a, o.maxShift);
  leash(ranked[b]!, px, py, b, o.maxShift);
  return Math.max(Math.hypot(px[a]! - ax, py[a]! - ay), Math.hypot(px[b]! - bx, py[b]! - by));
}

function leash(it: LabelItem, px: Float64Array, py: Float64Array, k: number, maxShift: number): void {
  const dx = px[k]! - it.x;
  const dy = py[k]! - it.y;
  const reach = maxShift * it.r;
  const d2 = dx * dx + dy * dy;
  if (d2 > reach * reach) {
    const s = reach / Math.sqrt(d2);
    px[k] = it.x + dx * s;
    py[k] = it.y + dy * s;
  }
}

interface LabelSpot {
  lx: number;
  ly: number;
  anchor: 'start' | 'middle' | 'end';
  hidden?: boolean;
}

/**
 * Phase 2: islands (ids 0 … n − 1) and the labels placed so far (id n + k for island k) on a grid
 * over the viewport, and the greedy search for each label's spot.
 */
class LabelBoard {
  private readonly n: number;
  private readonly grid: BoxGrid;
  private readonly boxes: Float64Array;
  private readonly near: number[] = [];
  private readonly box = new Float64Array(4);
  private readonly gaps: [number, number];
  private readonly pad: number;
  private readonly minX: number;
  private readonly minY: number;
  private readonly maxX: number;
  private readonly maxY: number;

  constructor(
    private readonly px: Float64Array,
    private readonly py: Float64Array,
    private readonly rr: Float64Array,
    private readonly viewport: Viewport,
    o: LabelOptions,
  ) {
    this.n = px.length;
    // About one cell per box: a few islands need a few cells, not the hundreds a fine grid would allocate.
    const cell = Math.max(GRID_CELL, Math.ceil(Math.sqrt((viewport.width * viewport.height) / (2 * this.n))));
    this.grid = new BoxGrid(viewport.width, viewport.height, 2 * this.n, cell);
    this.boxes = new Float64Array(4 * this.n);
    this.gaps = [o.labelGap, o.farGap];
    this.pad = o.labelPadding;
    this.minX = o.margin;
    this.minY = o.margin;
    this.maxX = viewport.width - o.margin;
    this.maxY = viewport.height - o.margin;
    for (let k = 0; k < this.n; k++) {
      const r = rr[k]!;
      if (this.visible(k)) this.grid.insert(k, px[k]! - r, py[k]! - r, px[k]! + r, py[k]! + r);
    }
  }

  private visible(k: number): boolean {
    const x = this.px[k]!;
    const y = this.py[k]!;
    const r = this.rr[k]!;
    return x + r >= 0 && x - r <= this.viewport.width && y + r >= 0 && y - r <= this.viewport.height;
  }

  /** Places the label of island k (islands must be placed in rank order) and files its box. */
  place(k: number, w: number, h: number, hideCrowded = false): LabelSpot {
    const visible = this.visible(k);
    let chosen = 0;
    if (visible) {
      chosen = -1;
      for (let c = 0; c < 16 && chosen < 0; c++) {
        this.candidate(k, w, h, c);
        if (this.conflict(k, false) === 0) chosen = c;
      }
      if (chosen < 0 && hideCrowded) return { ...this.candidate(k, w, h, 0), hidden: true };
      if (chosen < 0) {
        // Nothing is clear: rank every spot by how much it overlaps, the earlier one wins ties.
        let best = Infinity;
        for (let c = 0; c < 16; c++) {
          this.candidate(k, w, h, c);
          const cost = this.conflict(k, true);
          if (cost < best) {
            best = cost;
            chosen = c;
          }
        }
      }
    }
    const spot = this.candidate(k, w, h, chosen);
    const box = this.box;
    this.boxes.set(box, 4 * k);
    if (visible) this.grid.insert(this.n + k, box[0]!, box[1]!, box[2]!, box[3]!);
    return spot;
  }

  /**
   * Writes the text box of candidate c into `box`: direction c mod 8 (see DIR_X), near ring for
   * c < 8, far ring after. The box's corner or edge-middle nearest the island sits at r + gap.
   */
  private candidate(k: number, w: number, h: number, c: number): LabelSpot {
    const dist = this.rr[k]! + this.gaps[c >> 3]!;
    const ux = DIR_X[c & 7]!;
    const uy = DIR_Y[c & 7]!;
    const qx = this.px[k]! + ux * dist;
    const qy = this.py[k]! + uy * dist;
    const x0 = ux > 0 ? qx : ux < 0 ? qx - w : qx - w / 2;
    const y0 = uy > 0 ? qy : uy < 0 ? qy - h : qy - h / 2;
    const box = this.box;
    box[0] = x0;
    box[1] = y0;
    box[2] = x0 + w;
    box[3] = y0 + h;
    const anchor = ux > 0 ? 'start' : ux < 0 ? 'end' : 'middle';
    const lx = anchor === 'start' ? x0 : anchor === 'end' ? x0 + w : x0 + w / 2;
    return { lx, ly: y0 + h / 2, anchor };
  }

  /**
   * 0 when `box` is inside the margins and clear of other islands and placed labels (by
   * `labelPadding`). Otherwise 1 at the first conflict, or with `measure` the overlapping area in
   * px² (an island counted as its bounding square × π/4).
   */
  private conflict(self: number, measure: boolean): number {
    const box = this.box;
    const x0 = box[0]!;
    const y0 = box[1]!;
    const x1 = box[2]!;
    const y1 = box[3]!;
    const pad = this.pad;
    let cost = 0;
    if (x0 < this.minX || y0 < this.minY || x1 > this.maxX || y1 > this.maxY) {
      if (!measure) return 1;
      const inside = overlapArea(x0, y0, x1, y1, this.minX, this.minY, this.maxX, this.maxY);
      cost += Math.max(1, (x1 - x0) * (y1 - y0) - inside);
    }
    const near = this.near;
    const count = this.grid.query(x0 - pad, y0 - pad, x1 + pad, y1 + pad, near);
    for (let q = 0; q < count; q++) {
      const id = near[q]!;
      if (id === self) continue;
      if (id < this.n) {
        const cx = this.px[id]!;
        const cy = this.py[id]!;
        const r = this.rr[id]! + pad;
        const ex = cx < x0 ? x0 - cx : cx > x1 ? cx - x1 : 0;
        const ey = cy < y0 ? y0 - cy : cy > y1 ? cy - y1 : 0;
        if (ex * ex + ey * ey >= r * r) continue;
        if (!measure) return 1;
        cost += Math.max(1, overlapArea(x0, y0, x1, y1, cx - r, cy - r, cx + r, cy + r) * (Math.PI / 4));
      } else {
        const b = 4 * (id - this.n);
        const bx0 = this.boxes[b]! - pad;
        const by0 = this.boxes[b + 1]! - pad;
        const bx1 = this.boxes[b + 2]! + pad;
        const by1 = this.boxes[b + 3]! + pad;
        if (!(x0 < bx1 && x1 > bx0 && y0 < by1 && y1 > by0)) continue;
        if (!measure) return 1;
        cost += Math.max(1, overlapArea(x0, y0, x1, y1, bx0, by0, bx1, by1));
      }
    }
    return cost;
  }
}

function overlapArea(
  ax0: number,
  ay0: number,
  ax1: number,
  ay1: number,
  bx0: number,
  by0: number,
  bx1: number,
  by1: number,
): number {
  const w = Math.min(ax1, bx1) - Math.max(ax0, bx0);
  const h = Math.min(ay1, by1) - Math.max(ay0, by0);
  return w > 0 && h > 0 ? w * h : 0;
}
