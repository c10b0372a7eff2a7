/**
 * Network measures of the Archipelago: who is central, who bridges, how closely knit each neighbourhood
 * is, and the shortest chain of partnerships between two cities. Pure: no DOM. See docs/metrics.md for
 * what each measure means and the choices made here.
 *
 * Everything works on a `NetworkGraph`: an undirected multigraph of city ids. `networkGraph` builds one
 * from a dataset; the measures take any graph, so they can be tested on small hand-made ones.
 *
 * Internally the graph is turned into integer indices and a compressed adjacency list (CSR) of the
 * simple graph (parallel edges collapsed, self-loops dropped), so that all measures of 2,000 nodes and
 * 10,000 edges take a fraction of a second: Brandes' betweenness is O(n·m), and closeness comes from
 * the same breadth-first searches.
 */
import { pairKey } from './graph';
import type { Dataset } from './schema';
import { isProposed } from './sources';

/** One edge of a `NetworkGraph`: a link of the dataset, or one pair of a group's members. */
export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
}

/** An undirected graph of city ids. Parallel edges are allowed (several partnerships join one pair). */
export interface NetworkGraph {
  nodes: string[];
  edges: NetworkEdge[];
}

export interface NetworkGraphOptions {
  /** Include the external partners (Brussels, China) and their links. Default false. */
  includeExternal?: boolean;
  /** Join every pair of a group's members by an edge `group:<groupId>:<a>|<b>`. Default true. */
  groupsAsCliques?: boolean;
  /**
   * Include proposed links and groups (`status: "proposed"`: recommendations, not partnerships that
   * existed). Default false: measures and shortest paths count established partnerships only.
   */
  includeProposed?: boolean;
}

/** The measures of one city. */
export interface CityMetrics {
  /** Number of distinct neighbours. */
  degree: number;
  /** Sum of the weights of the edges touching the city, parallel edges included. */
  weightedDegree: number;
  /**
   * Share of the shortest paths between other pairs that pass through the city (Brandes, undirected,
   * over the simple graph), normalised by (n-1)(n-2)/2; 0 when n < 3. In [0, 1].
   */
  betweenness: number;
  /**
   * Closeness for graphs that may be disconnected (Wasserman–Faust): (r/(n-1)) · (r/Σd), with r the
   * number of other nodes reachable and Σd the sum of the distances to them; 0 when r = 0. In [0, 1].
   */
  closeness: number;
  /** Local clustering coefficient over the simple graph; 0 when degree < 2. In [0, 1]. */
  clustering: number;
}

/** Prefix of the ids of the edges that `networkGraph` makes from groups. Dataset ids cannot contain ':'. */
export const GROUP_EDGE_PREFIX = 'group:';

/** The id of the edge joining members `a` and `b` of group `groupId`: `group:<groupId>:<a>|<b>`, a < b. */
export function groupEdgeId(groupId: string, a: string, b: string): string {
  return `${GROUP_EDGE_PREFIX}${groupId}:${pairKey(a, b)}`;
}

/** Whether an edge id was made from a group (rather than a link of the dataset). */
export function isGroupEdgeId(id: string): boolean {
  return id.startsWith(GROUP_EDGE_PREFIX);
}

/** Code-unit order of ids, the same order as `Array.prototype.sort()` and `pairKey`. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The partnership network of a dataset.
 *
 * - Nodes: the metropolises, plus the external partners when `includeExternal`, sorted by id.
 * - Edges: every link whose two ends are included (weight 1 each; parallel links stay separate edges),
 *   then, when `groupsAsCliques`, one edge (weight 1) per pair of included members of each group, with
 *   id `group:<groupId>:<a>|<b>`. Proposed links and groups (recommendations, plans) are left out unless
 *   `includeProposed`: a network measure or a shortest path describes partnerships that exist.
 *
 * Why externals are excluded by default: Brussels (political branding) and China (joint markets) are
 * partners of every metropolis by construction (each of the 11 cities has a link to each), so counting
 * them would make them the centre of everything, put every city two steps from every other, and say
 * nothing about the Baltic network itself.
 *
 * Why groups count as cliques: a group such as the Gulf of Finland triangle (Helsinki, Tallinn,
 * St. Petersburg) is a partnership among all its members, so each pair of members is partnered.
 */
