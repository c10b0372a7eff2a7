import { describe, expect, it } from 'vitest';
import { distanceToQuadratic } from '../../src/overlay/link-canvas';

describe('distanceToQuadratic', () => {
  // A straight "curve" from (0, 0) to (100, 0) with its control point on the line.
  const line = [0, 0, 50, 0, 100, 0];
  it('is the perpendicular distance beside a straight piece', () => {
    expect(distanceToQuadratic(line, 30, 4)).toBeCloseTo(4, 9);
    expect(distanceToQuadratic(line, 50, 0)).toBeCloseTo(0, 9);
  });
  it('is the distance to the nearer end beyond the ends', () => {
    expect(distanceToQuadratic(line, -3, 4)).toBeCloseTo(5, 9);
    expect(distanceToQuadratic(line, 106, 8)).toBeCloseTo(10, 9);
  });
  it('follows the bend of a curve', () => {
    // Control (50, 100): the curve passes through (50, 50) at t = 0.5.
    const arc = [0, 0, 50, 100, 100, 0];
    expect(distanceToQuadratic(arc, 50, 50)).toBeLessThan(0.5);
    expect(distanceToQuadratic(arc, 50, 0)).toBeGreaterThan(40);
  });
});

describe('LinkCanvas: proposed links', () => {
  /** A canvas whose 2D context records each stroke: colour, width and dash. */
  function fakeCanvas() {
    const strokes: { color: string; width: number; dash: number[] }[] = [];
    let dash: number[] = [];
    const ctx = {
      strokeStyle: '',
      lineWidth: 1,
      globalAlpha: 1,
      lineCap: 'butt',
      setTransform() {},
      clearRect() {},
      setLineDash(d: number[]) {
        dash = d;
      },
      stroke() {
        strokes.push({ color: ctx.strokeStyle, width: ctx.lineWidth, dash });
      },
    };
    const canvas = {
      className: '',
      width: 0,
      height: 0,
      style: {},
      setAttribute() {},
      getContext: () => ctx,
    };
    return { canvas, strokes };
  }

  it('strokes a proposed link hollow: its colour at the outer width, then the sea at the core width', async () => {
    const { canvas, strokes } = fakeCanvas();
    const globals = globalThis as Record<string, unknown>;
    const saved = { document: globals.document, window: globals.window, Path2D: globals.Path2D };
    globals.document = { createElement: () => canvas };
    globals.window = { devicePixelRatio: 1 };
    globals.Path2D = class {};
    try {
      const { LinkCanvas } = await import('../../src/overlay/link-canvas');
      const { linkStyle, proposedMark } = await import('../../src/overlay/palette');
      const layer = new LinkCanvas({ before() {} } as unknown as Element);
      const d = 'M0,0Q50,20,100,0';
      layer.draw(
        [
          { id: 'a', type: 'markets', proposed: true, d, state: 'normal' },
          { id: 'b', type: 'city-agreement', proposed: false, d, state: 'normal' },
        ],
        { width: 200, height: 100 },
        'light',
        { accent: '#c2410c', linkScale: 1, core: '#dde7ee' },
      );
      const markets = linkStyle('markets', 'light');
      const mark = proposedMark(markets, 'light');
      expect(strokes).toEqual([
        { color: markets.color, width: mark.outer, dash: mark.dash },
        { color: '#dde7ee', width: mark.core, dash: mark.dash },
        { color: linkStyle('city-agreement', 'light').color, width: 2, dash: [] },
      ]);
    } finally {
      Object.assign(globals, saved);
    }
  });
});
