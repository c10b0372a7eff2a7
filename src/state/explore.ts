/**
 * The explore state as pure transitions: selection, shortest path, what entering or leaving a chapter
 * resets, what stands out (emphasis) and what a screen reader hears. No DOM, no Lit: the element keeps
 * these values as its reactive properties and applies what a transition returns, so a new piece of
 * explore state is added here (its field, its transitions, its announcement) and tested in node.
 */
import type { FilterResult, FilterState } from '../data/filters';
import { filtersFromChapter, NO_FILTERS } from '../data/filters';
import { isGroupEdgeId, type NetworkGraph, pathEdges, shortestPath } from '../data/metrics';
import type { Chapter, Dataset } from '../data/schema';
import { isProposed } from '../data/sources';
import { localize } from '../data/text';
import { fill, strings, type UiLang } from '../i18n/strings';
import { chapterEmphasis, emphasisFor } from '../overlay/emphasis';
import type { Emphasis } from '../overlay/model';

/** The explore state the element holds as reactive properties. */
export interface ExploreState {
  selected: string | null;
  selectedLink: string | null;
  /** Two city ids `a,b`, as the `path` attribute holds them. */
  path: string | null;
  filters: FilterState;
  panelOpen: boolean;
}

/** The keys whose change changes what stands out and what is announced. */
export const EMPHASIS_KEYS = ['selected', 'selectedLink', 'filters', 'path', 'chapter'] as const;
export type EmphasisKey = (typeof EMPHASIS_KEYS)[number];

/** The `archipelago-select` event's detail. */
export interface Selection {
  kind: 'city' | 'link' | null;
  id: string | null;
}

/** What a transition changes, and the selection event it asks the element to send (if any). */
export interface Transition {
  next: Partial<ExploreState>;
  select?: Selection;
}

export interface SelectOptions {
  /** Shift-click or Shift+Enter on a city while another is selected: the shortest path between them. */
  extend?: boolean;
  /** Choosing the selected mark again clears it; `toggle: false` keeps it selected. */
  toggle?: boolean;
}

/** Selecting a city or a link (a click, Enter, a search result, a panel or table row). */
export function selectMark(
  state: Pick<ExploreState, 'selected' | 'selectedLink'>,
  kind: 'city' | 'link',
  id: string,
  { extend = false, toggle = true }: SelectOptions = {},
): Transition {
  if (kind === 'city' && extend && state.selected && state.selected !== id) {
    return { next: { path: `${state.selected},${id}`, panelOpen: true } };
  }
  const current = kind === 'city' ? state.selected : state.selectedLink;
  const chosen = current === id && toggle ? null : id;
  const next: Partial<ExploreState> =
    kind === 'city'
      ? { path: null, selectedLink: null, selected: chosen }
      : { path: null, selected: null, selectedLink: chosen };
  next.panelOpen = chosen !== null;
  return { next, select: { kind: chosen ? kind : null, id: chosen } };
}

/** Clears the selection and the path; null when there was nothing to clear. */
export function clearSelection(
  state: Pick<ExploreState, 'selected' | 'selectedLink' | 'path'>,
): Transition | null {
  if (!state.selected && !state.selectedLink && !state.path) return null;
  return { next: { selected: null, selectedLink: null, path: null }, select: { kind: null, id: null } };
}

/** The two ends of a `path` value, or null when it does not name two different cities. */
export function pathEnds(path: string | null): [string, string] | null {
  const parts = (path ?? '').split(',').map((s) => s.trim());
  return parts.length === 2 && parts[0] && parts[1] && parts[0] !== parts[1] ? [parts[0], parts[1]] : null;
}

export interface PathResult {
  from: string;
  to: string;
  /** The cities along the shortest path, or null when no path joins the two. */
  cities: string[] | null;
  links: string[];
  groups: string[];
}

/** The shortest path a `path` value asks for, or null when it names no two known cities. */
export function findPath(
  graph: NetworkGraph,
  dataset: Pick<Dataset, 'cities'>,
  path: string | null,
): PathResult | null {
  const ends = pathEnds(path);
  if (!ends?.every((id) => dataset.cities.some((c) => c.id === id))) return null;
  const [from, to] = ends;
  const cities = shortestPath(graph, from, to);
  const edges = cities ? pathEdges(graph, cities) : [];
  const groups = edges.filter(isGroupEdgeId).map((id) => id.split(':')[1] ?? '');
  return { from, to, cities, links: edges.filter((id) => !isGroupEdgeId(id)), groups };
}

/** The `archipelago-path` event's detail when the path changed, else null. */
export function pathEvent(
  previous: PathResult | null,
  next: PathResult | null,
): { from: string | null; to: string | null; ids: string[] | null } | null {
  const same =
    previous?.from === next?.from && previous?.to === next?.to && previous?.cities === next?.cities;
  if (same || (!next && !previous)) return null;
  return { from: next?.from ?? null, to: next?.to ?? null, ids: next?.cities ?? null };
}

/** What entering a chapter resets: its filters replace the reader's, and nothing stays selected. */
export interface ChapterEntry extends Partial<ExploreState> {
  tableOpen?: boolean;
  blackout?: boolean;
  hover?: null;
}

/**
 * Presenting a chapter sets its filters and clears the selection, the path, the panel and the table;
 * leaving the story (no chapter, after one was shown) gives the reader every filter back.
 */