export function networkGraph(dataset: Dataset, options: NetworkGraphOptions = {}): NetworkGraph {
  const includeExternal = options.includeExternal ?? false;
  const groupsAsCliques = options.groupsAsCliques ?? true;
  const includeProposed = options.includeProposed ?? false;

  const included = new Set<string>();
  for (const city of dataset.cities) {
    if (includeExternal || city.kind === 'metropolis') included.add(city.id);
  }
  const nodes = [...included].sort(compareIds);

  const edges: NetworkEdge[] = [];
  for (const link of dataset.links ?? []) {
    if (link.source === link.target) continue;
    if (!included.has(link.source) || !included.has(link.target)) continue;
    if (!includeProposed && isProposed(link)) continue;
    edges.push({ id: link.id, source: link.source, target: link.target, weight: 1 });
  }
  if (groupsAsCliques) {
    for (const group of dataset.groups ?? []) {
      if (!includeProposed && isProposed(group)) continue;
      const members = [...new Set(group.members.filter((m) => included.has(m)))].sort(compareIds);
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const a = members[i]!;
          const b = members[j]!;
          edges.push({ id: groupEdgeId(group.id, a, b), source: a, target: b, weight: 1 });
        }
      }
    }
  }
  return { nodes, edges };
}

// ---------------------------------------------------------------------------------------------------
// Indexed simple graph

interface Indexed {
  /** Node ids by index (duplicates in `graph.nodes` dropped). */
  ids: string[];
  index: Map<string, number>;
  /** Neighbours of node i: `adj[offsets[i]] … adj[offsets[i+1] - 1]`, distinct, no self. */
  offsets: Int32Array;
  adj: Int32Array;
  /** Sum of edge weights per node, parallel edges included. */
  weighted: Float64Array;
}

/** Edges whose ends are not both nodes of the graph, and self-loops, are ignored. */
function indexGraph(graph: NetworkGraph): Indexed {
  const ids: string[] = [];
  const index = new Map<string, number>();
  for (const id of graph.nodes) {
    if (!index.has(id)) {
      index.set(id, ids.length);
      ids.push(id);
    }
  }
  const n = ids.length;
  const weighted = new Float64Array(n);
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    weighted[s]! += e.weight;
    weighted[t]! += e.weight;
    lists[s]!.push(t);
    lists[t]!.push(s);
  }
  const offsets = new Int32Array(n + 1);
  const flat: number[] = [];
  for (let i = 0; i < n; i++) {
    const list = lists[i]!.sort((a, b) => a - b);
    let previous = -1;
    for (const j of list) {
      if (j !== previous) flat.push(j);
      previous = j;
    }
    offsets[i + 1] = flat.length;
  }
  return { ids, index, offsets, adj: Int32Array.from(flat), weighted };
}

// ---------------------------------------------------------------------------------------------------
// Measures

/**
 * Degree, weighted degree, betweenness, closeness and clustering of every node, in the order of
 * `graph.nodes`. Edges whose ends are not both nodes, and self-loops, are ignored.
 */
export function networkMetrics(graph: NetworkGraph): Map<string, CityMetrics> {
  const { ids, offsets, adj, weighted } = indexGraph(graph);
  const n = ids.length;

  // Brandes (2001): one BFS per source counts shortest paths (sigma) and records predecessors, then
  // dependencies (delta) are accumulated in reverse BFS order. Closeness uses the same BFS.
  const between = new Float64Array(n);
  const closeness = new Float64Array(n);
  const dist = new Int32Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  // The predecessors of w on shortest paths from s, stored in w's own slots of the CSR (a node has at
  // most as many predecessors as neighbours): preds[offsets[w]] … preds[offsets[w] + predCount[w] - 1].
  const preds = new Int32Array(adj.length);
  const predCount = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    dist.fill(-1);
    delta.fill(0);
    predCount.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    let sumDist = 0;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let k = offsets[v]!; k < end; k++) {
        const w = adj[k]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = dv;
          sumDist += dv;
          order[tail++] = w;
          sigma[w] = sv;
          preds[offsets[w]! + predCount[w]!++] = v;
        } else if (dw === dv) {
          sigma[w]! += sv;
          preds[offsets[w]! + predCount[w]!++] = v;
        }
      }
    }
    const reached = tail - 1;
    closeness[s] = reached === 0 ? 0 : (reached / (n - 1)) * (reached / sumDist);
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      const start = offsets[w]!;
      const end = start + predCount[w]!;
      for (let k = start; k < end; k++) {
        const v = preds[k]!;
        delta[v]! += sigma[v]! * share;
      }
      between[w]! += delta[w]!;
    }
  }
  // Every unordered pair {s, t} was counted from both ends: the pair count is between / 2, and the
  // normalisation divides by the (n-1)(n-2)/2 pairs not involving the node, so by (n-1)(n-2) overall.
  const pairs = (n - 1) * (n - 2);

  // Local clustering: edges among the neighbours of v over k(k-1)/2. Neighbours of v are marked with
  // v; each edge among them is seen from both its ends, so `count` is twice the number of edges.
  const mark = new Int32Array(n).fill(-1);
  const out = new Map<string, CityMetrics>();
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    const degree = end - start;
    let clustering = 0;
    if (degree >= 2) {
      for (let k = start; k < end; k++) mark[adj[k]!] = v;
      let count = 0;
      for (let k = start; k < end; k++) {
        const u = adj[k]!;
        for (let q = offsets[u]!; q < offsets[u + 1]!; q++) if (mark[adj[q]!] === v) count++;
      }
      clustering = count / (degree * (degree - 1));
    }
    out.set(ids[v]!, {
      degree,
      weightedDegree: weighted[v]!,
      betweenness: n < 3 ? 0 : between[v]! / pairs,
      closeness: closeness[v]!,
      clustering,
    });
  }
  return out;
}

