/**
 * The filter model behind the legend: which links and groups are shown, and which cities stand out.
 * Pure: no DOM, no Lit, no MapLibre. Documented for users in docs/filters.md.
 *
 * Rules (`applyFilters`):
 * - A link is visible when its type is not hidden and, while a year range [from, to] is set, it is
 *   ACTIVE in the range: its `since` ≤ to, and it has no `until` or its `until` ≥ from (both ends
 *   included; one year Y is [Y, Y]). A link without `since` is HIDDEN while a year filter is active:
 *   nothing says it existed in those years; `undated` counts them.
 * - A group is visible when its type is not hidden, its id is not hidden, and the same year rule holds.
 * - Proposed links and groups (`status: "proposed"`, recommendations rather than partnerships that
 *   existed) are visible only while `proposed` is true (the default); otherwise the same rules apply.
 * - Cities, with no priority: a metropolis stands out unless it has partnerships (links or groups) and
 *   every one of them is filtered away. A metropolis with no partnerships at all stays: it is still a
 *   member of the network. An external city (kind `external`) stands out only when a visible
 *   partnership touches it (a link, or a group it is a member of); otherwise it fades.
 * - Cities, with a priority: exactly that priority's cities stand out (those present in the dataset),
 *   whatever the links and groups show. A priority naming no cities makes every city fade: the counts
 *   say 0 cities.
 * - Counts: visible links, visible groups, cities standing out, and `proposed`: the proposed links and
 *   groups that the other filters (types, groups, years) leave visible, whether or not proposals are
 *   shown; the legend's switch says "Proposed (n)" with it.
 * - Ids in the state that the dataset does not know (types, groups, the priority) are ignored; a
 *   malformed year range (not two finite numbers) is ignored; a reversed range is read as [min, max].
 */
import type { Dataset, Filters } from './schema';
import { isProposed } from './sources';

export interface FilterState {
  /** Link/group types switched off in the legend. */
  hiddenTypes: string[];
  /** Groups switched off. */
  hiddenGroups: string[];
  /** An action-plan priority: its cities stand out, others fade. */
  priority: string | null;
  /** Inclusive range of years: partnerships active in it are shown; null = no year filter. */
  years: [number, number] | null;
  /** Show proposed links and groups (recommendations, plans). Default true; the hash writes `proposed=hide`. */
  proposed: boolean;
}

/** No filter: everything shown. Frozen (arrays too): copy before changing. */
export const NO_FILTERS: FilterState = Object.freeze({
  hiddenTypes: Object.freeze([]) as unknown as string[],
  hiddenGroups: Object.freeze([]) as unknown as string[],
  priority: null,
  years: null,
  proposed: true,
});

export interface FilterResult {
  /** Visible links. */
  links: Set<string>;
  /** Visible groups. */
  groups: Set<string>;
  /** Cities that stand out (not faded). */
  cities: Set<string>;
  /**
   * Links and groups hidden only because they have no `since` while a year range is set (they pass
   * every other filter); 0 without a range. The timeline says how many.
   */
  undated: number;
  counts: {
    cities: number;
    links: number;
    groups: number;
    /**
     * Proposed links and groups that pass the other filters (types, groups, years), counted whether or
     * not proposals are shown: the n of the legend's "Proposed (n)".
     */
    proposed: number;
  };
}

/** The parts of a dataset the filters read (a whole `Dataset` fits). */
export type FilterData = Pick<Dataset, 'cities' | 'links' | 'groups' | 'priorities'>;

/** The year range of a state as [min, max], or null when there is none or it is malformed. */
function yearRange(years: FilterState['years']): [number, number] | null {
  if (!Array.isArray(years) || years.length !== 2) return null;
  const [a, b] = years;
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) {
    return null;
  }
  return a <= b ? [a, b] : [b, a];
}

/** The one rule for time: active in [from, to] when it started by `to` and had not ended before `from`. */
export function activeIn(
  entry: { since?: number | undefined; until?: number | undefined },
  range: [number, number],
): boolean {
  return (
    entry.since !== undefined &&
    entry.since <= range[1] &&
    (entry.until === undefined || entry.until >= range[0])
  );
}

const inRange = (
  entry: { since?: number | undefined; until?: number | undefined },
  range: [number, number] | null,
) => range === null || activeIn(entry, range);

