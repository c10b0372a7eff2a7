import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { islandRadius, LABEL_DEFAULTS, type LabelItem, type Placement, placeLabels } from '../../src/geo';

const VIEW = { width: 1280, height: 800 };
const SCALE = LABEL_DEFAULTS.radiusScale;

/** Web Mercator for 512 px tiles, centred on (lon0, lat0) in the middle of the viewport. */
function mercator(zoom: number, lon0 = 20.5, lat0 = 56.5) {
  const size = 512 * 2 ** zoom;
  const raw = (lon: number, lat: number): [number, number] => [
    ((lon + 180) / 360) * size,
    ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * size,
  ];
  const [cx, cy] = raw(lon0, lat0);
  return (lon: number, lat: number): [number, number] => {
    const [x, y] = raw(lon, lat);
    return [x - cx + VIEW.width / 2, y - cy + VIEW.height / 2];
  };
}

// id, name, lon, lat, metropolitan population (millions)
const BALTMET: [string, string, number, number, number][] = [
  ['berlin', 'Berlin', 13.405, 52.52, 6.1],
  ['copenhagen', 'Copenhagen', 12.5683, 55.6761, 2.1],
  ['helsinki', 'Helsinki', 24.9384, 60.1699, 1.6],
  ['malmo', 'Malmö', 13.0038, 55.605, 0.75],
  ['oslo', 'Oslo', 10.7522, 59.9139, 1.6],
  ['riga', 'Riga', 24.1052, 56.9496, 0.87],
  ['st-petersburg', 'St. Petersburg', 30.3141, 59.9386, 6.2],
  ['stockholm', 'Stockholm', 18.0686, 59.3293, 2.4],
  ['tallinn', 'Tallinn', 24.7535, 59.437, 0.61],
  ['vilnius', 'Vilnius', 25.2798, 54.6892, 0.72],
  ['warsaw', 'Warsaw', 21.0118, 52.2298, 3.3],
];

