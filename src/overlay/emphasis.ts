import type { FilterResult } from '../data/filters';
import type { Emphasis } from './model';

export interface EmphasisInput {
  /** What the filters leave: visible links and groups, cities standing out. */
  filtered: FilterResult;
  /** Every city's links (all of them; the filters decide which count). */
  linksOf: ReadonlyMap<string, { links: ReadonlySet<string> }>;
  /** Both ends of each link. */
  ends: ReadonlyMap<string, readonly [string, string]>;
  /** Members of each group. */
  members: ReadonlyMap<string, readonly string[]>;
  selected: string | null;
  selectedLink: string | null;
  /** Cities and links of the shown shortest path. */
  path: { cities: readonly string[]; links: readonly string[]; groups: readonly string[] } | null;
}

/**
 * What stands out, what fades and what is hidden, from the filters and then the selection or path on
 * top of them: a path wins over a selection, a selection over the filters' own emphasis. Hidden links and
 * groups stay hidden whatever is selected.
 */
export function emphasisFor(input: EmphasisInput): Emphasis {
  const { filtered, selected, selectedLink, path } = input;
  const base = {
    visibleLinks: filtered.links,
    visibleGroups: filtered.groups,
    selected,
    selectedLink,
  };
  if (path && path.cities.length > 0) {
    return {
      ...base,
      cities: new Set(path.cities),
      links: new Set(path.links),
      groups: new Set(path.groups),
      path: new Set(path.links),
    };
  }
  if (selected) {
    const links = new Set(
      [...(input.linksOf.get(selected)?.links ?? [])].filter((id) => filtered.links.has(id)),
    );
    const cities = new Set([selected]);
    for (const id of links) for (const end of input.ends.get(id) ?? []) cities.add(end);
    const groups = new Set<string>();
    for (const [id, members] of input.members) {
      if (!filtered.groups.has(id) || !members.includes(selected)) continue;
      groups.add(id);
      // Fellow members are partners too (the measures count groups as partnerships among all members).
      for (const member of members) cities.add(member);
    }
    return { ...base, cities, links, groups, path: null };
  }
  if (selectedLink) {
    const ends = input.ends.get(selectedLink);
    return {
      ...base,
      cities: new Set(ends ?? []),
      links: new Set([selectedLink]),
      groups: new Set(),
      path: null,
    };
  }
  return { ...base, cities: filtered.cities, links: null, groups: null, path: null };
}

export interface StoryHighlight {
  cities?: readonly string[];
  links?: readonly string[];
  groups?: readonly string[];
}

/**
 * What a story chapter puts forward: its cities (and the ends of its links) stand out; its links, or
 * when it names none, the visible links among its cities; its groups. A chapter that highlights nothing
 * leaves the filters' own emphasis.
 */
export function chapterEmphasis(
  filtered: FilterResult,
  highlight: StoryHighlight | undefined,
  ends: ReadonlyMap<string, readonly [string, string]>,
): Emphasis {
  const base = {
    visibleLinks: filtered.links,
    visibleGroups: filtered.groups,
    selected: null,
    selectedLink: null,
    path: null,
  };
  const cityIds = highlight?.cities ?? [];
  const linkIds = highlight?.links ?? [];
  const groupIds = highlight?.groups ?? [];
  if (cityIds.length + linkIds.length + groupIds.length === 0) {
    return { ...base, cities: filtered.cities, links: null, groups: null };
  }
  const cities = new Set(cityIds);
  for (const id of linkIds) for (const end of ends.get(id) ?? []) cities.add(end);
  let links: Set<string>;
  if (linkIds.length > 0) links = new Set(linkIds);
  else {
    links = new Set();
    for (const id of filtered.links) {
      const pair = ends.get(id);
      if (pair && cities.has(pair[0]) && cities.has(pair[1])) links.add(id);
    }
  }
  return { ...base, cities, links, groups: new Set(groupIds) };
}
