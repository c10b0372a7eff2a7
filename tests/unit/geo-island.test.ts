import { curveCatmullRomClosed, line } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coastRings,
  hashString,
  ISLAND_DEFAULTS,
  islandOutline,
  islandPath,
  islandRadius,
  type Point,
  seededRandom,
} from '../../src/geo';

/** The on-curve points of a path made of one M and then C segments: the outline's vertices. */
function vertices(d: string): Point[] {
  const out: Point[] = [];
  for (const [, cmd, args] of d.matchAll(/([MC])([^MCZ]*)/g)) {
    const n = args!.split(',').map(Number);
    out.push(cmd === 'M' ? [n[0]!, n[1]!] : [n[4]!, n[5]!]);
  }
  return out;
}

const CITIES = ['berlin', 'copenhagen', 'helsinki', 'malmo', 'oslo', 'riga', 'st-petersburg', 'stockholm'];

describe('hashString / seededRandom', () => {
  it('is FNV-1a over UTF-8', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
    expect(hashString('€')).toBe(0x298f832b);
    expect(hashString('😀')).toBe(0x33a29608);
  });

  it('gives the same sequence for a seed, in [0, 1)', () => {
    const a = seededRandom('riga');
    const b = seededRandom('riga');
    const xs = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(seededRandom('tallinn')()).not.toBe(xs[0]);
  });
});

describe('islandOutline', () => {
  it('keeps every vertex between 0.7 and 1.25 × radius, at evenly spaced angles', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.double({ min: 1, max: 80, noNaN: true }), (id, radius) => {
        const pts = islandOutline(id, radius);
        expect(pts).toHaveLength(ISLAND_DEFAULTS.vertices);
        pts.forEach(([x, y], i) => {
          const r = Math.hypot(x, y);
          expect(r).toBeGreaterThanOrEqual(0.7 * radius - 1e-9);
          expect(r).toBeLessThanOrEqual(1.25 * radius + 1e-9);
          // One vertex per angle, in order: the polygon is star-shaped, so it cannot self-intersect.
          const angle = (Math.atan2(y, x) + 2 * Math.PI) % (2 * Math.PI);
          expect(Math.abs(angle - (2 * Math.PI * i) / pts.length) % (2 * Math.PI)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('has lobes and bays rather than a circle', () => {
    for (const id of CITIES) {
      const radii = islandOutline(id, 20).map(([x, y]) => Math.hypot(x, y));
      expect(Math.max(...radii) / Math.min(...radii)).toBeGreaterThan(1.15);
    }
  });

  it('scales one shape with the radius', () => {
    const small = islandOutline('oslo', 10);
    const big = islandOutline('oslo', 25);
    small.forEach(([x, y], i) => {
      expect(big[i]![0]).toBeCloseTo(x * 2.5, 9);
      expect(big[i]![1]).toBeCloseTo(y * 2.5, 9);
    });
  });

  it('honours options', () => {
    expect(islandOutline('oslo', 10, { vertices: 24 })).toHaveLength(24);
    const round = islandOutline('oslo', 10, { amplitude: 0, jitter: 0, minFactor: 1, maxFactor: 1 });
    for (const [x, y] of round) expect(Math.hypot(x, y)).toBeCloseTo(10, 9);
  });

  it('names the bad field', () => {
    expect(() => islandOutline('oslo', -3)).toThrow(
      'islandOutline: radius must be a positive number, got -3',
    );
    expect(() => islandOutline('oslo', Number.NaN)).toThrow(/radius/);
    expect(() => islandOutline('', 10)).toThrow(/islandOutline: id must be/);
    expect(() => islandOutline('oslo', 10, { vertices: 3 })).toThrow(/vertices/);
    expect(() => islandPath('oslo', 0)).toThrow(/islandPath: radius/);
    expect(() => coastRings('oslo', 10, { ringOffsets: [3, -1] })).toThrow(/coastRings: ringOffsets/);
  });
});

describe('islandPath', () => {
  it('is the same for the same id and differs between ids', () => {
    const paths = CITIES.map((id) => islandPath(id, 18));
    expect(CITIES.map((id) => islandPath(id, 18))).toEqual(paths);
    expect(new Set(paths).size).toBe(CITIES.length);
  });

  it('is a closed smooth curve through the outline, at 0.1 px', () => {
    const d = islandPath('helsinki', 17.3);
    expect(d).toMatch(/^M[^MZ]+Z$/);
    expect(d).toMatch(/C/);
    for (const n of d.match(/-?[\d.]+/g)!) expect(n).toMatch(/^-?\d+(\.\d)?$/);
    // d3's own generator with the same rounding, closed for a clean stroke join.
    const d3 = line().curve(curveCatmullRomClosed).digits(1);
    for (const id of [...CITIES, 'x', 'ÄÖÜ-city']) {
      expect(islandPath(id, 13.7)).toBe(`${d3(islandOutline(id, 13.7))}Z`);
    }
  });
});

describe('coastRings', () => {
  it('draws two rings outside the island, the second outside the first', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.double({ min: 9, max: 26, noNaN: true }), (id, radius) => {
        const rings = coastRings(id, radius);
        expect(rings).toHaveLength(2);
        const island = vertices(islandPath(id, radius));
        const [inner, outer] = rings.map(vertices);
        island.forEach(([x, y], i) => {
          const r = Math.hypot(x, y);
          const ri = Math.hypot(...inner![i]!);
          const ro = Math.hypot(...outer![i]!);
          expect(ri).toBeGreaterThan(r + 1);
          expect(ro).toBeGreaterThan(ri + 1);
          // Same angle: the ring is the island's shape scaled.
          expect(Math.abs(x * inner![i]![1] - y * inner![i]![0]) / (r * ri)).toBeLessThan(0.02);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('widens the shelf with the radius', () => {
    const gap = (radius: number): number => {
      const [x, y] = vertices(coastRings('warsaw', radius)[1]!)[0]!;
      const [ix, iy] = vertices(islandPath('warsaw', radius))[0]!;
      return Math.hypot(x, y) - Math.hypot(ix, iy);
    };
    expect(gap(26)).toBeGreaterThan(gap(9));
  });
});

describe('islandRadius', () => {
  it('maps the domain onto the range by square root, clamped', () => {
    expect(islandRadius(100, [100, 10_000])).toBe(9);
    expect(islandRadius(10_000, [100, 10_000])).toBe(26);
    expect(islandRadius(1, [100, 10_000])).toBe(9);
    expect(islandRadius(1e9, [100, 10_000])).toBe(26);
    expect(islandRadius(25, [0, 100], [0, 10])).toBeCloseTo(5, 12);
    // Area in proportion to the value.
    const a = islandRadius(400, [0, 1000], [0, 30]);
    const b = islandRadius(100, [0, 1000], [0, 30]);
    expect((a * a) / (b * b)).toBeCloseTo(4, 9);
    expect(islandRadius(5, [7, 7])).toBe(17.5);
  });

  it('names the bad field', () => {
    expect(() => islandRadius(Number.NaN, [0, 1])).toThrow(/islandRadius: value/);
    expect(() => islandRadius(1, [0, Number.POSITIVE_INFINITY])).toThrow(/islandRadius: domain/);
    expect(() => islandRadius(1, [0, 1], [-1, 3])).toThrow(/islandRadius: range/);
  });
});
