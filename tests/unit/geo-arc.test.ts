import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARC_DEFAULTS, linkArc, type Point, unitArc } from '../../src/geo';

interface Quad {
  p0: Point;
  c: Point;
  p1: Point;
}

function parse(d: string): Quad {
  const m = /^M(-?[\d.]+),(-?[\d.]+)Q(-?[\d.]+),(-?[\d.]+),(-?[\d.]+),(-?[\d.]+)$/.exec(d);
  if (!m) throw new Error(`not a quadratic path: ${d}`);
  const n = m.slice(1).map(Number);
  return { p0: [n[0]!, n[1]!], c: [n[2]!, n[3]!], p1: [n[4]!, n[5]!] };
}

function at(q: Quad, t: number): Point {
  const s = 1 - t;
  return [
    s * s * q.p0[0] + 2 * s * t * q.c[0] + t * t * q.p1[0],
    s * s * q.p0[1] + 2 * s * t * q.c[1] + t * t * q.p1[1],
  ];
}

const dist = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
/** Signed distance of c from the line a→b, positive on the left (screen, y down). */
const side = (a: Point, b: Point, c: Point): number =>
  ((b[0] - a[0]) * (a[1] - c[1]) - (b[1] - a[1]) * (a[0] - c[0])) / dist(a, b);

/** Difference of two angles in degrees, ignoring whole turns. */
const angleGap = (a: number, b: number): number => {
  const d = (((a - b) % 360) + 360) % 360;
  return Math.min(d, 360 - d);
};

const coord = fc.double({ min: -2000, max: 2000, noNaN: true });
const point = fc.tuple(coord, coord) as fc.Arbitrary<Point>;
const apart = fc.tuple(point, point).filter(([a, b]) => dist(a, b) > 5);

