export interface Located {
  id: string;
  x: number;
  y: number;
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * The island an arrow key should move focus to: among those lying within 60° of the key's direction,
 * the one with the smallest distance, penalising sideways offset so "right" prefers what is straight
 * to the right over what is near but mostly above. Ties go to the smaller id, so the walk is stable.
 */
export function nearestInDirection(
  from: Located,
  candidates: readonly Located[],
  key: string,
): string | null {
  const dir = DIRECTIONS[key];
  if (!dir) return null;
  let best: string | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * dir[0] + dy * dir[1];
    if (along <= 0) continue;
    const across = Math.abs(dx * dir[1] - dy * dir[0]);
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== null && c.id < best)) {
      best = c.id;
      bestScore = score;
    }
  }
  return best;
}
