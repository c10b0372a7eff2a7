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

export type { Controls } from './components/archipelago-map';
export { ArchipelagoMap } from './components/define';
export type { VideoOptions } from './components/film';
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
// The events' names and details; importing the package declares them in `GlobalEventHandlersEventMap`.
export type {
  ArchipelagoChapterDetail,
  ArchipelagoChapterEvent,
  ArchipelagoErrorDetail,
  ArchipelagoErrorEvent,
  ArchipelagoEventDetail,
  ArchipelagoEventMap,
  ArchipelagoPathDetail,
  ArchipelagoPathEvent,
  ArchipelagoPressDetail,
  ArchipelagoPressEvent,
  ArchipelagoReadyDetail,
  ArchipelagoReadyEvent,
  ArchipelagoSelectDetail,
  ArchipelagoSelectEvent,
  ArchipelagoStateDetail,
  ArchipelagoStateEvent,
} from './events';
