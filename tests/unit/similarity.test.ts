import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, inverse, matrixString, scaleOf, similarityFrom } from '../../src/geo/similarity';
import type { Point } from '../../src/geo/types';

const close = (a: Point, b: Point) => {
  expect(a[0]).toBeCloseTo(b[0], 6);
  expect(a[1]).toBeCloseTo(b[1], 6);
};

describe('similarityFrom', () => {
  it('gives the identity for unmoved points', () => {
    expect(similarityFrom([0, 0], [10, 0], [0, 0], [10, 0])).toEqual({ a: 1, b: 0, e: 0, f: 0 });
  });

  it('recovers a pan, a zoom and a quarter turn', () => {
    // Turned 90° clockwise on screen (y down), doubled, then moved by (5, 7).
    const s = similarityFrom([0, 0], [1, 0], [5, 7], [5, 9]);
    expect(s).not.toBeNull();
    if (!s) return;
    expect(s.a).toBeCloseTo(0, 12);
    expect(s.b).toBeCloseTo(2, 12);
    expect(scaleOf(s)).toBeCloseTo(2, 12);
    close(apply(s, [0, 1]), [3, 7]);
    expect(matrixString(s)).toBe('matrix(0,2,-2,0,5,7)');
  });

  it('is null for coincident or non-finite points', () => {
    expect(similarityFrom([3, 3], [3, 3], [0, 0], [1, 1])).toBeNull();
    expect(similarityFrom([0, 0], [1, 0], [0, 0], [Number.NaN, 0])).toBeNull();
  });

  it('maps both pairs exactly and is undone by its inverse', () => {
    const coord = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    const point = fc.tuple(coord, coord) as fc.Arbitrary<Point>;
    fc.assert(
      fc.property(point, point, point, point, (p0, p1, q0, q1) => {
        fc.pre(Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) > 1 && Math.hypot(q1[0] - q0[0], q1[1] - q0[1]) > 1);
        const s = similarityFrom(p0, p1, q0, q1);
        expect(s).not.toBeNull();
        if (!s) return;
        const tolerance = 1e-6 * (1 + Math.abs(q0[0]) + Math.abs(q0[1]) + Math.abs(q1[0]) + Math.abs(q1[1]));
        const a = apply(s, p0);
        const b = apply(s, p1);
        expect(Math.hypot(a[0] - q0[0], a[1] - q0[1])).toBeLessThan(tolerance * 10);
        expect(Math.hypot(b[0] - q1[0], b[1] - q1[1])).toBeLessThan(tolerance * 10);
        const back = apply(inverse(s), a);
        expect(Math.hypot(back[0] - p0[0], back[1] - p0[1])).toBeLessThan(1e-3);
      }),
      { numRuns: 500 },
    );
  });
});