/** Values this close (relative to max(1, |value|)) share a rank: floating-point noise is not a ranking. */
const TIE_TOLERANCE = 1e-9;

/**
 * The rank of each city by one measure: 1 = highest. Equal values share a rank and the next rank skips
 * ("1224" competition ranking); values within 1e-9 count as equal, so that rounding noise in
 * floating-point sums does not split a tie. The map lists cities by rank, then by id.
 */
export function rankBy(metrics: Map<string, CityMetrics>, key: keyof CityMetrics): Map<string, number> {
  const entries = [...metrics].map(([id, m]) => ({ id, value: m[key] }));
  entries.sort((a, b) => b.value - a.value || compareIds(a.id, b.id));
  const ranks = new Map<string, number>();
  let rank = 0;
  let leader = 0;
  entries.forEach(({ id, value }, i) => {
    if (i === 0 || Math.abs(leader - value) > TIE_TOLERANCE * Math.max(1, Math.abs(leader))) {
      rank = i + 1;
      leader = value;
    }
    ranks.set(id, rank);
  });
  // Near-equal values may have been sorted by value rather than id: list each rank's cities by id.
  return new Map([...ranks].sort((a, b) => a[1] - b[1] || compareIds(a[0], b[0])));
}

/**
 * The shortest chain of partnerships from `from` to `to`: fewest hops (parallel edges do not matter).
 * Among paths of equal length, the one whose sequence of ids is lexicographically smallest (code-unit
 * order), so ties are broken by id and the answer is deterministic. `[from]` when from === to; null
 * when `to` cannot be reached or either id is not a node.
 */
export function shortestPath(graph: NetworkGraph, from: string, to: string): string[] | null {
  const { ids, index, offsets, adj } = indexGraph(graph);
  const s = index.get(from);
  const t = index.get(to);
  if (s === undefined || t === undefined) return null;
  if (s === t) return [from];

  // BFS from the target: dist[v] = hops from v to `to`.
  const dist = new Int32Array(ids.length).fill(-1);
  const queue = new Int32Array(ids.length);
  let head = 0;
  let tail = 0;
  dist[t] = 0;
  queue[tail++] = t;
  while (head < tail && dist[s]! < 0) {
    const v = queue[head++]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const w = adj[k]!;
      if (dist[w]! < 0) {
        dist[w] = dist[v]! + 1;
        queue[tail++] = w;
      }
    }
  }
  if (dist[s]! < 0) return null;

  // Walk forward, always to the smallest id one step closer: every such step keeps a shortest path,
  // and choosing the smallest id at each position gives the lexicographically smallest sequence.
  const path = [from];
  let current = s;
  while (current !== t) {
    let best = -1;
    const wanted = dist[current]! - 1;
    for (let k = offsets[current]!; k < offsets[current + 1]!; k++) {
      const w = adj[k]!;
      if (dist[w] === wanted && (best < 0 || ids[w]! < ids[best]!)) best = w;
    }
    current = best;
    path.push(ids[current]!);
  }
  return path;
}

/**
 * For each hop of `path`, the id of the edge used: of the edges joining the pair, a link of the dataset
 * before a group edge, then the smallest id. `[]` for a path of fewer than two cities.
 * Throws when two consecutive cities are not joined by any edge.
 */
export function pathEdges(graph: NetworkGraph, path: string[]): string[] {
  if (path.length < 2) return [];
  const better = (a: string, b: string) => {
    const ga = isGroupEdgeId(a);
    const gb = isGroupEdgeId(b);
    return ga !== gb ? gb : a < b;
  };
  const best = new Map<string, string>();
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    const key = pairKey(e.source, e.target);
    const current = best.get(key);
    if (current === undefined || better(e.id, current)) best.set(key, e.id);
  }
  const out: string[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i]!;
    const b = path[i + 1]!;
    const id = best.get(pairKey(a, b));
    if (id === undefined) throw new Error(`pathEdges: no edge joins ${a} and ${b}`);
    out.push(id);
  }
  return out;
}
