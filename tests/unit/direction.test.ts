import { describe, expect, it } from 'vitest';
import { nearestInDirection } from '../../src/geo/direction';

const from = { id: 'o', x: 0, y: 0 };
const around = [
  { id: 'e', x: 100, y: 0 },
  { id: 'ne', x: 60, y: -70 },
  { id: 'n', x: 0, y: -50 },
  { id: 'w', x: -80, y: 10 },
  { id: 's', x: 5, y: 120 },
];

describe('nearestInDirection', () => {
  it('picks the island lying in the direction of each arrow key', () => {
    expect(nearestInDirection(from, around, 'ArrowRight')).toBe('e');
    expect(nearestInDirection(from, around, 'ArrowUp')).toBe('n');
    expect(nearestInDirection(from, around, 'ArrowLeft')).toBe('w');
    expect(nearestInDirection(from, around, 'ArrowDown')).toBe('s');
  });

  it('prefers what is straight ahead over what is nearer but off to the side', () => {
    expect(
      nearestInDirection(
        from,
        [
          { id: 'side', x: 40, y: -60 },
          { id: 'ahead', x: 90, y: 5 },
        ],
        'ArrowRight',
      ),
    ).toBe('ahead');
  });

  it('returns null when nothing lies that way, or for other keys', () => {
    expect(nearestInDirection(from, [{ id: 'w', x: -10, y: 0 }], 'ArrowRight')).toBeNull();
    expect(nearestInDirection(from, around, 'Enter')).toBeNull();
  });

  it('breaks ties by id', () => {
    const tie = [
      { id: 'b', x: 50, y: 10 },
      { id: 'a', x: 50, y: -10 },
    ];
    expect(nearestInDirection(from, tie, 'ArrowRight')).toBe('a');
  });
});
