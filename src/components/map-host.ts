import { adoptStyles, type ReactiveController, unsafeCSS } from 'lit';
import datasetUrl from '../../data/archipelago.json?url';
import { homeBounds } from '../basemap/region';
import { loadDataset } from '../data/load';
import type { Dataset } from '../data/schema';
import { type DataIssue, validateDataset } from '../data/validate';
import type { ViewState } from '../embed/hash-state';
import { sameSides } from '../geo/types';
import { strings } from '../i18n/strings';
import { islandRadii, overlayModel } from '../overlay/from-dataset';
import type { SvgOverlay } from '../overlay/svg-overlay';
import { pathEnds } from '../state/explore';
import { layoutOf, timelineFitsAt } from '../state/options';
import type { BasemapHandle } from './basemap';
import { allInFreeArea, type CameraView, type Insets } from './camera-view';
import { labelFontsReady } from './fonts-ready';
import { type ArchipelagoHost, prefersReducedMotion } from './host';
import type { Network } from './network';

export interface MapHostOptions {
  /** The element's shadow root styles, adopted again with MapLibre's stylesheet once the map loads. */
  styles: () => Parameters<typeof adoptStyles>[1];
  /** The map's container and the overlay's renderer, once the first render made them. */
  container: () => HTMLDivElement | undefined;
  overlay: () => SvgOverlay | null;
  /** A dataset arrived (before anything is drawn from it). */
  onDataset: (dataset: Dataset) => void;
  /** The data or the basemap failed: the element shows the error state. */
  onFail: (issues: DataIssue[]) => void;
  /** The first complete picture is on screen. */
  onReady: () => void;
  /** The overlay has a new model: what stands out must be set on it again. */
  onModel: () => void;
  /** The camera rested after a move. */
  onMoveEnd: () => void;
}

const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The map under the islands, from loading to removal: fetches the dataset and starts the map side by
 * side (MapLibre, or the simplified SVG map without WebGL), follows the element's size, keeps the camera
 * and the overlay clear of the toolbar, legend and panel (insets), and redraws the overlay on every
 * camera frame. Starts with the host and stops with it (a moved element starts again from the data).
 */
export class MapHostController implements ReactiveController {
  view: CameraView | null = null;
  /** Room the chrome takes on each side, as last measured. */
  insets: Insets = NO_INSETS;
  /** The host's size as the resize observer last saw it (reading it per frame would force a layout). */
  hostSize = { width: 0, height: 0 };
  private basemapHandle: BasemapHandle | null = null;
  private pendingCamera: ViewState['camera'] = null;
  private loadToken = 0;
  private abort: AbortController | null = null;
  private resizeObserver: ResizeObserver | null = null;
  /** The timeline grows when its code arrives and as it wraps: the camera keeps clear of its real height. */
  private slotObserver: ResizeObserver | null = null;
  private observedSlot: Element | null = null;
  private visible = false;
  private visibility: IntersectionObserver | null = null;
  private onVisible: (() => void) | null = null;
  /** A dataset given as an object (the element's `data`), which takes the place of `src`. */
  data: unknown;

  constructor(
    private readonly host: ArchipelagoHost,
    private readonly network: Network,
    private readonly options: MapHostOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resizeObserver = new ResizeObserver(() => {
      const host = this.host;
      this.hostSize = { width: host.clientWidth, height: host.clientHeight };
      host.narrow = layoutOf(host.clientWidth, host.clientHeight) === 'narrow';
      host.timelineRoom = timelineFitsAt(host.clientWidth, host.clientHeight);
      this.view?.resize();
      this.updateInsets();
    });
    this.resizeObserver.observe(this.host);
    // Reconnecting after a move in the DOM starts again from the data.
    if (this.host.hasUpdated) void this.load();
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.slotObserver?.disconnect();
    this.slotObserver = null;
    this.observedSlot = null;
    this.teardownMap();
    this.abort?.abort();
    this.loadToken++;
    this.visibility?.disconnect();
    this.visibility = null;
    this.visible = false;
  }

