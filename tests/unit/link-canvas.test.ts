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
