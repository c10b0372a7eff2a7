import type { ReactiveControllerHost } from 'lit';
import type { FilterState } from '../data/filters';
import type { Chapter } from '../data/schema';
import type { DataIssue } from '../data/validate';
import type { Point } from '../geo/types';
import type { UiLang } from '../i18n/strings';
import type { IslandMetric } from '../overlay/from-dataset';
import type { MarkKind } from '../overlay/model';
import type { Theme } from '../overlay/palette';
import type { Controls } from '../state/options';

export type Status = 'loading' | 'ready' | 'error';

/** A mark under the pointer or the keyboard focus, and where to show its tooltip. */
export interface Hover {
  kind: MarkKind;
  id: string;
  at: Point;
}

/**
 * What the controllers see of `<archipelago-map>`: its attributes and reactive state (owned by the
 * element; who may change which is in docs/architecture.md) and the values worked out from them.
 */
export interface ArchipelagoHost extends ReactiveControllerHost, HTMLElement {
  /** Lit's, with the property to count as changed (a chapter shown again from new data). */
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
  src: string | null;
  basemap: string | null;
  theme: Theme | null;
  controls: Controls | null;
  selected: string | null;
  path: string | null;
  metric: IslandMetric | null;
  chapter: string | null;
  year: string | null;
  timeline: boolean;
  status: Status;
  issues: DataIssue[];
  blackout: boolean;
  notice: string;
  simplified: boolean;
  hover: Hover | null;
  selectedLink: string | null;
  announcement: string;
  legendOpen: boolean;
  exportOpen: boolean;
  narrow: boolean;
  /** The element is large enough for the timeline under the map (`timelineFitsAt`). */
  timelineRoom: boolean;
  /** The folded timeline (no room under the map) opened by its map button, as a sheet over the map. */
  timelineOpen: boolean;
  menuOpen: boolean;
  panelOpen: boolean;
  tableOpen: boolean;
  helpOpen: boolean;
  filters: FilterState;
  includeProposed: boolean;
  systemDark: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
  readonly activeTheme: Theme;
  readonly uiLang: UiLang;
  readonly activeMetric: IslandMetric;
  readonly chapters: Chapter[];
  readonly chapterIndex: number;
  readonly presenting: boolean;
}

/** The reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
