import { applyFilters, type FilterResult, type FilterState } from '../data/filters';
import { adjacency } from '../data/graph';
import { type CityMetrics, type NetworkGraph, networkGraph, networkMetrics, rankBy } from '../data/metrics';
import type { Dataset } from '../data/schema';
import { findPath, type NetworkIndex, networkIndex, type PathResult } from '../state/explore';

const MEASURE_KEYS = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'clustering'] as const;

/**
 * The loaded dataset and what is worked out from it: the graph, its measures, what the filters leave
 * and the shortest path asked for. Owned by the element; the controllers read it. Plain data, no DOM.
 */
export class Network {
  dataset: Dataset | null = null;
  graph: NetworkGraph = { nodes: [], edges: [] };
  index: NetworkIndex = networkIndex({ links: [], groups: [] }, adjacency([]));
  filtered: FilterResult | null = null;
  path: PathResult | null = null;
  /** Whether measures and paths count proposed links and groups too (off: established ones only). */
  includeProposed = false;
  private metricsCache: Map<string, CityMetrics> | null = null;
  private ranksCache: Map<keyof CityMetrics, Map<string, number>> | null = null;

  /** A new dataset: the graph and its index are made again; measures wait until something shows them. */
  set(dataset: Dataset): void {
    this.dataset = dataset;
    this.graph = networkGraph(dataset, { includeProposed: this.includeProposed });
    this.index = networkIndex(dataset, adjacency(dataset.links));
    this.metricsCache = null;
    this.ranksCache = null;
  }

  /**
   * Counts proposals in the measures and paths, or leaves them out (the default). The graph is made
   * again and measures wait to be asked for; the caller finds the path again (`findPath`).
   */
  setIncludeProposed(include: boolean): void {
    if (include === this.includeProposed) return;
    this.includeProposed = include;
    if (!this.dataset) return;
    this.graph = networkGraph(this.dataset, { includeProposed: include });
    this.metricsCache = null;
    this.ranksCache = null;
  }

  filter(filters: FilterState): void {
    if (this.dataset) this.filtered = applyFilters(this.dataset, filters);
  }

  /** Works out the path a `path` value asks for; returns the one it replaces. */
  findPath(path: string | null): PathResult | null {
    const previous = this.path;
    this.path = this.dataset ? findPath(this.graph, this.dataset, path) : null;
    return previous;
  }

  /** Network measures, worked out the first time something shows them (costly for large networks). */
  get measures(): Map<string, CityMetrics> | null {
    if (!this.metricsCache && this.dataset) this.metricsCache = networkMetrics(this.graph);
    return this.metricsCache;
  }

  get ranks(): Map<keyof CityMetrics, Map<string, number>> | null {
    const measures = this.measures;
    if (!this.ranksCache && measures) {
      this.ranksCache = new Map(MEASURE_KEYS.map((k) => [k, rankBy(measures, k)]));
    }
    return this.ranksCache;
  }

  city(id: string) {
    return this.dataset?.cities.find((c) => c.id === id);
  }
}
