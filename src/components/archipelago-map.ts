import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { type FilterState, NO_FILTERS } from '../data/filters';
import type { Chapter } from '../data/schema';
import { localize } from '../data/text';
import type { DataIssue } from '../data/validate';
import { formatIssue } from '../data/validate';
import type { ViewState } from '../embed/hash-state';
import { strings, type UiLang, uiLang } from '../i18n/strings';
import type { IslandMetric } from '../overlay/from-dataset';
import type { Theme } from '../overlay/palette';
import { SvgOverlay } from '../overlay/svg-overlay';
import { pathEnds } from '../state/explore';
import {
  type Controls,
  ISLAND_METRICS,
  layoutOf,
  legendOpenAt,
  METRIC_LABELS,
  THEMES,
  timelineFitsAt,
} from '../state/options';
import { chapterIndex } from '../story/story';
import { srOnly } from '../styles/sr-only';
import { emit } from './emit';
import { Exploring } from './exploring';
import { Exports } from './exports';
import type { VideoOptions } from './film';
import { FocusController } from './focus-controller';
import { renderHelp } from './help';
import type { Hover, Status } from './host';
import { KeyboardController } from './keyboard-controller';
import { renderLegend } from './legend';
import { renderMapControls } from './map-controls';
import { MapHostController } from './map-host';
import { Network } from './network';
import { PointerController } from './pointer-controller';
import { renderSidePanel } from './side-panel';
import { renderStatus } from './status';
import { renderStoryBar } from './story-bar';
import { StoryController } from './story-controller';
import { elementStyles } from './styles';
import { renderTableView } from './table-view';
import { TimelineController } from './timeline-controller';
import { renderBigYear, renderTimeline } from './timeline-slot';
import { renderToolbar } from './toolbar';
import { renderTooltip } from './tooltip';

export type { Controls } from '../state/options';

/**
 * The Baltic Sea Archipelago of Innovation: metropolises as islands, partnerships as links, over an
 * embedded offline basemap.
 *
 * @element archipelago-map
 * @attr {string} src - URL of a dataset JSON; the bundled dataset when absent.
 * @attr {string} basemap - `embedded` (default), `none`, or a MapLibre style URL.
 * @attr {'light'|'dark'|'projector'} theme - colour theme; follows `prefers-color-scheme` when absent.
 * @attr {string} lang - interface language (`en`, `fi`, `sv`, `de`, `ru`).
 * @attr {'full'|'minimal'|'none'} controls - how much chrome is shown.
 * @attr {string} selected - id of the selected city.
 * @attr {string} path - two city ids `a,b`: the shortest path between them is shown.
 * @attr {'population'|'degree'|'betweenness'} metric - what island size shows.
 * @attr {string} chapter - a chapter id of the dataset's story; present = presenting.
 * @attr {number} year - one year: shows the partnerships active in it (the range [year, year]); removing it
 *   clears the range. Not a whole number: ignored with a console warning.
 * @attr {boolean} timeline - shows the timeline with `controls="minimal"`, and with `full` at any size (with
 *   `full` it shows under the map where it fits, and folds into a map button where it does not).
 * @attr {boolean} editing - for an editor: clicks and Enter on marks send `archipelago-press` instead of
 *   selecting (no selection, no panel); see `unproject` and `previewCity`.
 * @attr {boolean} ready - set by the element once the first complete picture is on screen.
 * @attr {boolean} error - set by the element when the data or basemap failed.
 * @fires archipelago-ready - the first complete picture is on screen; `detail` `{title, subtitle}`: the dataset's, in the element's language.
 * @fires archipelago-select - `{kind: 'city' | 'link' | null, id: string | null}`.
 * @fires archipelago-path - `{from, to, ids: string[] | null}`; `ids` is null when no path joins them.
 * @method exportImage - `({width, height})` → PNG Blob of the current view (basemap, marks, legend, caption).
 * @method exportSvg - a promise of the overlay as a standalone SVG document string.
 * @method viewAsChapter - a promise of the current camera, selection and filters as chapter JSON text.
 * @method exportChapters - every chapter as a numbered PNG, in one zip Blob.
 * @method exportVideo - `({width, height, fps, chapters, format, titleCard, signal})` → the story as an MP4 or WebM Blob.
 * @fires archipelago-chapter - `{id, index}` on every chapter change; `{id: null, index: -1}` on leaving.
 * @fires archipelago-state - `{view}`: selection, filters, metric, path or camera changed (for URL state).
 * @fires archipelago-error - `{message, issues: [{code, path, message}]}`.
 * @fires archipelago-press - with `editing`: `{kind: 'city' | 'link', id}` for a click or Enter on a mark.
 * @csspart island - every city mark (island or off-map indicator), with `data-city`.
 * @csspart link - every partnership line, with `data-link`.
 * @csspart group - every group hull, with `data-group`.
 * @csspart error - the alert shown when the data cannot be drawn.
 * @cssprop --archipelago-font-family - font of labels and controls.
 * @cssprop --archipelago-island-fill - island colour.
 * @cssprop --archipelago-island-stroke - island outline colour.
 * @cssprop --archipelago-label-size - city label size.
 * @cssprop --archipelago-link-scale - multiplies every link width.
 */
