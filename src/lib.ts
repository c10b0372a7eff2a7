/**
 * The package `baltic-archipelago` (`npm run build:lib` → `lib/baltic-archipelago.js`).
 *
 * Importing it registers `<archipelago-map>` (once, even if two copies load) and does nothing else: no
 * globals, no styles on the page, no requests until an element is connected. The dataset, the basemap
 * and MapLibre's worker are files next to the module, found relative to it.
 *
 * ```html
 * <script type="module" src="/vendor/baltic-archipelago/lib/baltic-archipelago.js"></script>
 * <archipelago-map style="height: 600px"></archipelago-map>
 * ```
 */

import type { DataIssue } from './data/validate';
import type { ViewState } from './embed/hash-state';

export type { Controls } from './components/archipelago-map';
export { ArchipelagoMap } from './components/define';
export type { FilterState } from './data/filters';
export type {
  Camera,
  Chapter,
  City,
  CityKind,
  Dataset,
  Filters,
  Group,
  Highlight,
  Link,
  LinkType,
  LocalizedText,
  LonLat,
  Membership,
  Meta,
  MetaSource,
  Population,
  PopulationDefinition,
  Priority,
  Source,
  Status,
} from './data/schema';
export type { DataIssue, DataWarning, IssueCode, WarningCode } from './data/validate';
export type { Metric, ViewCamera, ViewState } from './embed/hash-state';

/** `archipelago-ready`: the first complete picture is on screen. */
export type ArchipelagoReadyDetail = Record<string, never>;

/** `archipelago-select`: the selected city or link; both null when the selection was cleared. */
export interface ArchipelagoSelectDetail {
  kind: 'city' | 'link' | null;
  id: string | null;
}

/** `archipelago-path`: the shown shortest path; `ids` (city ids, in order) is null when none joins them. */
export interface ArchipelagoPathDetail {
  from: string | null;
  to: string | null;
  ids: string[] | null;
}

/** `archipelago-chapter`: the chapter presented; `{id: null, index: -1}` on leaving the story. */
export interface ArchipelagoChapterDetail {
  id: string | null;
  index: number;
}

/** `archipelago-state`: selection, filters, metric, path or camera changed (for URL state). */
export interface ArchipelagoStateDetail {
  view: ViewState;
}

/** `archipelago-error`: the data or basemap could not be drawn. */
export interface ArchipelagoErrorDetail {
  message: string;
  issues: Pick<DataIssue, 'code' | 'path' | 'message'>[];
}

/** The element's events by name, for `addEventListener` with typed details. */
export interface ArchipelagoEventMap {
  'archipelago-ready': CustomEvent<ArchipelagoReadyDetail>;
  'archipelago-select': CustomEvent<ArchipelagoSelectDetail>;
  'archipelago-path': CustomEvent<ArchipelagoPathDetail>;
  'archipelago-chapter': CustomEvent<ArchipelagoChapterDetail>;
  'archipelago-state': CustomEvent<ArchipelagoStateDetail>;
  'archipelago-error': CustomEvent<ArchipelagoErrorDetail>;
}