  /** Loads the dataset and the basemap; anything that fails becomes the visible error state. */
  async load(): Promise<void> {
    const host = this.host;
    const token = ++this.loadToken;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    host.removeAttribute('ready');
    host.removeAttribute('error');
    host.status = 'loading';
    if (host.issues.length) host.issues = [];
    const url = host.src || datasetUrl;
    // The map starts while the data loads: neither needs the other, and both take time. A map off screen
    // creates no WebGL context until it scrolls into view (pages with many maps).
    const mapped = this.whenVisible()
      .then(() => (token === this.loadToken ? this.ensureMap(token) : undefined))
      .then(
        () => null,
        (error: unknown) => error,
      );
    let result: Awaited<ReturnType<typeof loadDataset>>;
    try {
      result =
        this.data != null ? validateDataset(this.data) : await loadDataset(url, { signal: abort.signal });
    } catch {
      return; // superseded by a newer load
    }
    if (token !== this.loadToken) return;
    if (!result.ok) {
      this.options.onFail(result.issues);
      return;
    }
    this.options.onDataset(result.dataset);
    const mapError = await mapped;
    if (token !== this.loadToken) return;
    if (mapError !== null) {
      this.options.onFail([
        { code: 'basemap', path: '', message: `the basemap could not be loaded: ${String(mapError)}` },
      ]);
      return;
    }
    if (token !== this.loadToken || !this.view) return;
    // The first picture shows every city of the data on the basemap, not only the 2007 metropolises.
    this.view.setHome(
      homeBounds(result.dataset.cities.filter((c) => c.kind !== 'external').map((c) => c.coordinates)),
    );
    this.applyModel();
    host.status = 'ready';
    await host.updateComplete;
    // Ready means readable: the labels' fonts are in (or given up on after a time limit, with a warning).
    // Their faces are asked for now, as the labels are first drawn, so they load while the map settles.
    const fonts = labelFontsReady(host);
    await this.view.idle();
    if (await fonts) this.options.overlay()?.measureLabels();
    if (token !== this.loadToken) return;
    // The controls' buttons take their size from the font just loaded: the free area may have moved.
    const insets = this.insets;
    this.updateInsets();
    await this.foldIfCrowded(result.dataset);
    if (!sameSides(insets, this.insets)) await this.view?.idle();
    if (token !== this.loadToken) return;
    this.redraw();
    this.options.overlay()?.flush();
    this.options.onReady();
  }

  /**
   * A new dataset object: once the map is ready it is swapped in place (no loading state, the camera
   * stays, so does the selection while its ids exist); before that, or after a failure, it is loaded.
   */
  setData(value: unknown): void {
    this.data = value;
    const host = this.host;
    if (host.status !== 'ready' || value == null) {
      if (host.hasUpdated) void this.load();
      return;
    }
    const result = validateDataset(value);
    if (!result.ok) {
      this.loadToken++;
      this.options.onFail(result.issues);
      return;
    }
    const { cities, links } = result.dataset;
    const known = (id: string | null) => !id || cities.some((c) => c.id === id);
    if (!known(host.selected)) host.selected = null;
    if (host.selectedLink && !links.some((l) => l.id === host.selectedLink)) host.selectedLink = null;
    const ends = pathEnds(host.path);
    if (ends && !ends.every(known)) host.path = null;
    this.options.onDataset(result.dataset);
    this.applyModel();
    this.redraw();
    // A chapter on show is shown again from the new data (its camera or words may have changed), so the
    // story knows it is presenting and leaving it is told as for any chapter.
    if (host.chapter) host.requestUpdate('chapter', null);
    else host.requestUpdate();
  }

  /**
   * The first picture shows every city: when the open legend still covers one after the camera fitted
   * the rest of the map (a dataset reaching far west, a short element), the legend folds into its button;
   * when the timeline under the map still does (a dataset reaching far north), the timeline gives way too,
   * unless the `timeline` attribute asks for it.
   */
  private async foldIfCrowded(dataset: Dataset): Promise<void> {
    const view = this.view;
    const host = this.host;
    if (!view || view.moved) return;
    const points = dataset.cities.filter((c) => c.kind !== 'external').map((c) => c.coordinates);
    const crowded = () => !allInFreeArea(points, view.projector(), view.viewport(), this.insets, 0);
    // Each fold lets the element's update measure the insets again, and the camera refit the default view.
    if (host.legendOpen && crowded()) {
      host.legendOpen = false;
      await host.updateComplete;
    }
    if (host.timelineRoom && !host.timeline && !host.timelineOpen && crowded()) {
      host.timelineRoom = false;
      await host.updateComplete;
    }
  }

