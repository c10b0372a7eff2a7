import { describe, expect, it } from 'vitest';
import { cameraOf, fitCamera, fromWorld, project, toWorld, transformOf } from '../../src/geo/mercator';

describe('Web Mercator at 512 px per world', () => {
  it('puts (0, 0) in the middle and the antimeridian at the edges', () => {
    expect(toWorld([0, 0])).toEqual([256, 256]);
    expect(toWorld([-180, 0])[0]).toBe(0);
    expect(toWorld([180, 0])[0]).toBe(512);
  });

  it('matches MapLibre for Helsinki (worked out from its formula)', () => {
    // y = (180 − 180/π · ln(tan(π/4 + φ/2))) / 360 · 512 with φ = 60.17°.
    const [x, y] = toWorld([24.94, 60.17]);
    expect(x).toBeCloseTo(291.4702, 3);
    expect(y).toBeCloseTo(148.1998, 3);
  });

  it('round-trips', () => {
    for (const p of [
      [24.94, 60.17],
      [-8, 45],
      [48, 71],
      [0, 0],
    ] as [number, number][]) {
      const back = fromWorld(toWorld(p));
      expect(back[0]).toBeCloseTo(p[0], 9);
      expect(back[1]).toBeCloseTo(p[1], 9);
    }
  });
});

describe('cameras', () => {
  const view = { width: 1000, height: 600 };

  it('projects the camera centre to the middle of the view, at any zoom', () => {
    for (const zoom of [2, 4.5, 7.25]) {
      const t = transformOf({ center: [20, 58], zoom }, view);
      const [x, y] = project(t, [20, 58]);
      expect(x).toBeCloseTo(500, 6);
      expect(y).toBeCloseTo(300, 6);
      const back = cameraOf(t, view);
      expect(back.center[0]).toBeCloseTo(20, 9);
      expect(back.center[1]).toBeCloseTo(58, 9);
      expect(back.zoom).toBeCloseTo(zoom, 12);
    }
  });

  it('doubles distances per zoom level', () => {
    const a = transformOf({ center: [20, 58], zoom: 4 }, view);
    const b = transformOf({ center: [20, 58], zoom: 5 }, view);
    const d = (t: typeof a) => project(t, [25, 58])[0] - project(t, [20, 58])[0];
    expect(d(b)).toBeCloseTo(2 * d(a), 9);
  });

  it('fits bounds inside the padded view, touching it on the tighter side', () => {
    const bounds = [
      [9.75, 51.6],
      [31.3, 60.8],
    ] as const;
    const padding = { top: 50, right: 40, bottom: 30, left: 200 };
    const camera = fitCamera(bounds, view, padding);
    const t = transformOf(camera, view);
    const [x0, y1] = project(t, [bounds[0][0], bounds[0][1]]);
    const [x1, y0] = project(t, [bounds[1][0], bounds[1][1]]);
    // Both sides fit, one of them exactly.
    expect(x0).toBeGreaterThanOrEqual(200 - 1e-6);
    expect(x1).toBeLessThanOrEqual(960 + 1e-6);
    expect(y0).toBeGreaterThanOrEqual(50 - 1e-6);
    expect(y1).toBeLessThanOrEqual(570 + 1e-6);
    const tight = Math.abs(x0 - 200) < 1e-6 || Math.abs(y0 - 50) < 1e-6;
    expect(tight).toBe(true);
    // Centred in the padded area.
    expect((x0 + x1) / 2).toBeCloseTo((200 + 960) / 2, 6);
    expect((y0 + y1) / 2).toBeCloseTo((50 + 570) / 2, 6);
  });

  it('never zooms past maxZoom', () => {
    const camera = fitCamera(
      [
        [24.9, 60.1],
        [24.95, 60.2],
      ],
      view,
      { top: 0, right: 0, bottom: 0, left: 0 },
      6,
    );
    expect(camera.zoom).toBe(6);
  });
});
