import type { Point, Viewport } from './types';

export const EDGE_DEFAULTS = Object.freeze({
  /** Distance of the indicator rectangle from the viewport's border, px. */
  inset: 28,
  /** How close to an edge line an indicator must be to count as sitting on that edge, px. */
  tolerance: 0.5,
});

export interface EdgeIndicator {
  x: number;
  y: number;
  /** Direction from the indicator towards the target: degrees, 0 = east, clockwise positive. */
  angle: number;
  offscreen: boolean;
}

export interface IndicatorItem {
  id: string;
  x: number;
  y: number;
}

const DEG = 180 / Math.PI;

function checkViewport(fn: string, viewport: Viewport, inset: number): void {
  if (!(viewport && Number.isFinite(viewport.width) && viewport.width > 0)) {
    throw new RangeError(`${fn}: viewport.width must be a positive number, got ${String(viewport?.width)}`);
  }
  if (!(Number.isFinite(viewport.height) && viewport.height > 0)) {
    throw new RangeError(`${fn}: viewport.height must be a positive number, got ${String(viewport.height)}`);
  }
  const limit = Math.min(viewport.width, viewport.height) / 2;
  if (!(Number.isFinite(inset) && inset >= 0 && inset < limit)) {
    throw new RangeError(`${fn}: inset must be a number from 0 to below ${limit}, got ${String(inset)}`);
  }
}

/**
 * Where to show a marker for `target`. Outside the viewport shrunk by `inset` (edges included
 * as inside), the marker sits where the ray from the viewport's centre to the target crosses that
 * rectangle, and `angle` points along the ray to the target. Inside, the marker is the target
 * itself, with `offscreen: false` and the angle of the same ray.
 */
export function edgeIndicator(
  target: Point,
  viewport: Viewport,
  inset: number = EDGE_DEFAULTS.inset,
): EdgeIndicator {
  checkViewport('edgeIndicator', viewport, inset);
  const tx = target?.[0];
  const ty = target?.[1];
  if (!(Number.isFinite(tx) && Number.isFinite(ty))) {
    throw new RangeError(`edgeIndicator: target must be a finite [x, y] pair, got ${String(target)}`);
  }
  const cx = viewport.width / 2;
  const cy = viewport.height / 2;
  const dx = tx! - cx;
  const dy = ty! - cy;
  const angle = dx === 0 && dy === 0 ? 0 : Math.atan2(dy, dx) * DEG;
  const halfW = cx - inset;
  const halfH = cy - inset;
  if (Math.abs(dx) <= halfW && Math.abs(dy) <= halfH) return { x: tx!, y: ty!, angle, offscreen: false };
  // The ray leaves through whichever side it reaches first; on that side the coordinate is exact.
  const sx = dx === 0 ? Infinity : halfW / Math.abs(dx);
  const sy = dy === 0 ? Infinity : halfH / Math.abs(dy);
  if (sx <= sy) {
    return { x: dx > 0 ? cx + halfW : cx - halfW, y: cy + dy * sx, angle, offscreen: true };
  }
  return { x: cx + dx * sy, y: dy > 0 ? cy + halfH : cy - halfH, angle, offscreen: true };
}

/**
 * Spreads indicators that would overlap so neighbours are at least `minGap` apart along the
 * border, moving them as little as possible (least squares; order along the border kept, ties
 * broken by id, so the result does not depend on the input order). Returns copies in the input
 * order; items on no edge are returned unchanged.
 *
 * Pass the `viewport` and `inset` given to `edgeIndicator`: the inset rectangle's border is then
 * one loop, so a stack can turn a corner instead of piling up in it (around a corner the gap is
 * measured along the border, so the straight distance can be down to minGap / √2), and a crowd
 * that cannot fit is spread evenly around the whole loop. Without a viewport each side of the
 * items' bounding box (every indicator lies on it) is stacked on its own, without bounds.
 */
export function stackIndicators<T extends IndicatorItem>(
  items: readonly T[],
  minGap: number,
  viewport?: Viewport,
  inset: number = EDGE_DEFAULTS.inset,
): T[] {
  if (!Array.isArray(items)) {
    throw new TypeError(`stackIndicators: items must be an array, got ${typeof items}`);
  }
  if (!(Number.isFinite(minGap) && minGap >= 0)) {
    throw new RangeError(`stackIndicators: minGap must be a finite number ≥ 0, got ${String(minGap)}`);
  }
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!(it && typeof it.id === 'string' && Number.isFinite(it.x) && Number.isFinite(it.y))) {
      throw new RangeError(`stackIndicators: items[${i}] must have a string id and finite x and y`);
    }
  }
  const out = items.map((it) => ({ ...it }));
  if (items.length < 2) return out;
  if (viewport === undefined) {
    stackOnBoundingBox(items, minGap, out);
    return out;
  }
  checkViewport('stackIndicators', viewport, inset);
  const rect = { left: inset, top: inset, right: viewport.width - inset, bottom: viewport.height - inset };
  const w = rect.right - rect.left;
  const h = rect.bottom - rect.top;
  const loop = 2 * (w + h);

  // Position along the border, clockwise on screen from the top-left corner.
  const members: number[] = [];
  const along: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const s = borderPosition(items[i]!, rect);
    if (s === undefined) continue;
    members.push(i);
    along[i] = s;
  }
  if (members.length < 2) return out;
  members.sort((a, b) => along[a]! - along[b]! || byId(items[a]!, items[b]!));
  const placed = spreadOnLoop(
    members.map((i) => along[i]!),
    minGap,
    loop,
  );
  for (let k = 0; k < members.length; k++) {
    const o = out[members[k]!]!;
    const [x, y] = pointOnBorder(placed[k]!, rect, w, h, loop);
    o.x = x;
    o.y = y;
  }
  return out;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function byId(a: IndicatorItem, b: IndicatorItem): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function borderPosition(p: IndicatorItem, r: Rect): number | undefined {
  const tol = EDGE_DEFAULTS.tolerance;
  if (p.x < r.left - tol || p.x > r.right + tol || p.y < r.top - tol || p.y > r.bottom + tol)
    return undefined;
  const x = Math.min(r.right, Math.max(r.left, p.x));
  const y = Math.min(r.bottom, Math.max(r.top, p.y));
  const w = r.right - r.left;
  const h = r.bottom - r.top;
  const dTop = Math.abs(p.y - r.top);
  const dRight = Math.abs(p.x - r.right);
  const dBottom = Math.abs(p.y - r.bottom);
  const dLeft = Math.abs(p.x - r.left);
  const d = Math.min(dTop, dRight, dBottom, dLeft);
  if (d > tol) return undefined;
  if (d === dTop) return x - r.left;
  if (d === dRight) return w + (y - r.top);
  if (d === dBottom) return w + h + (r.right - x);
  return (2 * w + h + (r.bottom - y)) % (2 * (w + h));
}