describe('linkArc', () => {
  it('runs from p0 to p1', () => {
    fc.assert(
      fc.property(apart, ([p0, p1]) => {
        const q = parse(linkArc(p0, p1).d);
        expect(dist(q.p0, p0)).toBeLessThan(0.08);
        expect(dist(q.p1, p1)).toBeLessThan(0.08);
      }),
      { numRuns: 300 },
    );
  });

  it('bows by bend × distance, to the upper side of an east–west link', () => {
    const q = parse(linkArc([100, 300], [500, 300]).d);
    expect(q.c[0]).toBeCloseTo(300, 5);
    expect(q.c[1]).toBeCloseTo(300 - ARC_DEFAULTS.bend * 400, 5);
    expect(parse(linkArc([100, 300], [500, 300], { bend: 0 }).d).c).toEqual([300, 300]);
  });

  it('reports the curve point at t = 0.5, the tangent there and the length', () => {
    fc.assert(
      fc.property(apart, ([p0, p1]) => {
        const arc = linkArc(p0, p1);
        const q = parse(arc.d);
        const m = at(q, 0.5);
        expect(dist(arc.mid, m)).toBeLessThan(0.1);
        // A quadratic's tangent at t = 0.5 is parallel to its chord.
        const expected = (Math.atan2(p1[1] - p0[1], p1[0] - p0[0]) * 180) / Math.PI;
        expect(angleGap(arc.angle, expected)).toBeLessThan(1e-6);
        let polyline = 0;
        for (let i = 0; i < 400; i++) polyline += dist(at(q, i / 400), at(q, (i + 1) / 400));
        expect(Math.abs(arc.length - polyline)).toBeLessThan(0.3 + polyline * 1e-4);
        expect(arc.length).toBeGreaterThan(dist(p0, p1) - 0.1);
      }),
      { numRuns: 200 },
    );
  });

  it('trims each end by exactly its trim length', () => {
    fc.assert(
      fc.property(
        apart,
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        ([p0, p1], t0, t1) => {
          fc.pre(dist(p0, p1) > t0 + t1 + 5);
          const arc = linkArc(p0, p1, { trim: [t0, t1] });
          const q = parse(arc.d);
          expect(Math.abs(dist(q.p0, p0) - t0)).toBeLessThan(0.5);
          expect(Math.abs(dist(q.p1, p1) - t1)).toBeLessThan(0.5);
          // The trimmed piece lies on the untrimmed curve.
          const full = parse(linkArc(p0, p1).d);
          const m = at(q, 0.5);
          let nearest = Infinity;
          for (let i = 0; i <= 2000; i++) nearest = Math.min(nearest, dist(m, at(full, i / 2000)));
          expect(nearest).toBeLessThan(0.5 + dist(p0, p1) * 2e-3);
          // The cut pieces are nearly straight: a little longer than their chords, the trims.
          const removed = linkArc(p0, p1).length - arc.length;
          expect(removed).toBeGreaterThanOrEqual(t0 + t1 - 1e-6);
          expect(removed).toBeLessThanOrEqual((t0 + t1) * 1.1 + 1e-6);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('fans links between one pair symmetrically around the plain bend', () => {
    const p0: Point = [200, 500];
    const p1: Point = [700, 250];
    const plain = parse(linkArc(p0, p1).d);
    const fan = [0, 1, 2].map((index) => parse(linkArc(p0, p1, { index, count: 3 }).d));
    expect(fan[1]).toEqual(plain);
    const offsets = fan.map((q) => side(p0, p1, q.c));
    expect(offsets[0]).toBeLessThan(offsets[1]!);
    expect(offsets[2]).toBeGreaterThan(offsets[1]!);
    expect(offsets[1]! - offsets[0]!).toBeCloseTo(offsets[2]! - offsets[1]!, 0);
    expect(offsets[1]! - offsets[0]!).toBeCloseTo(ARC_DEFAULTS.spacing * dist(p0, p1), 0);
    // Distinct control points on the perpendicular bisector: the curves only share endpoints.
    for (const t of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const s = fan.map((q) => side(p0, p1, at(q, t)));
      expect(s[0]).toBeLessThan(s[1]!);
      expect(s[1]).toBeLessThan(s[2]!);
    }
  });

  it('draws the same fan whichever way round the endpoints come', () => {
    fc.assert(
      fc.property(apart, fc.integer({ min: 1, max: 5 }), ([p0, p1], count) => {
        for (let index = 0; index < count; index++) {
          const fwd = linkArc(p0, p1, { index, count, trim: [10, 4] });
          const rev = linkArc(p1, p0, { index, count, trim: [4, 10] });
          if (fwd.d === '') {
            expect(rev.d).toBe('');
            continue;
          }
          const a = parse(fwd.d);
          const b = parse(rev.d);
          expect(b.p0).toEqual(a.p1);
          expect(b.p1).toEqual(a.p0);
          expect(dist(a.c, b.c)).toBeLessThan(0.15);
          expect(dist(fwd.mid, rev.mid)).toBeLessThan(1e-6);
          expect(angleGap(fwd.angle, rev.angle + 180)).toBeLessThan(1e-6);
          expect(fwd.length).toBeCloseTo(rev.length, 6);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns an empty path for degenerate input instead of NaN', () => {
    for (const arc of [
      linkArc([10, 10], [10, 10]),
      linkArc([Number.NaN, 10], [50, 10]),
      linkArc([10, 10], [Number.POSITIVE_INFINITY, 10]),
      linkArc([0, 0], [30, 0], { trim: [20, 20] }),
    ]) {
      expect(arc.d).toBe('');
      expect(arc.length).toBe(0);
      expect(Number.isFinite(arc.mid[0]) && Number.isFinite(arc.mid[1])).toBe(true);
      expect(Number.isFinite(arc.angle)).toBe(true);
    }
    expect(linkArc([10, 10], [10, 10]).mid).toEqual([10, 10]);
  });

  it('is deterministic and rounds to 0.1 px', () => {
    const a = linkArc([1.234, 5.678], [901.11, 333.33], { index: 1, count: 4, trim: [13.3, 21.7] });
    expect(linkArc([1.234, 5.678], [901.11, 333.33], { index: 1, count: 4, trim: [13.3, 21.7] })).toEqual(a);
    for (const n of a.d.match(/-?[\d.]+/g)!) expect(n).toMatch(/^-?\d+(\.\d)?$/);
  });

  it('names the bad option', () => {
    expect(() => linkArc([0, 0], [1, 1], { index: 3, count: 3 })).toThrow(/linkArc: index must be/);
    expect(() => linkArc([0, 0], [1, 1], { count: 0 })).toThrow(/linkArc: count must be a positive integer/);
    expect(() => linkArc([0, 0], [1, 1], { bend: Number.NaN })).toThrow(/linkArc: bend/);
    expect(() => linkArc([0, 0], [1, 1], { spacing: -1 })).toThrow(/linkArc: spacing/);
    expect(() => linkArc([0, 0], [1, 1], { trim: [-1, 0] })).toThrow(/linkArc: trim/);
  });
});

describe('unitArc', () => {
  it('is the untrimmed link mapped to (0, 0) → (1, 0): the same curve once a matrix puts it back', () => {
    const coord = fc.double({ min: -500, max: 1500, noNaN: true });
    fc.assert(
      fc.property(
        coord,
        coord,
        coord,
        coord,
        fc.integer({ min: 1, max: 4 }),
        fc.nat(3),
        (x0, y0, x1, y1, count, i) => {
          fc.pre(Math.hypot(x1 - x0, y1 - y0) > 1);
          const index = i % count;
          const unit = parse(unitArc([x0, y0], [x1, y1], { index, count }));
          expect(unit.p0).toEqual([0, 0]);
          expect(unit.p1).toEqual([1, 0]);
          // The similarity taking (0, 0) to p0 and (1, 0) to p1: z ↦ p0 + (p1 − p0) · z as complex numbers.
          const [a, b] = [x1 - x0, y1 - y0];
          const [u, v] = unit.c;
          const mapped: Point = [x0 + a * u - b * v, y0 + b * u + a * v];
          const drawn = parse(linkArc([x0, y0], [x1, y1], { index, count }).d);
          // The link is printed to 0.1 px and the unit curve to 1e-4 of the chord.
          const slack = 0.06 + 1e-4 * Math.hypot(a, b);
          expect(Math.abs(mapped[0] - drawn.c[0])).toBeLessThan(slack);
          expect(Math.abs(mapped[1] - drawn.c[1])).toBeLessThan(slack);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('bends to the same side whichever way the pair is given', () => {
    expect(unitArc([0, 0], [100, 0])).toBe('M0,0Q0.5,-0.18,1,0');
    // Reversed, the chord runs the other way, so the same side is the other sign in unit terms.
    expect(unitArc([100, 0], [0, 0])).toBe('M0,0Q0.5,0.18,1,0');
  });
});
