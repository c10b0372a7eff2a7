import type { PropertyValues } from 'lit';
import type { Dataset } from '../data/schema';
import type { Point } from '../geo/types';
import type { SvgOverlay } from '../overlay/svg-overlay';
import {
  announcement,
  chapterEntry,
  clearSelection,
  EMPHASIS_KEYS,
  type EmphasisKey,
  emphasisOf,
  pathEvent,
  type SelectOptions,
  selectMark,
  type Transition,
} from '../state/explore';
import { emit } from './emit';
import type { FocusController } from './focus-controller';
import type { ArchipelagoHost } from './host';
import type { PanelAction } from './info-panel';
import type { MapHostController } from './map-host';
import type { Network } from './network';
import type { StoryController } from './story-controller';

/**
 * Exploring: applies the pure transitions of src/state/explore.ts to the element's state, sends the
 * selection and path events they ask for, and before each render works out what stands out and what
 * the live region says. Clicks, keys, the search, the panel and the tables all select through here.
 * No life cycle of its own: the element calls it.
 */
export class Exploring {
  constructor(
    private readonly host: ArchipelagoHost,
    private readonly network: Network,
    private readonly map: MapHostController,
    private readonly story: StoryController,
    private readonly focus: FocusController,
    private readonly overlay: () => SvgOverlay | null,
  ) {}

  /** A new dataset: the chapter's filters, what the filters leave and the path are worked out again. */
  setDataset(dataset: Dataset): void {
    this.network.set(dataset);
    this.story.reset();
    this.enterChapter();
    this.network.filter(this.host.filters);
    this.findPath();
  }

  /** Before rendering: what changed in the explore state decides emphasis and the announcement. */
  willUpdate(changed: PropertyValues): void {
    const host = this.host;
    if (!this.network.dataset) return;
    if (changed.has('chapter')) this.enterChapter();
    if (changed.has('filters')) this.network.filter(host.filters);
    if (changed.has('includeProposed')) this.network.setIncludeProposed(host.includeProposed);
    const pathChanged = changed.has('path') || changed.has('includeProposed');
    if (pathChanged) {
      this.findPath();
      if (changed.has('path') && this.network.path) host.panelOpen = true;
    }
    // Emphasis and its announcement are decided before rendering so the live region updates in one pass.
    const keys = new Set<EmphasisKey>(EMPHASIS_KEYS.filter((k) => changed.has(k)));
    if (pathChanged && this.network.path) keys.add('path');
    if (keys.size > 0) {
      this.applyEmphasis();
      this.announce(keys);
    }
  }

  select(kind: 'city' | 'link', id: string, options: SelectOptions = {}, show = false): void {
    this.apply(selectMark(this.host, kind, id, options));
    if (!show) return;
    this.showIds(kind === 'city' ? [id] : (this.network.dataset?.links.find((l) => l.id === id) ?? null));
  }

  clear(): boolean {
    const transition = clearSelection(this.host);
    if (transition) this.apply(transition);
    return transition !== null;
  }

  /** Moves the camera to show these cities (or a link's two ends) if they are not in view. */
  showIds(target: string[] | { source: string; target: string } | null): void {
    const view = this.map.view;
    if (!target || !view) return;
    const ids = Array.isArray(target) ? target : [target.source, target.target];
    const points: Point[] = [];
    for (const id of ids) {
      const city = this.network.city(id);
      if (city?.kind === 'metropolis') points.push(city.coordinates as Point);
    }
    view.show(points, this.map.insets);
  }

  chooseFromSearch(id: string): void {
    this.select('city', id, { toggle: false }, true);
    void this.host.updateComplete.then(() => this.focus.focusCity(id));
  }

  panelAction(action: PanelAction): void {
    const host = this.host;
    if (action.action === 'select-city') {
      this.select('city', action.id, { toggle: false });
      this.showIds(action.show);
      this.focus.focusPanel();
    } else if (action.action === 'select-link') {
      this.select('link', action.id, { toggle: false }, true);
      this.focus.focusPanel();
    } else if (action.action === 'path') {
      host.path = action.to ? `${action.from},${action.to}` : null;
      if (!action.to) host.selected = action.from;
    } else if (action.action === 'include-proposed') host.includeProposed = action.include;
    else this.closePanel();
  }

  closePanel(): void {
    this.host.panelOpen = false;
    this.focus.focusCity(this.host.selected ?? '');
  }

  /** Sets what stands out on the overlay (also after the overlay gets a new model). */
  applyEmphasis(): void {
    const host = this.host;
    const overlay = this.overlay();
    const filtered = this.network.filtered;
    if (!overlay || !this.network.dataset || !filtered) return;
    const chapter = host.chapters[host.chapterIndex];
    overlay.setEmphasis(emphasisOf(host, filtered, this.network.index, chapter, this.network.path));
  }

  /** Applies a transition and sends the selection event it asks for. */
  private apply(transition: Transition): void {
    Object.assign(this.host, transition.next);
    if (transition.select) emit(this.host, 'archipelago-select', transition.select);
  }

  private findPath(): void {
    const detail = pathEvent(this.network.findPath(this.host.path), this.network.path);
    if (detail) emit(this.host, 'archipelago-path', detail);
  }

  /** Sets the filters and clears explore state for the chapter now presented (before rendering). */
  private enterChapter(): void {
    const host = this.host;
    const dataset = this.network.dataset;
    if (!dataset) return;
    const chapter = host.chapters[host.chapterIndex];
    Object.assign(host, chapterEntry(chapter, dataset, this.story.wasPresenting, this.story.takeEntryYear()));
  }

  private announce(changed: ReadonlySet<EmphasisKey>): void {
    const host = this.host;
    const dataset = this.network.dataset;
    if (!dataset) return;
    host.announcement = announcement(
      {
        dataset,
        lang: host.uiLang,
        state: host,
        chapters: host.chapters,
        chapterIndex: host.chapterIndex,
        path: this.network.path,
        filtered: this.network.filtered,
        linkCount: host.selected ? (this.network.index.linksOf.get(host.selected)?.links.size ?? 0) : 0,
        previous: host.announcement,
      },
      changed,
    );
  }
}
