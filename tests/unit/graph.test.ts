import { describe, expect, it } from 'vitest';
import { adjacency, fanPositions, pairKey } from '../../src/data/graph';

describe('pairKey', () => {
  it('is the same for both directions', () => {
    expect(pairKey('riga', 'berlin')).toBe('berlin|riga');
    expect(pairKey('berlin', 'riga')).toBe('berlin|riga');
  });
});

describe('fanPositions', () => {
  it('numbers the links of one pair by id, whatever their direction and order', () => {
    const fan = fanPositions([
      { id: 'c', source: 'a', target: 'b' },
      { id: 'x', source: 'a', target: 'z' },
      { id: 'a', source: 'b', target: 'a' },
      { id: 'b', source: 'a', target: 'b' },
    ]);
    expect(fan.get('a')).toEqual({ index: 0, count: 3 });
    expect(fan.get('b')).toEqual({ index: 1, count: 3 });
    expect(fan.get('c')).toEqual({ index: 2, count: 3 });
    expect(fan.get('x')).toEqual({ index: 0, count: 1 });
  });
});

describe('adjacency', () => {
  it('lists neighbours and links both ways', () => {
    const adj = adjacency([
      { id: 'l1', source: 'a', target: 'b' },
      { id: 'l2', source: 'b', target: 'c' },
    ]);
    expect([...(adj.get('b')?.neighbours ?? [])].sort()).toEqual(['a', 'c']);
    expect([...(adj.get('a')?.links ?? [])]).toEqual(['l1']);
    expect(adj.get('d')).toBeUndefined();
  });
});
