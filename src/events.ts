/**
 * The events of `<archipelago-map>`, by name, with their `detail` types (docs/embedding.md, "Events").
 *
 * All bubble and are `composed`; `detail` holds ids, never live objects. Every event is declared in the
 * DOM's `GlobalEventHandlersEventMap` below (as Shoelace declares its `sl-*` events), so a TypeScript
 * user of the package needs no cast:
 *
 * ```ts
 * import 'baltic-archipelago';
 * document.querySelector('archipelago-map')?.addEventListener('archipelago-select', (e) => e.detail.id);
 * ```
 *
 * The element's `emit` (src/components/emit.ts) takes its names and details from `ArchipelagoEventMap`, so what is
 * declared here is what is sent. Types only: this module emits no code.
 */
import type { DataIssue } from './data/validate';
import type { ViewState } from './embed/hash-state';

/**
 * `archipelago-ready`: the first complete picture is on screen. `title` and `subtitle` are the dataset's
 * `meta.title` and `meta.subtitle` in the element's language ('' when the dataset has no subtitle), so a
 * page can title itself after the data it shows.
 */
export interface ArchipelagoReadyDetail {
  title: string;
  subtitle: string;
}

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

/**
 * `archipelago-press`: with the `editing` attribute, a click or Enter on a mark, which then neither
 * selects it nor opens the panel (an editor decides what it means).
 */
export interface ArchipelagoPressDetail {
  kind: 'city' | 'link';
  id: string;
}

export type ArchipelagoReadyEvent = CustomEvent<ArchipelagoReadyDetail>;
export type ArchipelagoSelectEvent = CustomEvent<ArchipelagoSelectDetail>;
export type ArchipelagoPathEvent = CustomEvent<ArchipelagoPathDetail>;
export type ArchipelagoChapterEvent = CustomEvent<ArchipelagoChapterDetail>;
export type ArchipelagoStateEvent = CustomEvent<ArchipelagoStateDetail>;
export type ArchipelagoErrorEvent = CustomEvent<ArchipelagoErrorDetail>;
export type ArchipelagoPressEvent = CustomEvent<ArchipelagoPressDetail>;

/** The element's events by name, for `addEventListener` with typed details. */
export interface ArchipelagoEventMap {
  'archipelago-ready': ArchipelagoReadyEvent;
  'archipelago-select': ArchipelagoSelectEvent;
  'archipelago-path': ArchipelagoPathEvent;
  'archipelago-chapter': ArchipelagoChapterEvent;
  'archipelago-state': ArchipelagoStateEvent;
  'archipelago-error': ArchipelagoErrorEvent;
  'archipelago-press': ArchipelagoPressEvent;
}

/** The `detail` of the event `K`. */
export type ArchipelagoEventDetail<K extends keyof ArchipelagoEventMap> = ArchipelagoEventMap[K]['detail'];

// Where the DOM looks up an event name's type: `addEventListener` on any element (the map or a parent of
// it, since the events bubble and are composed), on `document` and on `window`.
declare global {
  interface GlobalEventHandlersEventMap {
    'archipelago-ready': ArchipelagoReadyEvent;
    'archipelago-select': ArchipelagoSelectEvent;
    'archipelago-path': ArchipelagoPathEvent;
    'archipelago-chapter': ArchipelagoChapterEvent;
    'archipelago-state': ArchipelagoStateEvent;
    'archipelago-error': ArchipelagoErrorEvent;
    'archipelago-press': ArchipelagoPressEvent;
  }
}
