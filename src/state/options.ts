/**
 * The element's lists of choices, each written once: themes, island-size metrics, control levels and
 * the widths where the layout changes. Attributes, the URL hash, the query string, the toolbar and the
 * legend all read them here.
 */
import type { Strings } from '../i18n/strings';
import type { IslandMetric } from '../overlay/from-dataset';
import type { Theme } from '../overlay/palette';

export const THEMES = ['light', 'dark', 'projector'] as const satisfies readonly Theme[];

export const ISLAND_METRICS = [
  'population',
  'degree',
  'betweenness',
] as const satisfies readonly IslandMetric[];

export const CONTROLS = ['full', 'minimal', 'none'] as const;
export type Controls = (typeof CONTROLS)[number];

/** The interface string naming each island-size metric. */
export const METRIC_LABELS: Readonly<Record<IslandMetric, keyof Strings>> = {
  population: 'sizePopulation',
  degree: 'sizeDegree',
  betweenness: 'sizeBetweenness',
};

/**
 * Widths of the element (not the viewport: an embed can be narrow on a wide screen) where the layout
 * changes. Below `narrow` the toolbar folds into a menu, the panel becomes a bottom sheet and islands
 * shrink; from `wide` the open panel keeps its side of the map clear.
 */
export const BREAKPOINTS = { narrow: 600, wide: 720 } as const;

export type Layout = 'narrow' | 'medium' | 'wide';

/**
 * Below this height the element takes the narrow layout too: a toolbar on two rows over a short map
 * covered a third of it (at 600×400, Oslo and Helsinki).
 */
export const SHORT_HEIGHT = 360;

/** The layout for an element this wide (and tall); one not laid out yet (0) counts as medium. */
export function layoutOf(width: number, height = 0): Layout {
  if ((width > 0 && width < BREAKPOINTS.narrow) || (height > 0 && height < SHORT_HEIGHT)) return 'narrow';
  return width >= BREAKPOINTS.wide ? 'wide' : 'medium';
}

/**
 * The smallest element that opens with the legend unfolded. The open legend is up to 332 px wide and as
 * tall as its dataset's types and groups; below this the map it leaves is too small for the network (at
 * 800×500 it covered Oslo, Copenhagen, Malmö and Berlin), so the legend starts folded into its button.
 */
export const LEGEND_OPEN_FROM = { width: 1000, height: 600 } as const;

export function legendOpenAt(width: number, height: number): boolean {
  return width >= LEGEND_OPEN_FROM.width && height >= LEGEND_OPEN_FROM.height;
}

/**
 * The smallest element that shows the timeline under the map with full controls. Below it the toolbar,
 * legend and timeline together left the network a strip (at 800×500 the timeline covered Berlin and
 * Warsaw): the years are then set by the `year` attribute, the hash or a chapter, or the `timeline`
 * attribute asks for the timeline at any size.
 */
export const TIMELINE_FROM = { width: 720, height: 700 } as const;

export function timelineFitsAt(width: number, height: number): boolean {
  return width >= TIMELINE_FROM.width && height >= TIMELINE_FROM.height;
}
