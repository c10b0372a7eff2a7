import { describe, expect, it } from 'vitest';
import { ease, FLIGHT_SECONDS, flyAt, frameAt, planFilm, TITLE_SECONDS } from '../../src/export/flight';

const helsinki = { center: [24.94, 60.17] as [number, number], zoom: 7, bearing: 0 };
const riga = { center: [24.1, 56.95] as [number, number], zoom: 7, bearing: 0 };
const region = { center: [20, 57] as [number, number], zoom: 4.5, bearing: 0 };

describe('the film clock', () => {
  it('counts frames as duration × fps: holds, and a flight before every chapter but the first', () => {
    const plan = planFilm(
      [
        { camera: region, hold: 1 },
        { camera: helsinki, hold: 2.5 },
      ],
      { fps: 10, side: 1280 },
    );
    expect(plan.frames).toBe(10 + FLIGHT_SECONDS * 10 + 25);
    const titled = planFilm([{ camera: region, hold: 1 }], { fps: 30, side: 1280, titleCard: true });
    expect(titled.frames).toBe((TITLE_SECONDS + 1) * 30);
    expect(frameAt(titled, 0).phase).toBe('title');
    expect(frameAt(titled, TITLE_SECONDS * 30).phase).toBe('hold');
  });

  it('holds exactly on the chapter camera and starts each flight where the last hold was', () => {
    const plan = planFilm(
      [
        { camera: helsinki, hold: 1 },
        { camera: riga, hold: 1 },
      ],
      { fps: 10, side: 1280 },
    );
    expect(frameAt(plan, 5)).toEqual({ phase: 'hold', chapter: 0, camera: helsinki });
    const start = frameAt(plan, 10);
    expect(start.phase).toBe('flight');
    expect(start.chapter).toBe(1);
    expect(start.camera.center[0]).toBeCloseTo(helsinki.center[0], 6);
    expect(start.camera.zoom).toBeCloseTo(helsinki.zoom, 6);
    expect(frameAt(plan, 35)).toEqual({ phase: 'hold', chapter: 1, camera: riga });
  });

  it('flies out and in between two places at one zoom, as MapLibre flyTo does', () => {
    const middle = flyAt(helsinki, riga, 0.5, 1280);
    expect(middle.zoom).toBeLessThan(helsinki.zoom - 0.3);
    expect(middle.center[1]).toBeLessThan(helsinki.center[1]);
    expect(middle.center[1]).toBeGreaterThan(riga.center[1]);
    expect(flyAt(helsinki, riga, 1, 1280)).toEqual(riga);
    // Zooming on the spot moves the zoom only.
    const zoomIn = flyAt(region, { ...region, zoom: 6.5 }, 0.5, 1280);
    expect(zoomIn.center[0]).toBeCloseTo(region.center[0], 9);
    expect(zoomIn.zoom).toBeGreaterThan(region.zoom);
    expect(zoomIn.zoom).toBeLessThan(6.5);
  });

  it('eases from 0 to 1 without going back', () => {
    expect(ease(0)).toBeCloseTo(0, 6);
    expect(ease(1)).toBeCloseTo(1, 6);
    let last = -1;
    for (let t = 0; t <= 1; t += 0.05) {
      const e = ease(t);
      expect(e).toBeGreaterThanOrEqual(last);
      last = e;
    }
  });

  it('refuses a frame rate it cannot keep', () => {
    expect(() => planFilm([{ camera: region, hold: 1 }], { fps: 0, side: 800 })).toThrow(/frames per second/);
  });
});