  private whenVisible(): Promise<void> {
    if (this.visible || typeof IntersectionObserver === 'undefined') return Promise.resolve();
    return new Promise((resolve) => {
      this.onVisible = resolve;
      if (this.visibility) return;
      this.visibility = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.visible = true;
          this.visibility?.disconnect();
          this.visibility = null;
          this.onVisible?.();
          this.onVisible = null;
        },
        { rootMargin: '200px' },
      );
      this.visibility.observe(this.host);
    });
  }

  private async ensureMap(token: number): Promise<void> {
    const container = this.options.container();
    if (!container) throw new Error('no map container');
    const host = this.host;
    const wanted = host.basemap || 'embedded';
    if (this.view && this.basemapHandle?.value === wanted) return;
    this.teardownMap();
    const [{ MapView, isWebglFailure, MAP_CSS }, { handle, bounded }] = await Promise.all([
      import('./map-view'),
      import('./basemap').then(async ({ openBasemap, isBounded }) => ({
        handle: await openBasemap(wanted, host.activeTheme, host.uiLang),
        bounded: isBounded(wanted),
      })),
    ]);
    if (token !== this.loadToken) return;
    // MapLibre's own stylesheet comes with MapLibre, not in the element's first bytes.
    adoptStyles(host.renderRoot as ShadowRoot, [unsafeCSS(MAP_CSS), ...this.options.styles()]);
    let view: Awaited<ReturnType<typeof MapView.create>>;
    try {
      view = await MapView.create({
        container,
        style: handle.style,
        bounded,
        reducedMotion: prefersReducedMotion(),
        padding: 48,
        onContextGone: () => void this.replaceWithSimplified(),
      });
    } catch (error) {
      if (!isWebglFailure(error)) throw error;
      await this.startSimplified(token, wanted);
      return;
    }
    if (token !== this.loadToken) {
      view.remove();
      return;
    }
    this.useView(view, handle);
    handle.attach(view.map);
  }

  private useView(view: CameraView, handle: BasemapHandle): void {
    this.view = view;
    this.basemapHandle = handle;
    this.host.simplified = view.kind === 'simplified';
    view.on('move', this.onMove);
    view.on('moveend', this.onMoveEnd);
    if (this.pendingCamera) {
      view.jumpTo(this.pendingCamera);
      this.pendingCamera = null;
    }
  }

  /** Without WebGL the same basemap, overlay, story and state go on in a simplified SVG map. */
  private async startSimplified(token: number, wanted: string): Promise<void> {
    const container = this.options.container();
    if (!container) throw new Error('no map container');
    // A MapLibre map that failed to start may have left its container half built.
    container.replaceChildren();
    container.classList.remove('maplibregl-map');
    const [{ SimplifiedView }, layers] = await Promise.all([
      import('./simplified-view'),
      import('./basemap').then(async ({ simplifiedLayers, simplifiedDetail, isBounded }) => ({
        low: await simplifiedLayers(wanted),
        detail: simplifiedDetail,
        bounded: isBounded(wanted),
      })),
    ]);
    if (token !== this.loadToken) return;
    const host = this.host;
    const view = new SimplifiedView({
      container,
      layers: layers.low,
      detail: layers.detail,
      theme: host.activeTheme,
      lang: host.uiLang,
      bounded: layers.bounded,
      reducedMotion: prefersReducedMotion(),
      padding: 48,
    });
    this.useView(view, {
      value: wanted,
      style: '',
      attach: () => {},
      setTheme: (theme) => view.setTheme(theme),
      setLanguage: (lang) => view.setLanguage(lang),
    });
  }

  /** A WebGL context lost for good: the map goes on as the simplified map, from the same camera. */
  private async replaceWithSimplified(): Promise<void> {
    const view = this.view;
    if (view?.kind !== 'webgl') return;
    const token = this.loadToken;
    this.pendingCamera = view.moved ? view.camera() : null;
    this.teardownMap();
    try {
      await this.startSimplified(token, this.host.basemap || 'embedded');
    } catch (error) {
      this.options.onFail([
        { code: 'basemap', path: '', message: `the map could not be drawn: ${String(error)}` },
      ]);
      return;
    }
    if (token !== this.loadToken) return;
    this.updateInsets();
    this.redraw();
  }

  private teardownMap(): void {
    if (!this.view) return;
    this.view.off('move', this.onMove);
    this.view.off('moveend', this.onMoveEnd);
    this.view.remove();
    this.view = null;
    this.basemapHandle = null;
    this.host.simplified = false;
  }

  /** A restored view's camera: now if the map is there, else once it is. */
  jumpTo(camera: ViewState['camera']): void {
    if (camera) {
      if (this.view) this.view.jumpTo(camera);
      else this.pendingCamera = camera;
    } else if (this.view) this.view.resetView(false);
    else this.pendingCamera = null;
  }

  setTheme(): void {
    const theme = this.host.activeTheme;
    const overlay = this.options.overlay();
    overlay?.setTheme(theme);
    this.basemapHandle?.setTheme(theme);
    overlay?.measureLabels();
    this.redraw();
  }

  setLanguage(): void {
    this.basemapHandle?.setLanguage(this.host.uiLang);
    if (this.network.dataset) this.applyModel();
  }

  /** Draws what is pending now (before an export reads the overlay). */
  flush(): void {
    this.options.overlay()?.flush();
  }

  /** Hands the dataset to the overlay, in the interface language, with its island sizes. */
  applyModel(): void {
    const dataset = this.network.dataset;
    const overlay = this.options.overlay();
    const host = this.host;
    if (!dataset || !overlay) return;
    const t = strings(host.uiLang);
    overlay.setModel(
      overlayModel(dataset, {
        lang: host.uiLang,
        words: { population: t.population, offMap: t.offMap, links: t.links, proposed: t.proposed },
      }),
    );
    this.applyRadii(false);
    this.options.onModel();
    host.toggleAttribute('renderer', false);
    if (overlay.renderer === 'canvas') host.setAttribute('renderer', 'canvas');
  }

  applyRadii(animate: boolean): void {
    const dataset = this.network.dataset;
    const overlay = this.options.overlay();
    if (!dataset || !overlay) return;
    const metric = this.host.activeMetric;
    overlay.setRadii(
      islandRadii(dataset, metric, metric === 'population' ? null : this.network.measures),
      animate && !prefersReducedMotion(),
    );
  }

  redraw(moving = false): void {
    const view = this.view;
    const overlay = this.options.overlay();
    if (!view || !overlay) return;
    overlay.frame({
      project: view.projector(),
      viewport: view.viewport(),
      // Islands read from the back of a room only when they grow with the projector theme's text.
      scale: view.islandScale() * (this.host.activeTheme === 'projector' ? 1.4 : 1) * this.sizeFactor(),
      moving,
      insets: this.insets,
      resting: () => !view.isMoving(),
    });
  }

  /** Islands made for a laptop screen would cover a phone's map: shrink them with the smaller side. */
  private sizeFactor(): number {
    const side = Math.min(this.hostSize.width || 800, this.hostSize.height || 800);
    // A network of hundreds of cities needs smaller islands to leave any sea between them.
    const cities = this.network.dataset?.cities.length ?? 0;
    const density = Math.min(1, Math.max(0.35, Math.sqrt(40 / Math.max(1, cities))));
    return Math.min(1, Math.max(0.45, side / 760)) * density;
  }

  /** Keeps the default view, labels and edge indicators clear of the toolbar, legend and panel. */
  updateInsets(): void {
    const view = this.view;
    if (!view) return;
    const host = this.host;
    this.observeSlot(host.renderRoot.querySelector('.timeline-slot'));
    const box = host.getBoundingClientRect();
    const wide = layoutOf(box.width) === 'wide';
    const measure = (selector: string, side: 'left' | 'right' | 'top' | 'bottom') => {
      const el = host.renderRoot.querySelector<HTMLElement>(selector);
      const rect = el?.getBoundingClientRect();
      if (!rect?.height) return 0;
      if (side === 'left') return Math.round(rect.right - box.left);
      if (side === 'right') return Math.round(box.right - rect.left);
      if (side === 'bottom') return Math.round(box.bottom - rect.top);
      return Math.round(rect.bottom - box.top);
    };
    const insets = {
      top: Math.max(measure('.toolbar', 'top'), measure('.timeline-slot.top', 'top')),
      right: Math.max(measure('.controls', 'right'), wide && host.panelOpen ? measure('.panel', 'right') : 0),
      // Along the bottom: the story bar, the timeline, the folded legend's button and the attribution (on
      // a narrow element the timeline is at the top).
      bottom: Math.max(
        measure('.story', 'bottom'),
        measure('.timeline-slot:not(.top)', 'bottom'),
        measure('.legend.closed', 'bottom'),
        measure('.maplibregl-ctrl-bottom-right', 'bottom'),
      ),
      left: wide && host.legendOpen ? measure('.legend', 'left') : 0,
    };
    this.insets = insets;
    // The camera keeps clear of what stays open (toolbar, legend); the panel comes and goes over the map.
    view.setInsets({ ...insets, right: measure('.controls', 'right') });
    this.redraw();
  }

  private observeSlot(slot: Element | null): void {
    if (slot === this.observedSlot) return;
    this.slotObserver?.disconnect();
    this.observedSlot = slot;
    if (!slot) return;
    // Only while exploring: a chapter's camera (on stage, in a film or a still) is the chapter's own, and a
    // refit of the default view for the timeline going away would move it.
    this.slotObserver ??= new ResizeObserver(() => {
      if (!this.host.presenting) this.updateInsets();
    });
    this.slotObserver.observe(slot);
  }

  private readonly onMove = () => {
    this.redraw(true);
    if (this.host.hover) this.host.hover = null;
  };

  private readonly onMoveEnd = () => {
    this.redraw(false);
    this.options.onMoveEnd();
  };
}
