import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeIndicator, type Point, stackIndicators } from '../../src/geo';

const VIEW = { width: 1280, height: 800 };
const DEG = 180 / Math.PI;

describe('edgeIndicator', () => {
  it('puts an eastern target on the right edge, pointing east', () => {
    expect(edgeIndicator([2000, 400], VIEW, 28)).toEqual({ x: 1252, y: 400, angle: 0, offscreen: true });
  });

  it('follows the ray from the centre', () => {
    const r = edgeIndicator([2000, 900], VIEW);
    expect(r.offscreen).toBe(true);
    expect(r.x).toBe(1252);
    expect(r.y).toBeCloseTo(400 + 500 * (612 / 1360), 9);
    expect(r.angle).toBe(Math.atan2(500, 1360) * DEG);
    const up = edgeIndicator([640, -5000], VIEW);
    expect(up).toEqual({ x: 640, y: 28, angle: -90, offscreen: true });
    const corner = edgeIndicator([-1000, -1000], VIEW);
    expect(corner.y).toBe(28);
    expect(corner.angle).toBe(Math.atan2(-1400, -1640) * DEG);
  });

  it('leaves targets inside the inset rectangle where they are', () => {
    expect(edgeIndicator([300, 200], VIEW)).toEqual({
      x: 300,
      y: 200,
      angle: Math.atan2(-200, -340) * DEG,
      offscreen: false,
    });
    expect(edgeIndicator([1252, 772], VIEW).offscreen).toBe(false);
    expect(edgeIndicator([640, 400], VIEW)).toEqual({ x: 640, y: 400, angle: 0, offscreen: false });
    // Visible but within the inset band still gets an indicator.
    expect(edgeIndicator([1270, 400], VIEW).offscreen).toBe(true);
  });

  it('always lands on the inset rectangle, on the line to the target', () => {
    const coord = fc.double({ min: -1e5, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(coord, coord, fc.integer({ min: 0, max: 100 }), (tx, ty, inset) => {
        const r = edgeIndicator([tx, ty], VIEW, inset);
        if (!r.offscreen) {
          expect([r.x, r.y]).toEqual([tx, ty]);
          return;
        }
        const onX = Math.abs(r.x - inset) < 1e-6 || Math.abs(r.x - (1280 - inset)) < 1e-6;
        const onY = Math.abs(r.y - inset) < 1e-6 || Math.abs(r.y - (800 - inset)) < 1e-6;
        expect(onX || onY).toBe(true);
        expect(r.x).toBeGreaterThanOrEqual(inset - 1e-6);
        expect(r.x).toBeLessThanOrEqual(1280 - inset + 1e-6);
        expect(r.y).toBeGreaterThanOrEqual(inset - 1e-6);
        expect(r.y).toBeLessThanOrEqual(800 - inset + 1e-6);
        // The angle at the indicator points at the target (measurable once it is not on top of it).
        if (Math.hypot(tx - r.x, ty - r.y) < 1) return;
        const towards = Math.atan2(ty - r.y, tx - r.x) * DEG;
        const gap = Math.abs(((towards - r.angle + 540) % 360) - 180);
        expect(gap).toBeLessThan(1e-6);
      }),
      { numRuns: 500 },
    );
  });

  it('names the bad field', () => {
    expect(() => edgeIndicator([0, 0], { width: 0, height: 800 })).toThrow(/edgeIndicator: viewport.width/);
    expect(() => edgeIndicator([0, 0], { width: 100, height: Number.NaN })).toThrow(/viewport.height/);
    expect(() => edgeIndicator([0, 0], VIEW, 400)).toThrow(/edgeIndicator: inset must be/);
    expect(() => edgeIndicator([Number.NaN, 0], VIEW)).toThrow(/edgeIndicator: target must be/);
  });
});

/** Clockwise distance along the default inset border from its top-left corner. */
const LOOP = 2 * (1224 + 744);
function border({ x, y }: { x: number; y: number }): number {
  if (y === 28 && x < 1252) return x - 28;
  if (x === 1252 && y < 772) return 1224 + (y - 28);
  if (y === 772 && x > 28) return 1224 + 744 + (1252 - x);
  return 2 * 1224 + 744 + (772 - y);
}
const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
const onBorder = ({ x, y }: { x: number; y: number }): boolean =>
  ((close(x, 28) || close(x, 1252)) && y >= 28 - 1e-9 && y <= 772 + 1e-9) ||
  ((close(y, 28) || close(y, 772)) && x >= 28 - 1e-9 && x <= 1252 + 1e-9);

describe('stackIndicators', () => {
  const onRight = (id: string, y: number) => ({ id, x: 1252, y });

  it('spreads a pile on one edge by minGap, centred where it was, ordered by id', () => {
    const out = stackIndicators([onRight('c', 400), onRight('a', 400), onRight('b', 400)], 24, VIEW);
    expect(out.map((o) => o.id)).toEqual(['c', 'a', 'b']);
    expect(out.map((o) => o.x)).toEqual([1252, 1252, 1252]);
    const byId = Object.fromEntries(out.map((o) => [o.id, o.y]));
    expect(byId).toEqual({ a: 376, b: 400, c: 424 });
  });

  it('moves as little as possible and leaves separated indicators alone', () => {
    const items = [onRight('a', 100), onRight('b', 110), onRight('c', 300), { id: 'd', x: 500, y: 28 }];
    const out = stackIndicators(items, 20, VIEW);
    expect(out[0]!.y).toBeCloseTo(95, 9);
    expect(out[1]!.y).toBeCloseTo(115, 9);
    expect(out[2]).toEqual(items[2]);
    expect(out[3]).toEqual(items[3]);
    expect(out[0]).not.toBe(items[0]);
  });

  it('leaves items off the border alone', () => {
    const items = [
      { id: 'a', x: 300, y: 300 },
      { id: 'b', x: 300, y: 300 },
    ];
    expect(stackIndicators(items, 20, VIEW)).toEqual(items);
  });

  it('turns a corner instead of piling up in it', () => {
    const near = stackIndicators([onRight('a', 770), onRight('b', 772), onRight('c', 772)], 30, VIEW);
    for (const o of near) expect(onBorder(o)).toBe(true);
    const s = near.map(border).sort((a, b) => a - b);
    expect(s[1]! - s[0]!).toBeCloseTo(30, 9);
    expect(s[2]! - s[1]!).toBeCloseTo(30, 9);
    // The last one went round the bottom-right corner.
    expect(near.some((o) => o.y === 772 && o.x < 1252)).toBe(true);
  });

  it('spreads a crowd that cannot fit evenly around the whole border', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ id: `t${i}`, x: 640, y: 28 }));
    const out = stackIndicators(many, 40, VIEW);
    for (const o of out) expect(onBorder(o)).toBe(true);
    const s = out.map(border).sort((a, b) => a - b);
    for (let k = 1; k < s.length; k++) expect(s[k]! - s[k - 1]!).toBeCloseTo(LOOP / 200, 6);
  });

  it('keeps neighbours minGap apart along the border, whatever the input order', () => {
    const item = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      along: fc.double({ min: 28, max: 772, noNaN: true }),
      edge: fc.constantFrom('top', 'right', 'bottom', 'left'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 30 }), (raw) => {
        const items = raw.map(({ id, along, edge }) => {
          const p: Point =
            edge === 'top'
              ? [along, 28]
              : edge === 'bottom'
                ? [along, 772]
                : [edge === 'left' ? 28 : 1252, along];
          return { id, x: p[0], y: p[1] };
        });
        const out = stackIndicators(items, 16, VIEW);
        const reversed = stackIndicators([...items].reverse(), 16, VIEW).reverse();
        expect(reversed).toEqual(out);
        for (const o of out) expect(onBorder(o)).toBe(true);
        const s = out.map(border).sort((a, b) => a - b);
        for (let k = 0; k + 1 < s.length; k++) expect(s[k + 1]! - s[k]!).toBeGreaterThan(16 - 1e-6);
        if (s.length > 1) expect(s[0]! + LOOP - s[s.length - 1]!).toBeGreaterThan(16 - 1e-6);
        for (let i = 0; i < out.length; i++) {
          for (let j = i + 1; j < out.length; j++) {
            const d = Math.hypot(out[i]!.x - out[j]!.x, out[i]!.y - out[j]!.y);
            expect(d).toBeGreaterThan(16 / Math.SQRT2 - 1e-6);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('works without a viewport, stacking each side of the items’ bounding box', () => {
    const out = stackIndicators(
      [
        { id: 'a', x: 1252, y: 400 },
        { id: 'b', x: 1252, y: 400 },
        { id: 'c', x: 28, y: 100 },
      ],
      10,
    );
    expect(out.map((o) => o.y)).toEqual([395, 405, 100]);
  });

  it('names the bad field', () => {
    expect(() => stackIndicators([], -1)).toThrow(/stackIndicators: minGap/);
    expect(() => stackIndicators([{ id: 'a', x: Number.NaN, y: 0 }], 5)).toThrow(
      /stackIndicators: items\[0\]/,
    );
    expect(() => stackIndicators([onRight('a', 1), onRight('b', 1)], 5, { width: -1, height: 5 })).toThrow(
      /stackIndicators: viewport.width/,
    );
  });
});
