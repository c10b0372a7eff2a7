import { polygonContains } from 'd3-polygon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupHull, groupOutline, hullLabelPoint, type Point } from '../../src/geo';

/**
 * Points along a path of one M, then L lines and A arcs (circular, small, positive sweep, as the hull
 * draws its corners) and a closing Z: 24 per arc, both ends of every line.
 */
function sample(d: string): Point[] {
  const out: Point[] = [];
  let at: Point = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([MLAZ])([^MLAZ]*)/g)) {
    if (cmd === 'Z') continue;
    const n = args!.split(',').map(Number);
    if (cmd === 'M' || cmd === 'L') {
      at = [n[0]!, n[1]!];
      out.push(at);
      continue;
    }
    const [r, rx, rotation, large, sweep, x, y] = n as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    expect([rx, rotation, large, sweep]).toEqual([r, 0, 0, 1]);
    // The centre lies on the chord's bisector, on the side a small arc of increasing angle needs.
    const len = Math.hypot(x - at[0], y - at[1]);
    // A corner that turns less than the rounding is an arc to where it starts, which SVG draws as nothing.
    if (len === 0) continue;
    const [tx, ty] = [(x - at[0]) / len, (y - at[1]) / len];
    const off = Math.sqrt(Math.max(0, r * r - (len / 2) ** 2));
    const c: Point = [(at[0] + x) / 2 - ty * off, (at[1] + y) / 2 + tx * off];
    const a0 = Math.atan2(at[1] - c[1], at[0] - c[0]);
    let a1 = Math.atan2(y - c[1], x - c[0]);
    while (a1 < a0) a1 += 2 * Math.PI;
    for (let i = 1; i <= 24; i++) {
      const a = a0 + ((a1 - a0) * i) / 24;
      out.push([c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)]);
    }
    at = [x, y];
  }
  return out;
}

function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

function boundaryDistance(p: Point, polygon: Point[]): number {
  let best = Infinity;
  for (let i = 0; i < polygon.length; i++) {
    best = Math.min(best, segmentDistance(p, polygon[i]!, polygon[(i + 1) % polygon.length]!));
  }
  return best;
}

const coord = fc.double({ min: 0, max: 600, noNaN: true });
const point = fc.tuple(coord, coord) as fc.Arbitrary<Point>;
const padding = fc.double({ min: 4, max: 40, noNaN: true });

describe('groupHull', () => {
  it('contains every point with at least padding − 0.5 px to spare', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 30 }), padding, (points, pad) => {
        const d = groupHull(points, pad);
        expect(d).toMatch(/^M[^M]+Z$/);
        const outline = sample(d);
        for (const p of points) {
          expect(polygonContains(outline, p)).toBe(true);
          expect(boundaryDistance(p, outline)).toBeGreaterThanOrEqual(pad - 0.5);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('hugs the points: no boundary point is much farther than padding from all of them', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 12 }), padding, (points, pad) => {
        const outline = sample(groupHull(points, pad));
        // Each boundary point lies `pad` outside a hull edge, and every hull edge joins two points.
        for (const q of outline) {
          let nearest = Infinity;
          for (let i = 0; i < points.length; i++) {
            for (let j = i; j < points.length; j++) {
              nearest = Math.min(nearest, segmentDistance(q, points[i]!, points[j]!));
            }
          }
          expect(nearest).toBeLessThanOrEqual(pad + 1.5);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('draws a circle around one point (or several at one spot)', () => {
    for (const points of [
      [[100, 80]],
      [
        [100, 80],
        [100, 80],
        [100, 80],
      ],
    ] as Point[][]) {
      for (const q of sample(groupHull(points, 20)))
        expect(Math.hypot(q[0] - 100, q[1] - 80)).toBeCloseTo(20, 0);
    }
  });

  it('draws a capsule around two points or collinear points', () => {
    const a: Point = [50, 50];
    const b: Point = [250, 150];
    for (const points of [
      [a, b],
      [a, [150, 100], [200, 125], b, [100, 75]],
    ] as Point[][]) {
      const outline = sample(groupHull(points, 15));
      for (const q of outline) expect(Math.abs(segmentDistance(q, a, b) - 15)).toBeLessThan(0.5);
      // Both ends are covered.
      expect(polygonContains(outline, [a[0] - 10, a[1] - 5])).toBe(true);
      expect(polygonContains(outline, [b[0] + 10, b[1] + 5])).toBe(true);
    }
  });

  it('is deterministic, empty for no points, and rounds to 0.1 px', () => {
    const pts: Point[] = [
      [10.123, 20.456],
      [300.5, 40.25],
      [150, 222.22],
      [90, 90],
    ];
    const d = groupHull(pts, 12);
    expect(groupHull(pts, 12)).toBe(d);
    expect(groupHull([...pts].reverse(), 12)).toBe(d);
    for (const n of d.match(/-?[\d.]+/g)!) expect(n).toMatch(/^-?\d+(\.\d)?$/);
    expect(groupHull([], 12)).toBe('');
  });

  it('names the bad field', () => {
    expect(() => groupHull([[0, 0]], 0)).toThrow('groupHull: padding must be a positive number, got 0');
    expect(() => groupHull([[0, 0]], -2)).toThrow(/groupHull: padding/);
    expect(() =>
      groupHull(
        [
          [0, 0],
          [1, Number.NaN],
        ],
        5,
      ),
    ).toThrow(/groupHull: points\[1\]/);
    expect(() => hullLabelPoint([], 5)).toThrow(/hullLabelPoint: points/);
  });
});

describe('hullLabelPoint', () => {
  it('sits on top of the hull, above the middle of the points', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 20 }), padding, (points, pad) => {
        const [x, y] = hullLabelPoint(points, pad);
        const xs = points.map((p) => p[0]);
        expect(x).toBeCloseTo((Math.min(...xs) + Math.max(...xs)) / 2, 9);
        const outline = sample(groupHull(points, pad));
        expect(boundaryDistance([x, y], outline)).toBeLessThan(1);
        expect(polygonContains(outline, [x, y - 1.5])).toBe(false);
        expect(polygonContains(outline, [x, y + 1.5])).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is straight above a single point', () => {
    const [x, y] = hullLabelPoint([[40, 70]], 10);
    expect(x).toBe(40);
    expect(y).toBeCloseTo(60, 1);
  });
});

describe('groupOutline', () => {
  it('is groupHull and hullLabelPoint of the same points', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 20 }), padding, (points, pad) => {
        const { d, top } = groupOutline(points, pad);
        expect(d).toBe(groupHull(points, pad));
        expect(top).toEqual(hullLabelPoint(points, pad));
      }),
      { numRuns: 200 },
    );
    expect(() => groupOutline([], 5)).toThrow(/groupOutline: points must not be empty/);
  });
});
