import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, homeBounds, MAX_BOUNDS } from '../../src/basemap/region';
import { shipped } from './shipped';

describe('homeBounds: the default view takes in every city on the basemap', () => {
  it('is the default view for the shipped metropolises', () => {
    const points = shipped.cities.filter((c) => c.kind !== 'external').map((c) => c.coordinates);
    expect(homeBounds(points)).toEqual(DEFAULT_BOUNDS);
  });

  it('grows to Oulu, Trondheim and Bremerhaven, with a margin', () => {
    const [[west, south], [east, north]] = homeBounds([
      [25.47, 65.01],
      [10.4, 63.43],
      [8.58, 53.55],
    ]);
    expect(north).toBeCloseTo(65.61);
    expect(west).toBeCloseTo(7.58);
    expect(south).toBe(DEFAULT_BOUNDS[0][1]);
    expect(east).toBe(DEFAULT_BOUNDS[1][0]);
  });

  it('ignores cities beyond the basemap and never leaves it', () => {
    expect(homeBounds([[116.4, 39.9]])).toEqual(DEFAULT_BOUNDS);
    const [[west], [, north]] = homeBounds([
      [-7.8, 55],
      [20, 70.9],
    ]);
    expect(west).toBe(MAX_BOUNDS[0][0]);
    expect(north).toBe(MAX_BOUNDS[1][1]);
  });
});
