import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { DEFAULT_BOUNDS } from '../../src/basemap/region';
import { formatIssue, validateDataset } from '../../src/data/validate';

const SIZES = [
  { cities: 300, links: 1000 },
  { cities: 2000, links: 10_000 },
];

describe('syntheticDataset', () => {
  for (const size of SIZES) {
    describe(`${size.cities} cities, ${size.links} links`, () => {
      const dataset = syntheticDataset({ ...size, seed: 7 });

      it('is a valid dataset', () => {
        // Through JSON, as the browser receives it.
        const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
        expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
      });

      it('has exactly the requested counts, unique ids and no repeated pair', () => {
        expect(dataset.cities).toHaveLength(size.cities);
        expect(dataset.links).toHaveLength(size.links);
        expect(new Set(dataset.cities.map((c) => c.id)).size).toBe(size.cities);
        expect(new Set(dataset.links.map((l) => l.id)).size).toBe(size.links);
        const pairs = new Set(dataset.links.map((l) => [l.source, l.target].sort().join(' ')));
        expect(pairs.size).toBe(size.links);
      });

      it('puts every city inside the default view of the basemap', () => {
        const [[west, south], [east, north]] = DEFAULT_BOUNDS;
        const outside = dataset.cities.filter(({ coordinates: [lon, lat] }) => {
          return !(lon >= west && lon <= east && lat >= south && lat <= north);
        });
        expect(outside).toEqual([]);
      });
    });
  }

  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(syntheticDataset({ cities: 300, links: 1000, seed: 1 }));
    expect(JSON.stringify(syntheticDataset({ cities: 300, links: 1000, seed: 1 }))).toBe(a);
    expect(JSON.stringify(syntheticDataset({ cities: 300, links: 1000, seed: 2 }))).not.toBe(a);
  });

  it('refuses more links than distinct pairs', () => {
    expect(() => syntheticDataset({ cities: 3, links: 4, seed: 1 })).toThrow(/cannot join/);
  });
});