export function chapterEntry(
  chapter: Chapter | undefined,
  dataset: Dataset,
  wasPresenting: boolean,
  playYear: number | null = null,
): ChapterEntry {
  if (chapter) {
    const filters = filtersFromChapter(chapter.filters, dataset);
    // A chapter that plays years shows one of them: its first, or the one a step back arrived at.
    if (chapter.play) {
      const year = playYear ?? chapter.play[0];
      filters.years = [year, year];
    }
    return {
      filters,
      selected: null,
      selectedLink: null,
      path: null,
      panelOpen: false,
      tableOpen: false,
      hover: null,
    };
  }
  return wasPresenting ? { filters: NO_FILTERS, blackout: false } : {};
}

/** What the overlay needs to work out emphasis, made once per dataset. */
export interface NetworkIndex {
  linksOf: ReadonlyMap<string, { links: ReadonlySet<string> }>;
  ends: ReadonlyMap<string, readonly [string, string]>;
  members: ReadonlyMap<string, readonly string[]>;
}

export function networkIndex(
  dataset: Pick<Dataset, 'links' | 'groups'>,
  linksOf: NetworkIndex['linksOf'],
): NetworkIndex {
  return {
    linksOf,
    ends: new Map(dataset.links.map((l) => [l.id, [l.source, l.target] as const])),
    members: new Map(dataset.groups.map((g) => [g.id, g.members])),
  };
}

/** What stands out: the chapter's highlight while presenting, else the path, selection and filters. */
export function emphasisOf(
  state: Pick<ExploreState, 'selected' | 'selectedLink'>,
  filtered: FilterResult,
  index: NetworkIndex,
  chapter: Chapter | undefined,
  path: PathResult | null,
): Emphasis {
  if (chapter) return chapterEmphasis(filtered, chapter.highlight, index.ends);
  return emphasisFor({
    filtered,
    linksOf: index.linksOf,
    ends: index.ends,
    members: index.members,
    selected: state.selected,
    selectedLink: state.selectedLink,
    path: path
      ? { cities: path.cities ?? [path.from, path.to], links: path.links, groups: path.groups }
      : null,
  });
}

export interface AnnounceInput {
  dataset: Dataset;
  lang: UiLang;
  state: Pick<ExploreState, 'selected' | 'selectedLink'>;
  chapters: readonly Chapter[];
  chapterIndex: number;
  path: PathResult | null;
  filtered: FilterResult | null;
  /** How many partnerships the selected city has. */
  linkCount: number;
  /** What the live region says now. */
  previous: string;
}

/**
 * What the live region says after a change: the chapter entered, the path found, the counts the filters
 * leave, the selection, or that it was cleared. The first of these that changed wins.
 */
export function announcement(input: AnnounceInput, changed: ReadonlySet<EmphasisKey>): string {
  const { dataset, lang, state, path, filtered } = input;
  const t = strings(lang);
  const name = (id: string) => {
    const c = dataset.cities.find((x) => x.id === id);
    return c ? localize(c.name, lang) : id;
  };
  const chapter = input.chapters[input.chapterIndex];
  if (changed.has('chapter') && chapter) {
    const position = fill(t.chapterOf, { n: input.chapterIndex + 1, total: input.chapters.length });
    return `${position}: ${localize(chapter.title, lang)}`;
  }
  if (changed.has('path') && path) {
    return path.cities
      ? `${t.pathLabel}: ${path.cities.map(name).join(' → ')}`
      : fill(t.noPath, { from: name(path.from), to: name(path.to) });
  }
  if (changed.has('filters') && filtered) {
    const c = filtered.counts;
    const counts = fill(t.visibleCounts, { cities: c.cities, links: c.links, groups: c.groups });
    // Of what is drawn, how much is only proposed: the hollow lines, told in words.
    const proposed =
      dataset.links.filter((l) => isProposed(l) && filtered.links.has(l.id)).length +
      dataset.groups.filter((g) => isProposed(g) && filtered.groups.has(g.id)).length;
    return proposed > 0 ? `${counts}, ${fill(t.proposedCount, { n: proposed })}` : counts;
  }
  if (state.selected) return `${t.selected}: ${name(state.selected)}, ${input.linkCount} ${t.links}`;
  if (state.selectedLink) {
    const link = dataset.links.find((l) => l.id === state.selectedLink);
    if (!link) return input.previous;
    const what = localize(link.title ?? link.description, lang);
    return `${t.selected}: ${what}${isProposed(link) ? ` (${t.proposed})` : ''}`;
  }
  return input.previous ? t.cleared : input.previous;
}

/** What is open, innermost first, for Escape to close. */
export interface OpenThings {
  hover: boolean;
  help: boolean;
  exportMenu: boolean;
  menu: boolean;
  table: boolean;
  blackout: boolean;
  panel: boolean;
  selection: boolean;
  presenting: boolean;
}

export type EscapeTarget = Exclude<keyof OpenThings, 'selection' | 'presenting'> | 'selection' | 'story';

/**
 * What Escape closes: the innermost open thing (tooltip, keys dialog, export menu, toolbar menu, table,
 * blackout, the panel while it tells about a selection), then the selection, then the story. Null when
 * nothing is left to close (the key is then the page's).
 */
export function escapeTarget(open: OpenThings): EscapeTarget | null {
  const order = ['hover', 'help', 'exportMenu', 'menu', 'table', 'blackout'] as const;
  for (const key of order) if (open[key]) return key;
  if (open.panel && open.selection) return 'panel';
  if (open.selection) return 'selection';
  return open.presenting ? 'story' : null;
}