export function applyFilters(dataset: FilterData, state: FilterState): FilterResult {
  const hiddenTypes = new Set(state.hiddenTypes ?? []);
  const hiddenGroups = new Set(state.hiddenGroups ?? []);
  const range = yearRange(state.years);
  const showProposed = state.proposed !== false;
  let proposed = 0;
  let undated = 0;
  const countUndated = (entry: { since?: number | undefined }, others: boolean, isProposal: boolean) => {
    if (range !== null && entry.since === undefined && others && (showProposed || !isProposal)) undated += 1;
  };

  const links = new Set<string>();
  // city id → [partnerships touching it, visible ones among them]
  const touching = new Map<string, { all: number; visible: number }>();
  const touch = (city: string, visible: boolean) => {
    let t = touching.get(city);
    if (!t) {
      t = { all: 0, visible: 0 };
      touching.set(city, t);
    }
    t.all += 1;
    if (visible) t.visible += 1;
  };

  for (const link of dataset.links ?? []) {
    const passes = !hiddenTypes.has(link.type) && inRange(link, range);
    const isProposal = isProposed(link);
    countUndated(link, !hiddenTypes.has(link.type), isProposal);
    if (passes && isProposal) proposed += 1;
    const visible = passes && (showProposed || !isProposal);
    if (visible) links.add(link.id);
    touch(link.source, visible);
    if (link.target !== link.source) touch(link.target, visible);
  }

  const groups = new Set<string>();
  for (const group of dataset.groups ?? []) {
    const shownByType = !hiddenTypes.has(group.type) && !hiddenGroups.has(group.id);
    const passes = shownByType && inRange(group, range);
    const isProposal = isProposed(group);
    countUndated(group, shownByType, isProposal);
    if (passes && isProposal) proposed += 1;
    const visible = passes && (showProposed || !isProposal);
    if (visible) groups.add(group.id);
    for (const member of new Set(group.members)) touch(member, visible);
  }

  const cities = new Set<string>();
  const priority =
    state.priority == null ? undefined : (dataset.priorities ?? []).find((p) => p.id === state.priority);
  if (priority) {
    const named = new Set(priority.cities);
    for (const city of dataset.cities) if (named.has(city.id)) cities.add(city.id);
  } else {
    for (const city of dataset.cities) {
      const t = touching.get(city.id);
      const standsOut =
        city.kind === 'external' ? t !== undefined && t.visible > 0 : t === undefined || t.visible > 0;
      if (standsOut) cities.add(city.id);
    }
  }

  return {
    links,
    groups,
    cities,
    undated,
    counts: { cities: cities.size, links: links.size, groups: groups.size, proposed },
  };
}

/**
 * True when the state filters nothing. With a dataset, ids it does not know do not count (a state
 * hiding only an unknown type is default), matching `applyFilters`.
 */
export function isDefault(
  state: FilterState,
  dataset?: Pick<Dataset, 'links' | 'groups' | 'priorities'>,
): boolean {
  if (!dataset) {
    return (
      state.hiddenTypes.length === 0 &&
      state.hiddenGroups.length === 0 &&
      state.priority === null &&
      yearRange(state.years) === null &&
      state.proposed !== false
    );
  }
  const types = new Set([...(dataset.links ?? []), ...(dataset.groups ?? [])].map((x) => x.type));
  const anyProposed = [...(dataset.links ?? []), ...(dataset.groups ?? [])].some(isProposed);
  const groups = new Set((dataset.groups ?? []).map((g) => g.id));
  const priorities = new Set((dataset.priorities ?? []).map((p) => p.id));
  return (
    !state.hiddenTypes.some((t) => types.has(t)) &&
    !state.hiddenGroups.some((g) => groups.has(g)) &&
    (state.priority === null || !priorities.has(state.priority)) &&
    yearRange(state.years) === null &&
    (state.proposed !== false || !anyProposed)
  );
}

/**
 * The years the data speaks of: the smallest `since` to the largest `since` or `until` over links and
 * groups (an end is a change the timeline shows), or null when none has a `since`.
 */
export function yearExtent(dataset: Pick<Dataset, 'links' | 'groups'>): [number, number] | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const item of [...(dataset.links ?? []), ...(dataset.groups ?? [])]) {
    if (typeof item.since !== 'number' || !Number.isFinite(item.since)) continue;
    if (item.since < min) min = item.since;
    const last = typeof item.until === 'number' && item.until > item.since ? item.until : item.since;
    if (last > max) max = last;
  }
  return min <= max ? [min, max] : null;
}

/**
 * A chapter's `filters` (which list what is SHOWN) as a FilterState (which lists what is HIDDEN).
 * The dataset supplies the complement:
 * - `linkTypes`: every other type (of `linkTypes`, links and groups) is hidden; `[]` hides all.
 * - `groups`: every other group is hidden; `[]` hides all groups. Links are not affected.
 * - `priorities`: the first one the dataset knows becomes the priority (a FilterState holds one).
 * - `years`: the range, as [min, max].
 * - `proposed`: `false` hides proposed links and groups; absent or `true` shows them.
 * Absent fields filter nothing; no `filters` at all gives a copy of NO_FILTERS.
 */
export function filtersFromChapter(
  filters: Filters | undefined,
  dataset: Pick<Dataset, 'linkTypes' | 'links' | 'groups' | 'priorities'>,
): FilterState {
  const state: FilterState = {
    hiddenTypes: [],
    hiddenGroups: [],
    priority: null,
    years: null,
    proposed: true,
  };
  if (!filters) return state;
  const links = dataset.links ?? [];
  const groups = dataset.groups ?? [];
  if (filters.linkTypes) {
    const shown = new Set(filters.linkTypes);
    const all = new Set([
      ...dataset.linkTypes.map((t) => t.id),
      ...links.map((l) => l.type),
      ...groups.map((g) => g.type),
    ]);
    state.hiddenTypes = [...all].filter((t) => !shown.has(t));
  }
  if (filters.groups) {
    const shown = new Set(filters.groups);
    state.hiddenGroups = groups.map((g) => g.id).filter((g) => !shown.has(g));
  }
  if (filters.priorities) {
    const known = new Set((dataset.priorities ?? []).map((p) => p.id));
    state.priority = filters.priorities.find((p) => known.has(p)) ?? null;
  }
  if (filters.years) state.years = yearRange(filters.years);
  if (filters.proposed === false) state.proposed = false;
  return state;
}