function baltmet(zoom: number): LabelItem[] {
  const project = mercator(zoom);
  const pops = BALTMET.map((c) => c[4]);
  const domain: [number, number] = [Math.min(...pops), Math.max(...pops)];
  return BALTMET.map(([id, name, lon, lat, pop]) => {
    const [x, y] = project(lon, lat);
    return { id, x, y, r: islandRadius(pop, domain), width: 8 * name.length, height: 20, priority: pop };
  });
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function labelBox(item: LabelItem, p: Placement): Box {
  const x0 = p.anchor === 'start' ? p.lx : p.anchor === 'end' ? p.lx - item.width : p.lx - item.width / 2;
  return { x0, y0: p.ly - item.height / 2, x1: x0 + item.width, y1: p.ly + item.height / 2 };
}

const boxesOverlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function boxCircleDistance(b: Box, cx: number, cy: number): number {
  const dx = Math.max(b.x0 - cx, 0, cx - b.x1);
  const dy = Math.max(b.y0 - cy, 0, cy - b.y1);
  return Math.hypot(dx, dy);
}

/** Every rule the layout promises, checked pairwise. */
function expectClean(
  items: LabelItem[],
  result: Map<string, Placement>,
  margin = LABEL_DEFAULTS.margin,
): void {
  expect(result.size).toBe(items.length);
  const boxes = items.map((it) => labelBox(it, result.get(it.id)!));
  items.forEach((a, i) => {
    const pa = result.get(a.id)!;
    const ba = boxes[i]!;
    expect(ba.x0).toBeGreaterThanOrEqual(margin - 1e-9);
    expect(ba.y0).toBeGreaterThanOrEqual(margin - 1e-9);
    expect(ba.x1).toBeLessThanOrEqual(VIEW.width - margin + 1e-9);
    expect(ba.y1).toBeLessThanOrEqual(VIEW.height - margin + 1e-9);
    // Within reach of the true position, with a leader line whenever it moved.
    const moved = Math.hypot(pa.cx - a.x, pa.cy - a.y);
    expect(moved).toBeLessThanOrEqual(LABEL_DEFAULTS.maxShift * a.r + 1e-9);
    expect(pa.displaced).toBe(moved > 0.5);
    items.forEach((b, j) => {
      const pb = result.get(b.id)!;
      // No label over any island (its full outline reaches r × radiusScale).
      expect(boxCircleDistance(ba, pb.cx, pb.cy), `${a.id} label over ${b.id}`).toBeGreaterThanOrEqual(
        b.r * SCALE,
      );
      if (j <= i) return;
      expect(boxesOverlap(ba, boxes[j]!), `${a.id} label over ${b.id} label`).toBe(false);
      const gap = Math.hypot(pa.cx - pb.cx, pa.cy - pb.cy) - (a.r + b.r) * SCALE;
      expect(gap, `${a.id} island over ${b.id}`).toBeGreaterThan(0);
    });
  });
}

describe('placeLabels', () => {
  it('pushes apart two islands at the same spot and labels both clear of them', () => {
    const items: LabelItem[] = [
      { id: 'a', x: 640, y: 400, r: 15, width: 60, height: 20, priority: 2 },
      { id: 'b', x: 640, y: 400, r: 12, width: 50, height: 20, priority: 1 },
    ];
    const result = placeLabels(items, VIEW);
    const a = result.get('a')!;
    const b = result.get('b')!;
    expect(a.displaced && b.displaced).toBe(true);
    expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(
      (15 + 12) * SCALE + LABEL_DEFAULTS.gap - 0.05,
    );
    expectClean(items, result);
  });

  it('separates Copenhagen and Malmö along the line between them', () => {
    const items = baltmet(5);
    const cph = items.find((i) => i.id === 'copenhagen')!;
    const mal = items.find((i) => i.id === 'malmo')!;
    expect(Math.hypot(cph.x - mal.x, cph.y - mal.y)).toBeLessThan(30);
    const result = placeLabels(items, VIEW);
    const c = result.get('copenhagen')!;
    const m = result.get('malmo')!;
    expect(c.displaced && m.displaced).toBe(true);
    // Still west of Malmö, moved along the Copenhagen–Malmö line.
    expect(c.cx).toBeLessThan(m.cx);
    const along = (p: { x: number; y: number }, q: { cx: number; cy: number }) =>
      Math.abs((mal.x - cph.x) * (q.cy - p.y) - (mal.y - cph.y) * (q.cx - p.x)) /
      Math.hypot(mal.x - cph.x, mal.y - cph.y);
    expect(along(cph, c)).toBeLessThan(1);
    expect(along(mal, m)).toBeLessThan(1);
    expectClean(items, result);
  });

  it('lays out the 11 BaltMet cities with no label over an island or another label', () => {
    for (const zoom of [4.6, 3.5, 4, 5]) {
      const items = baltmet(zoom);
      expectClean(items, placeLabels(items, VIEW));
    }
  });

  it('puts the label on the right when there is room', () => {
    const result = placeLabels(
      [{ id: 'solo', x: 300, y: 300, r: 10, width: 40, height: 20, priority: 1 }],
      VIEW,
    );
    expect(result.get('solo')).toEqual({
      cx: 300,
      cy: 300,
      lx: 300 + 10 * SCALE + LABEL_DEFAULTS.labelGap,
      ly: 300,
      anchor: 'start',
      displaced: false,
    });
    const edge = placeLabels([{ id: 'e', x: 1260, y: 300, r: 10, width: 40, height: 20, priority: 1 }], VIEW);
    expect(edge.get('e')!.anchor).toBe('end');
    const corner = placeLabels(
      [{ id: 'c', x: 1270, y: 790, r: 10, width: 40, height: 20, priority: 1 }],
      VIEW,
    );
    expect(['end', 'middle']).toContain(corner.get('c')!.anchor);
    expect(corner.get('c')!.ly).toBeLessThan(790);
  });

  it('is deterministic and independent of the input order', () => {
    const items = baltmet(3.5);
    const first = placeLabels(items, VIEW);
    expect(placeLabels(items, VIEW)).toEqual(first);
    const shuffled = [...items].reverse();
    const again = placeLabels(shuffled, VIEW);
    for (const it of items) expect(again.get(it.id)).toEqual(first.get(it.id));
  });

  it('separates any two islands that can reach far enough apart', () => {
    const item = fc.record({
      x: fc.double({ min: 80, max: 1200, noNaN: true }),
      y: fc.double({ min: 60, max: 740, noNaN: true }),
      r: fc.double({ min: 9, max: 26, noNaN: true }),
      priority: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(item, item, fc.boolean(), (p, q, same) => {
        const items: LabelItem[] = [
          { id: 'p', ...p, width: 50, height: 20 },
          { id: 'q', ...q, ...(same ? { x: p.x, y: p.y } : {}), width: 70, height: 20 },
        ];
        const result = placeLabels(items, VIEW);
        const a = result.get('p')!;
        const b = result.get('q')!;
        const need = (p.r + q.r) * SCALE + LABEL_DEFAULTS.gap;
        const start = Math.hypot(items[0]!.x - items[1]!.x, items[0]!.y - items[1]!.y);
        const reach = LABEL_DEFAULTS.maxShift * (p.r + q.r);
        if (start + reach >= need) expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThan(need - 0.1);
        expect(Math.hypot(a.cx - items[0]!.x, a.cy - items[0]!.y)).toBeLessThanOrEqual(
          LABEL_DEFAULTS.maxShift * p.r + 1e-9,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same layout for the same random scene', () => {
    const item = fc.record({
      x: fc.double({ min: -200, max: 1500, noNaN: true }),
      y: fc.double({ min: -200, max: 1000, noNaN: true }),
      r: fc.double({ min: 9, max: 26, noNaN: true }),
      chars: fc.integer({ min: 3, max: 12 }),
      priority: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (raw) => {
        const items = raw.map((r, i) => ({ id: `c${i}`, ...r, width: 8 * r.chars, height: 20 }));
        const result = placeLabels(items, VIEW);
        const reversed = placeLabels([...items].reverse(), VIEW);
        for (const it of items) expect(reversed.get(it.id)).toEqual(result.get(it.id));
        for (const p of result.values()) {
          expect([p.cx, p.cy, p.lx, p.ly].every(Number.isFinite)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('places islands outside the viewport without searching', () => {
    const result = placeLabels(
      [
        { id: 'far', x: -500, y: 300, r: 10, width: 40, height: 20, priority: 1 },
        { id: 'near', x: 300, y: 300, r: 10, width: 40, height: 20, priority: 1 },
      ],
      VIEW,
    );
    expect(result.get('far')).toMatchObject({ cx: -500, cy: 300, anchor: 'start', displaced: false });
    expect(placeLabels([], VIEW).size).toBe(0);
  });

  it('names the bad field', () => {
    const ok: LabelItem = { id: 'a', x: 1, y: 1, r: 5, width: 10, height: 10, priority: 1 };
    expect(() => placeLabels([{ ...ok, r: -1 }], VIEW)).toThrow(
      'placeLabels: items[0].r must be a positive number, got -1',
    );
    expect(() => placeLabels([ok, { ...ok }], VIEW)).toThrow(/placeLabels: items\[1\]\.id must be unique/);
    expect(() => placeLabels([{ ...ok, x: Number.NaN }], VIEW)).toThrow(/items\[0\]\.x/);
    expect(() => placeLabels([{ ...ok, width: -3 }], VIEW)).toThrow(/items\[0\]\.width/);
    expect(() => placeLabels([ok], { width: 0, height: 10 })).toThrow(/placeLabels: viewport.width/);
    expect(() => placeLabels([ok], VIEW, { iterations: -1 })).toThrow(/placeLabels: options.iterations/);
    expect(() => placeLabels([ok], VIEW, { margin: Number.NaN })).toThrow(/options.margin/);
  });
});

describe('placeLabels with hideCrowded', () => {
  const crowd = Array.from({ length: 30 }, (_, i) => ({
    id: `c${String(i).padStart(2, '0')}`,
    x: 100 + (i % 6) * 6,
    y: 100 + Math.floor(i / 6) * 6,
    r: 3,
    width: 60,
    height: 14,
    priority: 30 - i,
  }));

  it('hides the labels that find no clear spot, keeping the first ones by priority', () => {
    const placed = placeLabels(crowd, { width: 400, height: 300 }, { hideCrowded: true, iterations: 0 });
    const shown = crowd.filter((c) => !placed.get(c.id)?.hidden).map((c) => c.id);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(crowd.length);
    expect(shown[0]).toBe('c00');
    const boxes = shown.map((id) => {
      const p = placed.get(id)!;
      const x0 = p.anchor === 'start' ? p.lx : p.anchor === 'end' ? p.lx - 60 : p.lx - 30;
      return { x0, y0: p.ly - 7, x1: x0 + 60, y1: p.ly + 7 };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
  });

  it('hides nothing by default', () => {
    const placed = placeLabels(crowd, { width: 400, height: 300 });
    expect([...placed.values()].some((p) => p.hidden)).toBe(false);
  });
});

describe('placeLabels with labelLimit', () => {
  it('hides the names beyond the limit without looking for a spot, keeping the first by priority', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({
      id: `c${i}`,
      x: 40 + i * 120,
      y: 200,
      r: 4,
      width: 50,
      height: 14,
      priority: 10 - i,
    }));
    const placed = placeLabels(items, { width: 1400, height: 400 }, { hideCrowded: true, labelLimit: 3 });
    expect(items.filter((c) => !placed.get(c.id)?.hidden).map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
  });
  it('refuses a limit that is not a count', () => {
    expect(() => placeLabels([], { width: 10, height: 10 }, { labelLimit: -1 })).toThrow(RangeError);
    expect(() => placeLabels([], { width: 10, height: 10 }, { labelLimit: 2.5 })).toThrow(RangeError);
  });
});
