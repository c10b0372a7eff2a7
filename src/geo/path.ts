import { curveCatmullRomClosed, type Line, line } from 'd3-shape';
import type { Point } from './types';

/**
 * `v` rounded to 0.1 and printed as `String(Math.round(v * 10) / 10)` would print it, but from
 * integers: printing arbitrary doubles is the dominant cost of building a path string.
 */
export function tenths(v: number): string {
  const n = Math.round(v * 10);
  const a = n < 0 ? -n : n;
  const r = a % 10;
  const i = (a - r) / 10;
  if (r === 0) return n < 0 ? `-${i}` : `${i}`;
  return n < 0 ? `-${i}.${r}` : `${i}.${r}`;
}

/** The drawing calls d3's line makes on its context, printed with `tenths`. */
class TenthsPath {
  d = '';
  moveTo(x: number, y: number): void {
    this.d += `M${tenths(x)},${tenths(y)}`;
  }
  lineTo(x: number, y: number): void {
    this.d += `L${tenths(x)},${tenths(y)}`;
  }
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    this.d += `C${tenths(x1)},${tenths(y1)},${tenths(x2)},${tenths(y2)},${tenths(x)},${tenths(y)}`;
  }
  closePath(): void {
    this.d += 'Z';
  }
}

const sink = new TenthsPath();
// d3's curve does the geometry; only the printing is ours. The output is byte-identical to
// line().curve(curveCatmullRomClosed).digits(1), about three times faster, plus a closing 'Z'
// (d3 ends back on the first vertex without one, leaving an unjoined stroke there).
const closedCurve = line<Point>()
  .curve(curveCatmullRomClosed)
  .context(sink as unknown as Parameters<Line<Point>['context']>[0]);

/** Smooth closed SVG path through `points` (centripetal Catmull–Rom), 0.1 px precision. */
export function closedCurvePath(points: readonly Point[]): string {
  sink.d = '';
  closedCurve(points as Point[]);
  return points.length > 0 ? `${sink.d}Z` : '';
}
