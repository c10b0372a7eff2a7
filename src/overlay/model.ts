import type { Point } from '../geo/types';

/** What the overlay draws, already localised and sized: the renderer knows nothing of the dataset. */
export interface OverlayCity {
  id: string;
  name: string;
  /** Accessible name: the name plus what a sighted reader gets from the picture. */
  label: string;
  kind: 'metropolis' | 'external';
  lngLat: Point;
  /** Island radius in px at scale 1. */
  radius: number;
  /** Larger first when labels compete for room. */
  priority: number;
}

export interface OverlayLink {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Its type's own colour from the data (`linkTypes[].color`), when it has one. */
  color?: string;
  label: string;
  /** A recommendation or plan rather than a partnership that existed: drawn hollow. */
  proposed: boolean;
  /** Position in the fan of links joining the same pair. */
  index: number;
  count: number;
}

export interface OverlayGroup {
  id: string;
  name: string;
  type: string;
  members: string[];
  /** A proposed group: its outline is drawn hollow, like a proposed link. */
  proposed: boolean;
}

export interface OverlayModel {
  cities: OverlayCity[];
  links: OverlayLink[];
  groups: OverlayGroup[];
}

/** Which marks stand out. `null` sets mean nothing is emphasised and nothing fades. */
export interface Emphasis {
  cities: ReadonlySet<string> | null;
  links: ReadonlySet<string> | null;
  groups: ReadonlySet<string> | null;
  selected: string | null;
  selectedLink: string | null;
  /** Links on the highlighted shortest path. */
  path?: ReadonlySet<string> | null;
  /** Links and groups the filters leave on the map (null: all). Others are not drawn. */
  visibleLinks?: ReadonlySet<string> | null;
  visibleGroups?: ReadonlySet<string> | null;
}

export const NO_EMPHASIS: Emphasis = {
  cities: null,
  links: null,
  groups: null,
  selected: null,
  selectedLink: null,
};

export type MarkKind = 'city' | 'link' | 'group';

export interface OverlayHandlers {
  /** `extend`: Shift was held (pick the other end of a path). */
  select(kind: 'city' | 'link', id: string, extend?: boolean): void;
  /** `leaving`: the pointer left the mark (it may be on its way to the tooltip), rather than focus. */
  hover(mark: { kind: MarkKind; id: string; at: Point } | null, leaving?: boolean): void;
  focusMove?(fromId: string, key: string): void;
}