export class ArchipelagoMap extends LitElement {
  static override styles = [elementStyles, srOnly];
  static override properties = {
    src: { type: String },
    basemap: { type: String },
    theme: { type: String, reflect: true },
    lang: { type: String },
    controls: { type: String },
    selected: { type: String, reflect: true },
    path: { type: String, reflect: true },
    metric: { type: String, reflect: true },
    chapter: { type: String, reflect: true },
    year: { type: String },
    timeline: { type: Boolean },
    editing: { type: Boolean },
    status: { state: true },
    blackout: { state: true },
    notice: { state: true },
    simplified: { state: true },
    issues: { state: true },
    hover: { state: true },
    selectedLink: { state: true },
    announcement: { state: true },
    legendOpen: { state: true },
    exportOpen: { state: true },
    narrow: { state: true },
    timelineRoom: { state: true },
    timelineOpen: { state: true },
    menuOpen: { state: true },
    panelOpen: { state: true },
    tableOpen: { state: true },
    helpOpen: { state: true },
    filters: { state: true },
    includeProposed: { state: true },
    systemDark: { state: true },
  };

  declare src: string | null;
  declare basemap: string | null;
  declare theme: Theme | null;
  declare controls: Controls | null;
  declare selected: string | null;
  declare path: string | null;
  declare metric: IslandMetric | null;
  declare chapter: string | null;
  declare year: string | null;
  declare timeline: boolean;
  declare editing: boolean;
  declare blackout: boolean;
  declare notice: string;
  /** The map is drawn without WebGL (the simplified SVG map). */
  declare simplified: boolean;
  declare status: Status;
  declare issues: DataIssue[];
  declare hover: Hover | null;
  declare selectedLink: string | null;
  declare announcement: string;
  declare legendOpen: boolean;
  declare exportOpen: boolean;
  declare narrow: boolean;
  declare timelineRoom: boolean;
  declare timelineOpen: boolean;
  declare menuOpen: boolean;
  declare panelOpen: boolean;
  declare tableOpen: boolean;
  declare helpOpen: boolean;
  declare filters: FilterState;
  /** Measures and paths count proposed partnerships too: the panel's switch. */
  declare includeProposed: boolean;
  declare systemDark: boolean;

