/** Undirected network helpers over the dataset's links. */

export interface Edge {
  id: string;
  source: string;
  target: string;
}

/** Key of an unordered city pair: the two ids in code-point order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Where each link sits in the fan of links joining the same pair: `index` of `count`, ordered by link id,
 * so the fan is stable whatever order the file lists them in.
 */
export function fanPositions(edges: readonly Edge[]): Map<string, { index: number; count: number }> {
  const byPair = new Map<string, string[]>();
  for (const e of edges) {
    const key = pairKey(e.source, e.target);
    const ids = byPair.get(key);
    if (ids) ids.push(e.id);
    else byPair.set(key, [e.id]);
  }
  const out = new Map<string, { index: number; count: number }>();
  for (const ids of byPair.values()) {
    ids.sort();
    ids.forEach((id, index) => {
      out.set(id, { index, count: ids.length });
    });
  }
  return out;
}

/** The cities each city is linked with, and the links touching it. */
export function adjacency(
  edges: readonly Edge[],
): Map<string, { neighbours: Set<string>; links: Set<string> }> {
  const out = new Map<string, { neighbours: Set<string>; links: Set<string> }>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e) {
      e = { neighbours: new Set(), links: new Set() };
      out.set(id, e);
    }
    return e;
  };
  for (const e of edges) {
    const s = entry(e.source);
    const t = entry(e.target);
    s.neighbours.add(e.target);
    t.neighbours.add(e.source);
    s.links.add(e.id);
    t.links.add(e.id);
  }
  return out;
}