function pointOnBorder(s: number, r: Rect, w: number, h: number, loop: number): [number, number] {
  const t = ((s % loop) + loop) % loop;
  if (t <= w) return [r.left + t, r.top];
  if (t <= w + h) return [r.right, r.top + (t - w)];
  if (t <= 2 * w + h) return [r.right - (t - w - h), r.bottom];
  return [r.left, r.bottom - (t - 2 * w - h)];
}

/**
 * Sorted positions on a loop of length `loop`, spread to `gap`: cut the loop at its widest empty
 * stretch, spread the line, and fall back to even spacing when the crowd meets itself.
 */
function spreadOnLoop(sorted: number[], gap: number, loop: number): number[] {
  const n = sorted.length;
  let cut = 0;
  let widest = sorted[0]! + loop - sorted[n - 1]!;
  for (let k = 1; k < n; k++) {
    if (sorted[k]! - sorted[k - 1]! > widest) {
      widest = sorted[k]! - sorted[k - 1]!;
      cut = k;
    }
  }
  const line: number[] = [];
  for (let k = 0; k < n; k++) {
    const j = (cut + k) % n;
    line.push(sorted[j]! + (j < cut ? loop : 0));
  }
  let spread = spreadLine(line, gap);
  if (spread[n - 1]! - spread[0]! > loop - gap) {
    // Even spacing that keeps the crowd where it was on average.
    const step = loop / n;
    let shift = 0;
    for (let k = 0; k < n; k++) shift += line[k]! - k * step;
    shift /= n;
    spread = line.map((_, k) => shift + k * step);
  }
  const out: number[] = new Array(n);
  for (let k = 0; k < n; k++) out[(cut + k) % n] = spread[k]!;
  return out;
}

/** Without a viewport: each side of the bounding box stacks on its own, unbounded. */
function stackOnBoundingBox<T extends IndicatorItem>(items: readonly T[], gap: number, out: T[]): void {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const it of items) {
    left = Math.min(left, it.x);
    right = Math.max(right, it.x);
    top = Math.min(top, it.y);
    bottom = Math.max(bottom, it.y);
  }
  // Corner items join the first matching side: top, right, bottom, left.
  const sides: number[][] = [[], [], [], []];
  for (let i = 0; i < items.length; i++) {
    const { x, y } = items[i]!;
    const dist = [Math.abs(y - top), Math.abs(x - right), Math.abs(y - bottom), Math.abs(x - left)];
    let best = -1;
    for (let e = 0; e < 4; e++) {
      if (dist[e]! <= EDGE_DEFAULTS.tolerance && (best < 0 || dist[e]! < dist[best]!)) best = e;
    }
    if (best >= 0) sides[best]!.push(i);
  }
  for (let e = 0; e < 4; e++) {
    const members = sides[e]!;
    if (members.length < 2) continue;
    const horizontal = e === 0 || e === 2;
    const pos = (i: number): number => (horizontal ? items[i]!.x : items[i]!.y);
    members.sort((a, b) => pos(a) - pos(b) || byId(items[a]!, items[b]!));
    const placed = spreadLine(members.map(pos), gap);
    for (let k = 0; k < members.length; k++) {
      const o = out[members[k]!]!;
      if (horizontal) o.x = placed[k]!;
      else o.y = placed[k]!;
    }
  }
}

/**
 * Sorted positions moved apart to at least `gap` with the least total squared movement: pool
 * adjacent violators, on blocks of evenly spaced items.
 */
function spreadLine(wanted: number[], gap: number): number[] {
  const starts: number[] = [];
  const sizes: number[] = [];
  const sums: number[] = [];
  for (let i = 0; i < wanted.length; i++) {
    starts.push(wanted[i]!);
    sizes.push(1);
    sums.push(wanted[i]!);
    // A block's best start is the mean of (wanted − offset within the block).
    while (starts.length > 1) {
      const b = starts.length - 1;
      if (starts[b - 1]! + sizes[b - 1]! * gap <= starts[b]!) break;
      const sum = sums[b - 1]! + sums[b]! - sizes[b - 1]! * sizes[b]! * gap;
      const size = sizes[b - 1]! + sizes[b]!;
      starts.length = sizes.length = sums.length = b;
      starts[b - 1] = sum / size;
      sizes[b - 1] = size;
      sums[b - 1] = sum;
    }
  }
  const out: number[] = [];
  for (let b = 0; b < starts.length; b++) for (let k = 0; k < sizes[b]!; k++) out.push(starts[b]! + k * gap);
  return out;
}