  private readonly network = new Network();
  private readonly mapEl = createRef<HTMLDivElement>();
  private readonly svgEl = createRef<SVGSVGElement>();
  private overlay: SvgOverlay | null = null;
  private darkQuery: MediaQueryList | null = null;
  private readonly map = new MapHostController(this, this.network, {
    styles: () => (this.constructor as typeof ArchipelagoMap).elementStyles,
    container: () => this.mapEl.value,
    overlay: () => this.overlay,
    onDataset: (dataset) => this.exploring.setDataset(dataset),
    onFail: (issues) => this.fail(issues),
    onReady: () => this.becomeReady(),
    onModel: () => this.exploring.applyEmphasis(),
    onMoveEnd: () => {
      if (this.status === 'ready') this.emitState();
    },
  });
  private readonly story = new StoryController(this, this.map, (message) => this.flash(message));
  private readonly exports = new Exports(this, this.network, this.map, this.story, {
    overlay: () => this.svgEl.value,
    flash: (message) => this.flash(message),
  });
  private readonly focusing = new FocusController(this, this.network, this.map, () => this.overlay);
  private readonly exploring = new Exploring(
    this,
    this.network,
    this.map,
    this.story,
    this.focusing,
    () => this.overlay,
  );
  private readonly keyboard = new KeyboardController(this, this.map, this.story, this.focusing, {
    closePanel: () => this.exploring.closePanel(),
    clearSelection: () => this.exploring.clear(),
    tellsAbout: (id) => id === this.selected || (pathEnds(this.path)?.includes(id) ?? false),
  });
  private readonly timing = new TimelineController(this, this.network);
  private readonly pointer = new PointerController(this, () => this.overlay, {
    selectLink: (id) => this.exploring.select('link', id),
    clear: () => this.editing || this.exploring.clear(),
  });

  constructor() {
    super();
    this.src = null;
    this.basemap = null;
    this.theme = null;
    this.controls = null;
    this.selected = null;
    this.path = null;
    this.metric = null;
    this.chapter = null;
    this.year = null;
    this.timeline = false;
    this.editing = false;
    this.blackout = false;
    this.notice = '';
    this.status = 'loading';
    this.issues = [];
    this.hover = null;
    this.selectedLink = null;
    this.announcement = '';
    this.legendOpen = true;
    this.exportOpen = false;
    this.narrow = false;
    this.timelineRoom = true;
    this.timelineOpen = false;
    this.menuOpen = false;
    this.panelOpen = false;
    this.tableOpen = false;
    this.helpOpen = false;
    this.filters = NO_FILTERS;
    this.includeProposed = false;
    this.systemDark = false;
  }

  /** The theme in force: the attribute, else the reader's colour-scheme preference. */
  get activeTheme(): Theme {
    if (this.theme && (THEMES as readonly string[]).includes(this.theme)) return this.theme;
    return this.systemDark ? 'dark' : 'light';
  }

  get uiLang(): UiLang {
    return uiLang(this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  get activeMetric(): IslandMetric {
    return this.metric && (ISLAND_METRICS as readonly string[]).includes(this.metric)
      ? this.metric
      : 'population';
  }

  /** The story's chapters (empty when the dataset has none). */
  get chapters(): Chapter[] {
    return this.network.dataset?.chapters ?? [];
  }

  /** Index of the chapter being presented, -1 when not presenting. */
  get chapterIndex(): number {
    return chapterIndex(this.chapters, this.chapter);
  }

  get presenting(): boolean {
    return this.chapterIndex >= 0;
  }

  /** Presents chapter `index` (clamped to the story). */
  goToChapter(index: number): void {
    this.story.goTo(index);
  }

  nextChapter(): void {
    this.story.step('next');
  }

  previousChapter(): void {
    this.story.step('previous');
  }

  /** Leaves presenting: the map returns to exploring at its default view. */
  stopPresenting(): void {
    this.chapter = null;
  }

  /** The current view as a PNG of exactly `size` pixels (default 1920×1080). */
  exportImage(size = { width: 1920, height: 1080 }): Promise<Blob> {
    return this.exports.image(size);
  }

  /** The overlay (islands, links, groups, labels) as a standalone SVG document. */
  exportSvg(): Promise<string> {
    return this.exports.svg();
  }

  /** The current camera, selection and filters as chapter JSON, ready to paste into `chapters[]`. */
  viewAsChapter(): Promise<string> {
    return this.exports.chapterJson();
  }

  /** Every chapter of the story as a numbered PNG (01-archipelago.png, …), in one zip. */
  exportChapters(size = { width: 1920, height: 1080 }): Promise<Blob> {
    return this.exports.chapters(size);
  }

  /**
   * The story as a film, frame by frame on a fixed clock: MP4 (H.264 where the browser encodes it, else
   * VP9 or AV1) or WebM, default 1920×1080 at 30 fps; rejects with an AbortError when `signal` cancels.
   */
  exportVideo(options: VideoOptions = {}): Promise<Blob> {
    return this.exports.video(options);
  }

  /**
   * The dataset as an object, in place of `src` (which it overrides while set). Validated as a loaded
   * file is; once the map is ready a new value is swapped in without loading again: the camera stays, and
   * so does the selection while its ids exist. `null` goes back to `src`.
   */
  get data(): unknown {
    return this.map.data;
  }

  set data(value: unknown) {
    this.map.setData(value);
  }

  /** The `[lng, lat]` under a point of the page (`clientX`, `clientY`); null before the map is there. */
  unproject(clientX: number, clientY: number): [number, number] | null {
    const box = this.mapEl.value?.getBoundingClientRect();
    return box && this.view ? this.view.unproject([clientX - box.left, clientY - box.top]) : null;
  }

  /** Draws city `id` at `lngLat` until the next dataset (an island being dragged); null puts it back. */
  previewCity(id: string, lngLat: [number, number] | null): void {
    this.overlay?.moveCity(id, lngLat);
  }

  /**
   * The map in use. Not public: the bench and the browser tests that drive MapLibre's camera directly
   * (eased turns, zoom past the 1:10m switch) reach it here.
   */
  private get view() {
    return this.map.view;
  }

  /** Everything a page needs to restore this view: ids and numbers only. */
  get viewState(): ViewState {
    const view = this.view;
    return {
      selected: this.selected,
      link: this.selectedLink,
      filters: this.filters,
      metric: this.activeMetric,
      path: pathEnds(this.path),
      camera: view?.moved ? view.camera() : null,
    };
  }

  set viewState(state: ViewState) {
    this.selected = state.selected;
    this.selectedLink = state.selected ? null : state.link;
    this.filters = state.filters;
    this.metric = state.metric === 'population' ? null : state.metric;
    this.path = state.path ? state.path.join(',') : null;
    this.panelOpen = Boolean(state.selected || state.link || state.path);
    this.map.jumpTo(state.camera);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this.systemDark = this.darkQuery.matches;
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    if (!this.hasUpdated) {
      const box = this.getBoundingClientRect();
      const layout = layoutOf(box.width, box.height);
      this.legendOpen = legendOpenAt(box.width, box.height);
      this.timelineRoom = box.width === 0 || timelineFitsAt(box.width, box.height);
      this.narrow = layout === 'narrow';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkQuery?.removeEventListener('change', this.onSchemeChange);
  }

  protected override firstUpdated(): void {
    const svgRoot = this.svgEl.value;
    if (svgRoot) {
      this.overlay = new SvgOverlay(svgRoot, {
        select: (kind, id, extend) =>
          this.editing
            ? emit(this, 'archipelago-press', { kind, id })
            : this.exploring.select(kind, id, { extend: extend ?? false }),
        hover: (mark, leaving) => this.pointer.setHover(mark, leaving),
        focusMove: (from, key) => this.keyboard.islandKey(from, key),
      });
      this.overlay.setTheme(this.activeTheme);
    }
    void document.fonts?.ready.then(() => {
      this.overlay?.measureLabels();
      this.map.redraw();
    });
    void this.map.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('helpOpen') && this.helpOpen) this.focusing.helpOpening();
    this.timing.willUpdate(changed);
    this.exploring.willUpdate(changed);
    this.timing.speak(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('tableOpen') && this.tableOpen) void import('./data-tables');
    if (changed.has('panelOpen') && this.panelOpen) void import('./info-panel');
    if (changed.has('helpOpen') && this.helpOpen) this.focusing.helpOpened();
    // The first update's "changes" are the initial values, which firstUpdated already loads.
    const reload = (['src', 'basemap'] as const).some((k) => changed.has(k) && changed.get(k) !== undefined);
    if (reload) void this.map.load();
    if (changed.has('theme') || changed.has('systemDark')) this.map.setTheme();
    if (changed.has('lang')) this.map.setLanguage();
    if ((changed.has('metric') || changed.has('includeProposed')) && this.network.dataset) {
      this.map.applyRadii(true);
    }
    if (
      (['legendOpen', 'status', 'panelOpen', 'tableOpen', 'timelineRoom', 'timelineOpen'] as const).some(
        (k) => changed.has(k),
      )
    ) {
      this.map.updateInsets();
    }
    const ready = this.status === 'ready';
    if (ready && (changed.has('chapter') || changed.has('status'))) this.story.show();
    if (ready) this.timing.load(this.timing.shown);
    // What the panel talks about stays on screen beside it.
    if (ready && (changed.has('panelOpen') || changed.has('path') || changed.has('status'))) {
      const path = this.network.path;
      if (path) this.exploring.showIds(path.cities ?? [path.from, path.to]);
      else if (this.panelOpen && this.selected) this.exploring.showIds([this.selected]);
    }
    if (
      ready &&
      (['selected', 'selectedLink', 'filters', 'path', 'metric'] as const).some((k) => changed.has(k))
    ) {
      this.emitState();
    }
  }

  override render() {
    const t = strings(this.uiLang);
    const controls = this.controls ?? 'full';
    const ready = this.status === 'ready';
    const presenting = ready && this.presenting;
    const explore = ready && !presenting;
    const full = controls === 'full';
    return html`<div
      class="frame"
      data-theme=${this.activeTheme}
      lang=${this.uiLang}
      tabindex="-1"
      ?data-presenting=${presenting}
      ?data-narrow=${this.narrow}
      ?data-playing=${this.timing.playing}
      @click=${this.pointer.onBackgroundClick}
      @pointermove=${this.pointer.onPointerMove}
    >
      <div class="map" ${ref(this.mapEl)}></div>
      <div class="marks">
        <svg
          class="overlay"
          ${ref(this.svgEl)}
          role="group"
          aria-label=${t.mapLabel}
          tabindex="-1"
          @focusin=${this.focusing.onOverlayFocus}
        ></svg>
      </div>
      ${ready && this.hover ? this.renderTooltip() : nothing}
      ${
        /* Right after the islands in the focus order: Tab from the selected island goes to its details. */
        explore && full && this.panelOpen ? this.renderPanel() : nothing
      }
      ${explore && full ? this.renderToolbar() : nothing}
      ${explore && controls !== 'none' ? this.renderLegend(controls) : nothing}
      ${explore && this.timing.shown ? renderTimeline(this, this.network, this.timing) : nothing}
      ${ready ? renderBigYear(this.timing.bigYear) : nothing}
      ${ready && controls !== 'none' ? this.renderMapControls(full) : nothing}
      ${explore && this.tableOpen ? this.renderTables() : nothing}
      ${presenting ? this.renderStory() : nothing}
      ${presenting && this.blackout ? html`<div class="blackout" data-blackout aria-hidden="true"></div>` : nothing}
      ${this.notice ? html`<div class="notice" role="status">${this.notice}</div>` : nothing}
      ${ready && this.simplified ? html`<p class="simplified" data-simplified role="status">${t.simplifiedMap}</p>` : nothing}
      ${ready && this.helpOpen ? renderHelp(t, () => this.focusing.closeHelp()) : nothing}
      ${renderStatus(this.status, this.issues, this.uiLang)}
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderStory() {
    return renderStoryBar({
      chapters: this.chapters,
      index: this.chapterIndex,
      lang: this.uiLang,
      onPrevious: () => this.previousChapter(),
      onNext: () => this.nextChapter(),
      onSpeaker: () => void this.story.openSpeaker(),
      onExit: () => this.stopPresenting(),
    });
  }

  private renderToolbar() {
    return renderToolbar({
      t: strings(this.uiLang),
      lang: this.uiLang,
      dataset: this.network.dataset,
      narrow: this.narrow,
      menuOpen: this.menuOpen,
      metric: this.activeMetric,
      tableOpen: this.tableOpen,
      exportOpen: this.exportOpen,
      hasChapters: this.chapters.length > 0,
      onMenu: () => {
        this.menuOpen = !this.menuOpen;
      },
      onSearch: (id) => this.exploring.chooseFromSearch(id),
      onMetric: (metric) => {
        this.metric = metric === 'population' ? null : metric;
      },
      onTable: () => {
        this.tableOpen = !this.tableOpen;
      },
      onExportMenu: () => {
        this.exportOpen = !this.exportOpen;
      },
      onExport: (kind) => void this.exports.run(kind),
      onHelp: () => {
        this.helpOpen = true;
      },
    });
  }

  private renderLegend(controls: Controls) {
    const dataset = this.network.dataset;
    const filtered = this.network.filtered;
    if (!dataset || !filtered) return nothing;
    const t = strings(this.uiLang);
    return renderLegend({
      dataset,
      lang: this.uiLang,
      theme: this.activeTheme,
      t,
      open: this.legendOpen,
      filters: this.filters,
      result: filtered,
      interactive: controls === 'full',
      sizeLabel: t[METRIC_LABELS[this.activeMetric]],
      onToggleOpen: () => {
        this.legendOpen = !this.legendOpen;
        // On a narrow screen both would take the bottom of the map: one gives way to the other.
        if (this.legendOpen && this.narrow) this.timelineOpen = false;
      },
      onFilters: (next) => {
        this.filters = next;
      },
    });
  }

  private renderMapControls(full: boolean) {
    return renderMapControls({
      t: strings(this.uiLang),
      full,
      fullscreen: document.fullscreenElement === this,
      onZoom: (delta) => this.map.view?.zoomBy(delta),
      onReset: () => this.map.view?.resetView(),
      onFullscreen: () => void this.story.toggleFullscreen(),
      timeline: this.timing.folded ? { open: this.timelineOpen, years: this.filters.years } : null,
      onTimeline: () => this.timing.toggleFolded(),
    });
  }

  private renderPanel() {
    const dataset = this.network.dataset;
    if (!dataset) return nothing;
    return renderSidePanel({
      dataset,
      lang: this.uiLang,
      selection: this.selected
        ? { kind: 'city', id: this.selected }
        : this.selectedLink
          ? { kind: 'link', id: this.selectedLink }
          : null,
      path: this.network.path,
      measures: this.network.measures,
      ranks: this.network.ranks,
      includeProposed: this.includeProposed,
      onClose: () => this.exploring.closePanel(),
      onAction: (action) => this.exploring.panelAction(action),
    });
  }

  private renderTables() {
    return renderTableView({
      t: strings(this.uiLang),
      lang: this.uiLang,
      dataset: this.network.dataset,
      measures: this.network.measures,
      visibleCities: this.network.filtered?.cities ?? null,
      visibleLinks: this.network.filtered?.links ?? null,
      onClose: () => {
        this.tableOpen = false;
      },
      onSelect: (kind, id) => {
        this.tableOpen = false;
        this.exploring.select(kind, id, { toggle: false }, true);
      },
    });
  }

  private renderTooltip() {
    const dataset = this.network.dataset;
    if (!this.hover || !dataset) return nothing;
    return renderTooltip({
      dataset,
      hover: this.hover,
      lang: this.uiLang,
      width: this.clientWidth,
      onEnter: () => this.pointer.keepTooltip(),
      onLeave: () => this.pointer.setHover(null, true),
    });
  }

  private becomeReady(): void {
    this.toggleAttribute('ready', true);
    const meta = this.network.dataset?.meta;
    emit(this, 'archipelago-ready', {
      title: meta ? localize(meta.title, this.uiLang) : '',
      subtitle: meta?.subtitle ? localize(meta.subtitle, this.uiLang) : '',
    });
    // What the reader opens first comes after the first picture, not before it.
    void import('./info-panel');
  }

  private fail(issues: DataIssue[]): void {
    this.status = 'error';
    this.issues = issues;
    this.toggleAttribute('error', true);
    this.removeAttribute('ready');
    const message = issues.length === 1 ? formatIssue(issues[0]!) : `${issues.length} problems in the data`;
    emit(this, 'archipelago-error', {
      message,
      issues: issues.map(({ code, path, message: m }) => ({ code, path, message: m })),
    });
  }

  private emitState(): void {
    // An export driving the view (a film's every frame) returns to the view it had: nothing to tell.
    if (this.hasAttribute('exporting')) return;
    emit(this, 'archipelago-state', { view: this.viewState });
  }

  private flash(message: string): void {
    this.notice = message;
    window.setTimeout(() => {
      if (this.notice === message) this.notice = '';
    }, 5000);
  }

  private readonly onSchemeChange = (event: MediaQueryListEvent) => {
    this.systemDark = event.matches;
  };
}
