import { adoptStyles, html, LitElement, nothing, type PropertyValues, unsafeCSS } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import datasetUrl from '../../data/archipelago.json?url';
import {
  applyFilters,
  type FilterResult,
  type FilterState,
  filtersFromChapter,
  NO_FILTERS,
  yearExtent,
} from '../data/filters';
import { adjacency } from '../data/graph';
import { loadDataset } from '../data/load';
import {
  type CityMetrics,
  isGroupEdgeId,
  type NetworkGraph,
  networkGraph,
  networkMetrics,
  pathEdges,
  rankBy,
  shortestPath,
} from '../data/metrics';
import type { Chapter, Dataset } from '../data/schema';
import { localize } from '../data/text';
import type { DataIssue } from '../data/validate';
import { formatIssue } from '../data/validate';
import type { ViewState } from '../embed/hash-state';
import { nearestInDirection } from '../geo/direction';
import type { Point } from '../geo/types';
import { issueLine } from '../i18n/issue-strings';
import { fill, strings, type UiLang, uiLang } from '../i18n/strings';
import { chapterEmphasis, emphasisFor } from '../overlay/emphasis';
import { type IslandMetric, islandRadii, overlayModel } from '../overlay/from-dataset';
import type { MarkKind } from '../overlay/model';
import type { Theme } from '../overlay/palette';
import { SvgOverlay } from '../overlay/svg-overlay';
import type { SpeakerView } from '../story/speaker-view';
import { chapterIndex, isStep, type StoryCommand, stepIndex, storyCommand } from '../story/story';
import type { BasemapHandle } from './basemap';
import type { CameraView } from './camera-view';
import type { ExportSource } from './exporter';
import { labelFontsReady } from './fonts-ready';
import { renderHelp } from './help';
import { renderLegend } from './legend';
import { srOnly } from './sr-only';
import { elementStyles } from './styles';
import { tooltipContent } from './tooltip';
import './city-search';
import type { PanelAction } from './info-panel';

export type Controls = 'full' | 'minimal' | 'none';
type Status = 'loading' | 'ready' | 'error';

const THEMES: readonly Theme[] = ['light', 'dark', 'projector'];
/** Below this width (px) the toolbar folds into a menu and islands shrink to fit a phone. */
const NARROW = 600;
const METRICS: readonly IslandMetric[] = ['population', 'degree', 'betweenness'];
const MEASURE_KEYS = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'clustering'] as const;

interface PathResult {
  from: string;
  to: string;
  cities: string[] | null;
  links: string[];
  groups: string[];
}

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
 * @attr {boolean} ready - set by the element once the first complete picture is on screen.
 * @attr {boolean} error - set by the element when the data or basemap failed.
 * @fires archipelago-ready - the first complete picture is on screen.
 * @fires archipelago-select - `{kind: 'city' | 'link' | null, id: string | null}`.
 * @fires archipelago-path - `{from, to, ids: string[] | null}`; `ids` is null when no path joins them.
 * @method exportImage - `({width, height})` → PNG Blob of the current view (basemap, marks, legend, caption).
 * @method exportSvg - a promise of the overlay as a standalone SVG document string.
 * @method viewAsChapter - a promise of the current camera, selection and filters as chapter JSON text.
 * @method exportChapters - every chapter as a numbered PNG, in one zip Blob.
 * @fires archipelago-chapter - `{id, index}` on every chapter change; `{id: null, index: -1}` on leaving.
 * @fires archipelago-state - `{view}`: selection, filters, metric, path or camera changed (for URL state).
 * @fires archipelago-error - `{message, issues: [{code, path, message}]}`.
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
    menuOpen: { state: true },
    panelOpen: { state: true },
    tableOpen: { state: true },
    helpOpen: { state: true },
    filters: { state: true },
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
  declare blackout: boolean;
  declare notice: string;
  /** The map is drawn without WebGL (the simplified SVG map). */
  declare simplified: boolean;
  declare status: Status;
  declare issues: DataIssue[];
  declare hover: { kind: MarkKind; id: string; at: Point } | null;
  declare selectedLink: string | null;
  declare announcement: string;
  declare legendOpen: boolean;
  declare exportOpen: boolean;
  declare narrow: boolean;
  declare menuOpen: boolean;
  declare panelOpen: boolean;
  declare tableOpen: boolean;
  declare helpOpen: boolean;
  declare filters: FilterState;
  declare systemDark: boolean;

  private loaded: Dataset | null = null;
  private graph: NetworkGraph = { nodes: [], edges: [] };
  private metricsCache: Map<string, CityMetrics> | null = null;
  private ranksCache: Map<keyof CityMetrics, Map<string, number>> | null = null;

  /** Network measures, worked out the first time something shows them (costly for large networks). */
  private get measures(): Map<string, CityMetrics> | null {
    if (!this.metricsCache && this.graph) this.metricsCache = networkMetrics(this.graph);
    return this.metricsCache;
  }

  private get ranks(): Map<keyof CityMetrics, Map<string, number>> | null {
    const measures = this.measures;
    if (!this.ranksCache && measures) {
      this.ranksCache = new Map(MEASURE_KEYS.map((k) => [k, rankBy(measures, k)]));
    }
    return this.ranksCache;
  }
  private filterResult: FilterResult | null = null;
  private pathResult: PathResult | null = null;
  private view: CameraView | null = null;
  private basemapHandle: BasemapHandle | null = null;
  private overlay: SvgOverlay | null = null;
  private loadToken = 0;
  private abort: AbortController | null = null;
  private readonly mapEl = createRef<HTMLDivElement>();
  private readonly svgEl = createRef<SVGSVGElement>();
  private resizeObserver: ResizeObserver | null = null;
  private darkQuery: MediaQueryList | null = null;
  private linksOf = adjacency([]);
  private insets = { top: 0, right: 0, bottom: 0, left: 0 };
  private pendingCamera: ViewState['camera'] = null;
  private speaker: SpeakerView | null = null;
  private lastChapter: string | null = null;
  private hoverTimer = 0;
  /** What had focus before the keys dialog opened: it gets focus back when the dialog closes. */
  private focusBeforeHelp: HTMLElement | SVGElement | null = null;

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
    this.menuOpen = false;
    this.panelOpen = false;
    this.tableOpen = false;
    this.helpOpen = false;
    this.filters = NO_FILTERS;
    this.systemDark = false;
  }

  /** The theme in force: the attribute, else the reader's colour-scheme preference. */
  get activeTheme(): Theme {
    if (this.theme && THEMES.includes(this.theme)) return this.theme;
    return this.systemDark ? 'dark' : 'light';
  }

  get uiLang(): UiLang {
    return uiLang(this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  get activeMetric(): IslandMetric {
    return this.metric && METRICS.includes(this.metric) ? this.metric : 'population';
  }

  /** The story's chapters (empty when the dataset has none). */
  get chapters(): Chapter[] {
    return this.loaded?.chapters ?? [];
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
    const list = this.chapters;
    if (list.length === 0) return;
    const i = Math.max(0, Math.min(list.length - 1, Math.round(index)));
    this.chapter = list[i]?.id ?? null;
  }

  nextChapter(): void {
    this.goToChapter(stepIndex(Math.max(0, this.chapterIndex), this.chapters.length, 'next'));
  }

  previousChapter(): void {
    this.goToChapter(stepIndex(Math.max(0, this.chapterIndex), this.chapters.length, 'previous'));
  }

  /** Leaves presenting: the map returns to exploring at its default view. */
  stopPresenting(): void {
    this.chapter = null;
  }

  /** The current view as a PNG of exactly `size` pixels (default 1920×1080). */
  async exportImage(size = { width: 1920, height: 1080 }): Promise<Blob> {
    const source = this.exportSource();
    if (!source) throw new Error('archipelago-map: nothing to export before the map is ready');
    this.toggleAttribute('exporting', true);
    try {
      await this.updateComplete;
      const { exportPng } = await import('./exporter');
      return await exportPng(source, size);
    } finally {
      this.removeAttribute('exporting');
    }
  }

  /** The overlay (islands, links, groups, labels) as a standalone SVG document. */
  async exportSvg(): Promise<string> {
    const source = this.exportSource();
    if (!source) throw new Error('archipelago-map: nothing to export before the map is ready');
    const { exportOverlaySvg } = await import('./exporter');
    return exportOverlaySvg(source);
  }

  /** The current camera, selection and filters as chapter JSON, ready to paste into `chapters[]`. */
  async viewAsChapter(): Promise<string> {
    const source = this.exportSource();
    if (!source) throw new Error('archipelago-map: nothing to export before the map is ready');
    const { viewChapterJson } = await import('./exporter');
    return viewChapterJson(source, this.selected);
  }

  /** Every chapter of the story as a numbered PNG (01-archipelago.png, …), in one zip. */
  async exportChapters(size = { width: 1920, height: 1080 }): Promise<Blob> {
    const list = this.chapters;
    const before = this.chapter;
    const files: { name: string; data: Blob }[] = [];
    const { chapterFileName, zipFiles } = await import('./exporter');
    this.jumpChapters = true;
    try {
      for (let i = 0; i < list.length; i++) {
        this.chapter = list[i]?.id ?? null;
        await this.updateComplete;
        await this.view?.idle();
        files.push({
          name: chapterFileName(i, list[i]?.id ?? `${i}`, list.length),
          data: await this.exportImage(size),
        });
      }
    } finally {
      this.jumpChapters = false;
      this.chapter = before;
    }
    return zipFiles(files);
  }

  private jumpChapters = false;

  private exportSource(): ExportSource | null {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    const overlay = this.svgEl.value;
    const dataset = this.loaded;
    if (!frame || !overlay || !dataset || this.status !== 'ready') return null;
    this.overlay?.flush();
    const chapter = this.chapters[this.chapterIndex];
    const lang = this.uiLang;
    return {
      dataset,
      view: this.view,
      overlay,
      frame,
      theme: this.activeTheme,
      lang,
      filters: this.filters,
      caption: chapter
        ? { title: localize(chapter.title, lang), text: localize(chapter.caption, lang) }
        : { title: localize(dataset.meta.title, lang), text: localize(dataset.meta.subtitle, lang) },
    };
  }

  private async runExport(kind: 'png' | 'png2x' | 'svg' | 'chapters' | 'chapter'): Promise<void> {
    const t = strings(this.uiLang);
    this.exportOpen = false;
    this.flash(t.exporting);
    try {
      const { download } = await import('./exporter');
      if (kind === 'png') download(await this.exportImage(), 'baltic-archipelago-1920x1080.png');
      else if (kind === 'png2x') {
        download(await this.exportImage({ width: 3840, height: 2160 }), 'baltic-archipelago-3840x2160.png');
      } else if (kind === 'svg') {
        download(new Blob([await this.exportSvg()], { type: 'image/svg+xml' }), 'baltic-archipelago.svg');
      } else if (kind === 'chapters')
        download(await this.exportChapters(), 'baltic-archipelago-chapters.zip');
      else {
        const text = await this.viewAsChapter();
        try {
          await navigator.clipboard.writeText(text);
          this.flash(t.chapterCopied);
        } catch {
          download(new Blob([text], { type: 'application/json' }), 'chapter.json');
        }
        return;
      }
      this.flash(t.exported);
    } catch (error) {
      this.flash(`${t.exportFailed}: ${String(error)}`);
    }
  }

  private get reducedMotion(): boolean {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Everything a page needs to restore this view: ids and numbers only. */
  get viewState(): ViewState {
    const view = this.view;
    const ends = this.pathEnds();
    return {
      selected: this.selected,
      link: this.selectedLink,
      filters: this.filters,
      metric: this.activeMetric,
      path: ends,
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
    if (state.camera) {
      if (this.view) this.view.jumpTo(state.camera);
      else this.pendingCamera = state.camera;
    } else if (this.view) this.view.resetView(false);
    else this.pendingCamera = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this.systemDark = this.darkQuery.matches;
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    this.addEventListener('keydown', this.onKeyDown);
    if (!this.hasUpdated) {
      const width = this.getBoundingClientRect().width;
      this.legendOpen = width >= 720;
      this.narrow = width > 0 && width < NARROW;
    }
    // Reconnecting after a move in the DOM starts again from the data.
    if (this.hasUpdated) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkQuery?.removeEventListener('change', this.onSchemeChange);
    this.removeEventListener('keydown', this.onKeyDown);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.teardownMap();
    this.abort?.abort();
    this.loadToken++;
    this.speaker?.close();
    this.speaker = null;
    this.visibility?.disconnect();
    this.visibility = null;
    this.visible = false;
    window.clearTimeout(this.hoverTimer);
    cancelAnimationFrame(this.hoverFrame);
  }

  protected override firstUpdated(): void {
    const svgRoot = this.svgEl.value;
    if (svgRoot) {
      this.overlay = new SvgOverlay(svgRoot, {
        select: (kind, id, extend) => this.selectMark(kind, id, extend ?? false),
        hover: (mark, leaving) => this.setHover(mark, leaving),
        focusMove: (from, key) => this.moveFocus(from, key),
      });
      this.overlay.setTheme(this.activeTheme);
    }
    this.resizeObserver = new ResizeObserver(() => {
      this.hostSize = { width: this.clientWidth, height: this.clientHeight };
      this.narrow = this.clientWidth < NARROW;
      this.view?.resize();
      this.updateInsets();
    });
    this.resizeObserver.observe(this);
    void document.fonts?.ready.then(() => {
      this.overlay?.measureLabels();
      this.redraw();
    });
    void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('helpOpen') && this.helpOpen) {
      const active = (this.renderRoot as ShadowRoot).activeElement;
      this.focusBeforeHelp = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
    }
    if (!this.loaded) return;
    if (changed.has('chapter')) this.enterChapter();
    if (changed.has('filters')) this.filterResult = applyFilters(this.loaded, this.filters);
    if (changed.has('path')) {
      this.computePath();
      if (this.pathResult) this.panelOpen = true;
    }
    // Emphasis and its announcement are decided before rendering so the live region updates in one pass.
    if (
      ['selected', 'selectedLink', 'filters', 'path', 'chapter'].some((k) =>
        changed.has(k as keyof ArchipelagoMap),
      )
    ) {
      this.applyEmphasis();
      this.announce(changed);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.updateInert();
    if (changed.has('tableOpen') && this.tableOpen) void import('./data-tables');
    if (changed.has('panelOpen') && this.panelOpen) void import('./info-panel');
    if (changed.has('helpOpen') && this.helpOpen) {
      this.renderRoot.querySelector<HTMLElement>('[data-close-help]')?.focus();
    }
    // The first update's "changes" are the initial values, which firstUpdated already loads.
    const reload = (['src', 'basemap'] as const).some((k) => changed.has(k) && changed.get(k) !== undefined);
    if (reload) void this.load();
    if (changed.has('theme') || changed.has('systemDark')) {
      this.overlay?.setTheme(this.activeTheme);
      this.basemapHandle?.setTheme(this.activeTheme);
      this.overlay?.measureLabels();
      this.redraw();
    }
    if (changed.has('lang')) {
      this.basemapHandle?.setLanguage(this.uiLang);
      if (this.loaded) this.applyModel();
    }
    if (changed.has('metric') && this.loaded) this.applyRadii(true);
    if (
      ['legendOpen', 'status', 'panelOpen', 'tableOpen'].some((k) => changed.has(k as keyof ArchipelagoMap))
    ) {
      this.updateInsets();
    }
    if ((changed.has('chapter') || changed.has('status')) && this.status === 'ready') this.showChapter();
    // What the panel talks about stays on screen beside it.
    if (
      this.status === 'ready' &&
      (changed.has('panelOpen') || changed.has('path') || changed.has('status'))
    ) {
      const path = this.pathResult;
      if (path) this.showIds(path.cities ?? [path.from, path.to]);
      else if (this.panelOpen && this.selected) this.showIds([this.selected]);
    }
    if (
      this.status === 'ready' &&
      ['selected', 'selectedLink', 'filters', 'path', 'metric'].some((k) =>
        changed.has(k as keyof ArchipelagoMap),
      )
    ) {
      this.emitState();
    }
  }

  override render() {
    const t = strings(this.uiLang);
    const theme = this.activeTheme;
    const controls = this.controls ?? 'full';
    const ready = this.status === 'ready';
    const presenting = ready && this.presenting;
    const explore = ready && !presenting;
    return html`<div
      class="frame"
      data-theme=${theme}
      lang=${this.uiLang}
      tabindex="-1"
      ?data-presenting=${presenting}
      @click=${this.onBackgroundClick}
      @pointermove=${this.onPointerMove}
    >
      <div class="map" ${ref(this.mapEl)}></div>
      <div class="marks">
        <svg
          class="overlay"
          ${ref(this.svgEl)}
          role="group"
          aria-label=${t.mapLabel}
          tabindex="-1"
          @focusin=${this.onOverlayFocus}
        ></svg>
      </div>
      ${ready && this.hover ? this.renderTooltip() : nothing}
      ${
        /* Right after the islands in the focus order: Tab from the selected island goes to its details. */
        explore && controls === 'full' && this.panelOpen ? this.renderPanel() : nothing
      }
      ${explore && controls === 'full' ? this.renderToolbar() : nothing}
      ${explore && controls !== 'none' ? this.renderLegendPart(controls) : nothing}
      ${ready && controls !== 'none' ? this.renderControls(controls) : nothing}
      ${explore && this.tableOpen ? this.renderTables() : nothing}
      ${presenting ? this.renderStory() : nothing}
      ${presenting && this.blackout ? html`<div class="blackout" data-blackout aria-hidden="true"></div>` : nothing}
      ${this.notice ? html`<div class="notice" role="status">${this.notice}</div>` : nothing}
      ${ready && this.simplified ? html`<p class="simplified" data-simplified role="status">${t.simplifiedMap}</p>` : nothing}
      ${ready && this.helpOpen ? renderHelp(t, () => this.closeHelp()) : nothing}
      ${
        this.status === 'loading'
          ? html`<div class="status"><div class="loading" role="status">${t.loading}</div></div>`
          : nothing
      }
      ${
        this.status === 'error'
          ? html`<div class="status">
            <div class="error" role="alert" part="error">
              <h2>${t.errorTitle}</h2>
              <ul>
                ${this.issues.slice(0, 50).map((i) => html`<li><code>${issueLine(i, this.uiLang)}</code></li>`)}
              </ul>
              ${this.issues.length > 50 ? html`<p>… +${this.issues.length - 50}</p>` : nothing}
            </div>
          </div>`
          : nothing
      }
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderStory() {
    const t = strings(this.uiLang);
    const list = this.chapters;
    const index = this.chapterIndex;
    const chapter = list[index];
    if (!chapter) return nothing;
    const lang = this.uiLang;
    return html`<section class="story" aria-label=${t.story} data-story>
      <div class="caption">
        <h2 data-chapter-title>${localize(chapter.title, lang)}</h2>
        ${chapter.caption ? html`<p>${localize(chapter.caption, lang)}</p>` : nothing}
      </div>
      <div class="story-bar">
        <button type="button" data-story-previous ?disabled=${index === 0} @click=${() => this.previousChapter()}>
          ← ${t.previous}
        </button>
        <div class="progress" role="progressbar" aria-label=${t.story} aria-valuemin="1"
          aria-valuemax=${list.length} aria-valuenow=${index + 1}
          aria-valuetext=${fill(t.chapterOf, { n: index + 1, total: list.length })}>
          <span>${index + 1} / ${list.length}</span>
          <div class="track"><div class="done" style="width:${((index + 1) / list.length) * 100}%"></div></div>
        </div>
        <button type="button" data-story-next ?disabled=${index === list.length - 1} @click=${() => this.nextChapter()}>
          ${t.next} →
        </button>
        <button type="button" data-story-speaker @click=${() => void this.openSpeaker()}>${t.speakerView}</button>
        <button type="button" data-story-exit @click=${() => this.stopPresenting()}>${t.exitStory}</button>
      </div>
    </section>`;
  }

  private renderToolbar() {
    const t = strings(this.uiLang);
    const sizeLabels: Record<IslandMetric, string> = {
      population: t.sizePopulation,
      degree: t.sizeDegree,
      betweenness: t.sizeBetweenness,
    };
    const menu = this.narrow
      ? html`<button
          type="button"
          class="tool menu-button"
          data-menu
          aria-expanded=${String(this.menuOpen)}
          aria-controls="toolbar-items"
          @click=${() => {
            this.menuOpen = !this.menuOpen;
          }}
        >
          ☰ ${t.menu}
        </button>`
      : nothing;
    if (this.narrow && !this.menuOpen) return html`<div class="toolbar">${menu}</div>`;
    return html`<div class="toolbar ${this.narrow ? 'folded' : ''}">
      ${menu}
      <div id="toolbar-items" class="toolbar-items">
      <archipelago-search
        .data=${this.loaded}
        lang=${this.uiLang}
        label=${t.searchLabel}
        @archipelago-search-choose=${(e: CustomEvent<{ id: string }>) => this.chooseFromSearch(e.detail.id)}
      ></archipelago-search>
      <label class="tool">
        <span>${t.sizeBy}</span>
        <select
          data-metric
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value as IslandMetric;
            this.metric = value === 'population' ? null : value;
          }}
        >
          ${METRICS.map((m) => html`<option value=${m} ?selected=${this.activeMetric === m}>${sizeLabels[m]}</option>`)}
        </select>
      </label>
      <button
        type="button"
        class="tool"
        data-table-toggle
        aria-pressed=${String(this.tableOpen)}
        @click=${() => {
          this.tableOpen = !this.tableOpen;
        }}
      >
        ${this.tableOpen ? t.map : t.table}
      </button>
      <div class="export">
        <button
          type="button"
          class="tool"
          data-export
          aria-expanded=${String(this.exportOpen)}
          aria-controls="export-menu"
          @click=${() => {
            this.exportOpen = !this.exportOpen;
          }}
        >
          ${t.export}
        </button>
        ${
          this.exportOpen
            ? html`<ul id="export-menu" class="export-menu">
              <li><button type="button" data-export-png @click=${() => this.runExport('png')}>${t.exportPng}</button></li>
              <li><button type="button" data-export-png2x @click=${() => this.runExport('png2x')}>${t.exportPng2x}</button></li>
              <li><button type="button" data-export-svg @click=${() => this.runExport('svg')}>${t.exportSvg}</button></li>
              ${
                this.chapters.length
                  ? html`<li>
                    <button type="button" data-export-chapters @click=${() => this.runExport('chapters')}>
                      ${t.exportChapters}
                    </button>
                  </li>`
                  : nothing
              }
              <li><button type="button" data-copy-chapter @click=${() => this.runExport('chapter')}>${t.copyChapter}</button></li>
            </ul>`
            : nothing
        }
      </div>
      <button
        type="button"
        class="tool"
        data-help
        aria-label=${t.keys}
        title=${t.keys}
        @click=${() => {
          this.helpOpen = true;
        }}
      >
        ?
      </button>
      </div>
    </div>`;
  }

  private renderLegendPart(controls: Controls) {
    const dataset = this.loaded;
    if (!dataset || !this.filterResult) return nothing;
    const t = strings(this.uiLang);
    const sizeLabels: Record<IslandMetric, string> = {
      population: t.sizePopulation,
      degree: t.sizeDegree,
      betweenness: t.sizeBetweenness,
    };
    return renderLegend({
      dataset,
      lang: this.uiLang,
      theme: this.activeTheme,
      t,
      open: this.legendOpen,
      filters: this.filters,
      result: this.filterResult,
      yearExtent: yearExtent(dataset),
      interactive: controls === 'full',
      sizeLabel: sizeLabels[this.activeMetric],
      onToggleOpen: () => {
        this.legendOpen = !this.legendOpen;
      },
      onFilters: (next) => {
        this.filters = next;
      },
    });
  }

  private renderControls(controls: Controls) {
    const t = strings(this.uiLang);
    const fullscreen = document.fullscreenElement === this;
    return html`<div class="controls">
      <button type="button" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => this.view?.zoomBy(1)}>
        <svg viewBox="0 0 18 18" aria-hidden="true"><path d="M9 3v12M3 9h12" /></svg>
      </button>
      <button type="button" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => this.view?.zoomBy(-1)}>
        <svg viewBox="0 0 18 18" aria-hidden="true"><path d="M3 9h12" /></svg>
      </button>
      <button type="button" aria-label=${t.resetView} title=${t.resetView} @click=${() => this.view?.resetView()}>
        <svg viewBox="0 0 18 18" aria-hidden="true"><path d="M3 9a6 6 0 1 0 2-4.5M3 3v3h3" /></svg>
      </button>
      ${
        controls === 'full'
          ? html`<button
            type="button"
            aria-label=${fullscreen ? t.exitFullscreen : t.fullscreen}
            title=${fullscreen ? t.exitFullscreen : t.fullscreen}
            @click=${this.toggleFullscreen}
          >
            <svg viewBox="0 0 18 18" aria-hidden="true"><path d="M3 7V3h4M11 3h4v4M15 11v4h-4M7 15H3v-4" /></svg>
          </button>`
          : nothing
      }
    </div>`;
  }

  private renderPanel() {
    const dataset = this.loaded;
    if (!dataset) return nothing;
    const t = strings(this.uiLang);
    const selection = this.selected
      ? { kind: 'city' as const, id: this.selected }
      : this.selectedLink
        ? { kind: 'link' as const, id: this.selectedLink }
        : null;
    const path = this.pathResult;
    if (!selection && !path) return nothing;
    return html`<aside class="panel" aria-labelledby="panel-title" data-panel tabindex="-1">
      <button type="button" class="close" data-close-panel @click=${() => this.closePanel()}>${t.close}</button>
      ${path ? this.renderPath(dataset, path) : nothing}
      <archipelago-panel
        .data=${dataset}
        lang=${this.uiLang}
        .selection=${selection}
        .metrics=${this.measures}
        .ranks=${this.ranks}
        .pathTo=${path && selection?.kind === 'city' && path.from === selection.id ? path.to : null}
        @archipelago-panel-action=${(e: CustomEvent<PanelAction>) => this.onPanelAction(e.detail)}
      ></archipelago-panel>
    </aside>`;
  }

  private renderPath(dataset: Dataset, path: PathResult) {
    const t = strings(this.uiLang);
    const name = (id: string) => {
      const c = dataset.cities.find((x) => x.id === id);
      return c ? localize(c.name, this.uiLang) : id;
    };
    return html`<section class="path" data-path-result aria-labelledby="path-title">
      <h2 id="path-title">${t.pathLabel}: ${name(path.from)} → ${name(path.to)}</h2>
      ${
        path.cities
          ? html`<p>${fill(t.pathHops, { n: path.cities.length - 1 })}</p>
            <ol>
              ${path.cities.map((id) => html`<li data-hop=${id}>${name(id)}</li>`)}
            </ol>`
          : html`<p class="no-path" data-no-path>${fill(t.noPath, { from: name(path.from), to: name(path.to) })}</p>`
      }
    </section>`;
  }

  private renderTables() {
    const t = strings(this.uiLang);
    return html`<section class="tables" aria-label=${t.table}>
      <div class="tables-head">
        <button
          type="button"
          data-close-table
          @click=${() => {
            this.tableOpen = false;
          }}
        >
          ${t.map}
        </button>
      </div>
      <archipelago-tables
        .data=${this.loaded}
        lang=${this.uiLang}
        .metrics=${this.measures}
        .visibleCities=${this.filterResult?.cities ?? null}
        .visibleLinks=${this.filterResult?.links ?? null}
        @archipelago-table-select=${(e: CustomEvent<{ kind: 'city' | 'link'; id: string }>) => {
          this.tableOpen = false;
          this.selectMark(e.detail.kind, e.detail.id, false, true);
        }}
      ></archipelago-tables>
    </section>`;
  }

  private renderTooltip() {
    const hover = this.hover;
    const dataset = this.loaded;
    if (!hover || !dataset) return nothing;
    const content = tooltipContent(dataset, hover.kind, hover.id, this.uiLang);
    if (!content) return nothing;
    const x = Math.max(160, Math.min(hover.at[0], (this.clientWidth || 320) - 160));
    const y = Math.max(90, hover.at[1]);
    return html`<div
      class="tooltip"
      role="tooltip"
      style="left:${x}px;top:${y}px"
      @pointerenter=${() => window.clearTimeout(this.hoverTimer)}
      @pointerleave=${() => this.setHover(null, true)}
    >
      ${content}
    </div>`;
  }

  /** Loads the dataset and the basemap; anything that fails becomes the visible error state. */
  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.removeAttribute('ready');
    this.removeAttribute('error');
    this.status = 'loading';
    if (this.issues.length) this.issues = [];
    const url = this.src || datasetUrl;
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
      result = await loadDataset(url, { signal: abort.signal });
    } catch {
      return; // superseded by a newer load
    }
    if (token !== this.loadToken) return;
    if (!result.ok) {
      this.fail(result.issues);
      return;
    }
    this.setDataset(result.dataset);
    const mapError = await mapped;
    if (token !== this.loadToken) return;
    if (mapError !== null) {
      this.fail([
        { code: 'basemap', path: '', message: `the basemap could not be loaded: ${String(mapError)}` },
      ]);
      return;
    }
    if (token !== this.loadToken || !this.view) return;
    this.applyModel();
    this.status = 'ready';
    await this.updateComplete;
    await this.view.idle();
    // Ready means readable: the labels' fonts are in (or given up on after a time limit, with a warning).
    if (await labelFontsReady(this)) this.overlay?.measureLabels();
    if (token !== this.loadToken) return;
    this.redraw();
    this.overlay?.flush();
    this.toggleAttribute('ready', true);
    this.dispatch('archipelago-ready', {});
    // What the reader opens first comes after the first picture, not before it.
    void import('./info-panel');
  }

  private visible = false;
  private visibility: IntersectionObserver | null = null;
  private onVisible: (() => void) | null = null;

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
      this.visibility.observe(this);
    });
  }

  private setDataset(dataset: Dataset): void {
    this.loaded = dataset;
    this.linksOf = adjacency(dataset.links);
    this.graph = networkGraph(dataset);
    this.metricsCache = null;
    this.ranksCache = null;
    this.lastChapter = null;
    this.enterChapter();
    this.filterResult = applyFilters(dataset, this.filters);
    this.computePath();
  }

  private async ensureMap(token: number): Promise<void> {
    const container = this.mapEl.value;
    if (!container) throw new Error('no map container');
    const wanted = this.basemap || 'embedded';
    if (this.view && this.basemapHandle?.kind === wanted) return;
    this.teardownMap();
    const [{ MapView, isWebglFailure, MAP_CSS }, handle] = await Promise.all([
      import('./map-view'),
      import('./basemap').then(({ openBasemap }) => openBasemap(wanted, this.activeTheme, this.uiLang)),
    ]);
    if (token !== this.loadToken) return;
    // MapLibre's own stylesheet comes with MapLibre, not in the element's first bytes.
    const ctor = this.constructor as typeof ArchipelagoMap;
    adoptStyles(this.renderRoot as ShadowRoot, [unsafeCSS(MAP_CSS), ...ctor.elementStyles]);
    let view: Awaited<ReturnType<typeof MapView.create>>;
    try {
      view = await MapView.create({
        container,
        style: handle.style,
        bounded: handle.kind !== 'url' && handle.kind !== 'none' ? true : handle.kind === 'none',
        reducedMotion: this.reducedMotion,
        padding: 48,
        onContextGone: () => void this.replaceWithFallback(),
      });
    } catch (error) {
      if (!isWebglFailure(error)) throw error;
      await this.startFallback(token, wanted);
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
    this.simplified = view.kind === 'svg';
    view.on('move', this.onMove);
    view.on('moveend', this.onMoveEnd);
    if (this.pendingCamera) {
      view.jumpTo(this.pendingCamera);
      this.pendingCamera = null;
    }
  }

  /** Without WebGL the same basemap, overlay, story and state go on in a simplified SVG map. */
  private async startFallback(token: number, wanted: string): Promise<void> {
    const container = this.mapEl.value;
    if (!container) throw new Error('no map container');
    // A MapLibre map that failed to start may have left its container half built.
    container.replaceChildren();
    container.classList.remove('maplibregl-map');
    const [{ FallbackView }, layers] = await Promise.all([
      import('./fallback-view'),
      import('./basemap').then(async ({ fallbackLayers, fallbackDetail }) => ({
        low: await fallbackLayers(wanted),
        detail: fallbackDetail,
      })),
    ]);
    if (token !== this.loadToken) return;
    const view = new FallbackView({
      container,
      layers: layers.low,
      detail: layers.detail,
      theme: this.activeTheme,
      lang: this.uiLang,
      bounded: wanted !== 'url',
      reducedMotion: this.reducedMotion,
      padding: 48,
    });
    this.useView(view, {
      kind: wanted,
      style: '',
      attach: () => {},
      setTheme: (theme) => view.setTheme(theme),
      setLanguage: (lang) => view.setLanguage(lang),
    });
  }

  /** A WebGL context lost for good: the map goes on as the simplified map, from the same camera. */
  private async replaceWithFallback(): Promise<void> {
    const view = this.view;
    if (view?.kind !== 'webgl') return;
    const token = this.loadToken;
    this.pendingCamera = view.moved ? view.camera() : null;
    this.teardownMap();
    try {
      await this.startFallback(token, this.basemap || 'embedded');
    } catch (error) {
      this.fail([{ code: 'basemap', path: '', message: `the map could not be drawn: ${String(error)}` }]);
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
    this.simplified = false;
  }

  private applyModel(): void {
    const dataset = this.loaded;
    if (!dataset || !this.overlay) return;
    const t = strings(this.uiLang);
    this.overlay.setModel(
      overlayModel(dataset, {
        lang: this.uiLang,
        words: { population: t.population, offMap: t.offMap, links: t.links },
      }),
    );
    this.applyRadii(false);
    this.applyEmphasis();
    this.toggleAttribute('renderer', false);
    if (this.overlay.renderer === 'canvas') this.setAttribute('renderer', 'canvas');
  }

  private applyRadii(animate: boolean): void {
    if (!this.loaded || !this.overlay) return;
    this.overlay.setRadii(
      islandRadii(this.loaded, this.activeMetric, this.activeMetric === 'population' ? null : this.measures),
      animate && !this.reducedMotion,
    );
  }

  private redraw(moving = false): void {
    const view = this.view;
    if (!view || !this.overlay) return;
    this.overlay.frame({
      project: view.projector(),
      viewport: view.viewport(),
      // Islands read from the back of a room only when they grow with the projector theme's text.
      scale: view.islandScale() * (this.activeTheme === 'projector' ? 1.4 : 1) * this.sizeFactor(),
      moving,
      insets: this.insets,
      resting: () => !view.isMoving(),
    });
  }

  /** Islands made for a laptop screen would cover a phone's map: shrink them with the smaller side. */
  private sizeFactor(): number {
    const side = Math.min(this.hostSize.width || 800, this.hostSize.height || 800);
    // A network of hundreds of cities needs smaller islands to leave any sea between them.
    const cities = this.loaded?.cities.length ?? 0;
    const density = Math.min(1, Math.max(0.35, Math.sqrt(40 / Math.max(1, cities))));
    return Math.min(1, Math.max(0.45, side / 760)) * density;
  }

  /** Keeps the default view, labels and edge indicators clear of the toolbar, legend and panel. */
  private updateInsets(): void {
    const view = this.view;
    if (!view) return;
    const host = this.getBoundingClientRect();
    const wide = host.width >= 720;
    const measure = (selector: string, side: 'left' | 'right' | 'top' | 'bottom') => {
      const el = this.renderRoot.querySelector<HTMLElement>(selector);
      if (!el) return 0;
      const box = el.getBoundingClientRect();
      if (side === 'left') return Math.round(box.right - host.left);
      if (side === 'right') return Math.round(host.right - box.left);
      if (side === 'bottom') return Math.round(host.bottom - box.top);
      return Math.round(box.bottom - host.top);
    };
    const insets = {
      top: measure('.toolbar', 'top'),
      right: Math.max(56, wide && this.panelOpen ? measure('.panel', 'right') : 0),
      bottom: measure('.story', 'bottom'),
      left: wide && this.legendOpen ? measure('.legend', 'left') : 0,
    };
    this.insets = insets;
    // The camera keeps clear of what stays open (toolbar, legend); the panel comes and goes over the map.
    view.setInsets({ ...insets, right: 56 });
    this.redraw();
  }

  private readonly onMove = () => {
    this.redraw(true);
    if (this.hover) this.hover = null;
  };

  private readonly onMoveEnd = () => {
    this.redraw(false);
    if (this.status === 'ready') this.emitState();
  };

  private readonly onSchemeChange = (event: MediaQueryListEvent) => {
    this.systemDark = event.matches;
  };

  private fail(issues: DataIssue[]): void {
    this.status = 'error';
    this.issues = issues;
    this.toggleAttribute('error', true);
    this.removeAttribute('ready');
    const message = issues.length === 1 ? formatIssue(issues[0]!) : `${issues.length} problems in the data`;
    this.dispatch('archipelago-error', {
      message,
      issues: issues.map(({ code, path, message: m }) => ({ code, path, message: m })),
    });
  }

  private selectMark(kind: 'city' | 'link', id: string, extend: boolean, show = false): void {
    if (kind === 'city' && extend && this.selected && this.selected !== id) {
      this.path = `${this.selected},${id}`;
      this.panelOpen = true;
      return;
    }
    this.path = null;
    if (kind === 'city') {
      this.selectedLink = null;
      this.selected = this.selected === id && !show ? null : id;
      this.dispatch('archipelago-select', { kind: this.selected ? 'city' : null, id: this.selected });
    } else {
      this.selected = null;
      this.selectedLink = this.selectedLink === id && !show ? null : id;
      this.dispatch('archipelago-select', { kind: this.selectedLink ? 'link' : null, id: this.selectedLink });
    }
    this.panelOpen = Boolean(this.selected || this.selectedLink);
    if (show) this.showIds(kind === 'city' ? [id] : (this.loaded?.links.find((l) => l.id === id) ?? null));
  }

  /** Moves the camera to show these cities (or a link's two ends) if they are not in view. */
  private showIds(target: string[] | { source: string; target: string } | null): void {
    const dataset = this.loaded;
    if (!dataset || !target || !this.view) return;
    const ids = Array.isArray(target) ? target : [target.source, target.target];
    const points = ids
      .map((id) => dataset.cities.find((c) => c.id === id))
      .filter((c) => c?.kind === 'metropolis')
      .map((c) => c!.coordinates as Point);
    this.view.show(points, this.insets);
  }

  private chooseFromSearch(id: string): void {
    this.selectMark('city', id, false, true);
    void this.updateComplete.then(() => this.overlay?.focusCity(id));
  }

  private onPanelAction(action: PanelAction): void {
    if (action.action === 'select-city') {
      this.selectMark('city', action.id, false, false);
      if (this.selected !== action.id) this.selectMark('city', action.id, false, false);
      this.showIds(action.show);
      this.focusPanel();
    } else if (action.action === 'select-link') {
      this.selectMark('link', action.id, false, true);
      this.focusPanel();
    } else if (action.action === 'path') {
      this.path = action.to ? `${action.from},${action.to}` : null;
      if (!action.to) this.selected = action.from;
    } else this.closePanel();
  }

  private closePanel(): void {
    this.panelOpen = false;
    this.overlay?.focusCity(this.selected ?? '');
  }

  /**
   * The panel now tells about something else (a partner, a partnership's evidence): focus goes to the
   * panel, so a screen reader reads its new title and the next Tab starts at its top.
   */
  private focusPanel(): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.panel')?.focus({ preventScroll: true }),
    );
  }

  private closeHelp(): void {
    this.helpOpen = false;
    const before = this.focusBeforeHelp;
    this.focusBeforeHelp = null;
    void this.updateComplete.then(() => {
      const back =
        before?.isConnected && !before.closest('[inert]')
          ? before
          : this.renderRoot.querySelector<HTMLElement>('[data-help], .frame');
      back?.focus({ preventScroll: true });
    });
  }

  /**
   * What a dialog or the table view covers cannot be reached: the keys dialog makes everything else
   * inert, the table view the map, the islands, the legend and the panel under it.
   */
  private updateInert(): void {
    const frame = this.renderRoot.querySelector('.frame');
    if (!frame) return;
    const modal = this.helpOpen && this.status === 'ready';
    for (const el of frame.children) {
      if (el.matches('.dialog-backdrop, .sr-only, .notice, .status')) continue;
      // (The SVG overlay sits in a div: `inert` is an HTML attribute, SVG elements ignore it.)
      const covered = this.tableOpen && el.matches('.map, .marks, .legend, .panel, .tooltip');
      el.toggleAttribute('inert', modal || covered);
    }
  }

  /**
   * Hover and focus show the tooltip. When the pointer leaves a mark the tooltip stays a moment, so the
   * pointer can move onto it (WCAG 1.4.13: hoverable); it goes at once when focus leaves, or with Escape.
   */
  private setHover(mark: ArchipelagoMap['hover'], leaving = false): void {
    window.clearTimeout(this.hoverTimer);
    if (mark || !leaving) {
      this.hover = mark;
      return;
    }
    this.hoverTimer = window.setTimeout(() => {
      this.hover = null;
    }, 400);
  }

  /**
   * An island reached with the keyboard that lies under the toolbar, the legend, the panel or the
   * caption, or outside the view, is brought into the free part of the map (WCAG 2.4.11).
   */
  private readonly onOverlayFocus = (event: FocusEvent) => {
    const island = event.target instanceof Element ? event.target.closest('[data-city]') : null;
    const id = island?.getAttribute('data-city');
    const view = this.view;
    if (!island || !id || !view || !island.matches(':focus-visible')) return;
    const city = this.loaded?.cities.find((c) => c.id === id);
    if (city?.kind !== 'metropolis' || !this.isCovered(island)) return;
    view.show([city.coordinates as Point], this.clearArea());
  };

  /** Whether an element's centre is outside the element's box or covered by something else. */
  private isCovered(el: Element): boolean {
    const host = this.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < host.left || x > host.right || y < host.top || y > host.bottom) return true;
    const hit = (this.renderRoot as ShadowRoot).elementFromPoint(x, y);
    return !hit || !(hit === el || el.contains(hit));
  }

  /** The part of the map nothing covers now: the insets, with the panel and an open menu measured. */
  private clearArea(): { top: number; right: number; bottom: number; left: number } {
    const host = this.getBoundingClientRect();
    const area = { ...this.insets };
    const rect = (selector: string) => this.renderRoot.querySelector(selector)?.getBoundingClientRect();
    const toolbar = rect('.toolbar');
    if (toolbar) area.top = Math.max(area.top, Math.round(toolbar.bottom - host.top));
    const panel = rect('.panel');
    if (panel && panel.top - host.top > host.height / 3) {
      area.bottom = Math.max(area.bottom, Math.round(host.bottom - panel.top)); // the phone's bottom sheet
    } else if (panel) area.right = Math.max(area.right, Math.round(host.right - panel.left));
    const legend = rect('.legend:not(.closed)');
    if (legend) area.left = Math.max(area.left, Math.round(legend.right - host.left));
    return area;
  }

  private clearSelection(): boolean {
    if (!this.selected && !this.selectedLink && !this.path) return false;
    this.selected = null;
    this.selectedLink = null;
    this.path = null;
    this.dispatch('archipelago-select', { kind: null, id: null });
    return true;
  }

  private pathEnds(): [string, string] | null {
    const parts = (this.path ?? '').split(',').map((s) => s.trim());
    return parts.length === 2 && parts[0] && parts[1] && parts[0] !== parts[1] ? [parts[0], parts[1]] : null;
  }

  private computePath(): void {
    const ends = this.pathEnds();
    const dataset = this.loaded;
    const previous = this.pathResult;
    if (!ends || !dataset || !ends.every((id) => dataset.cities.some((c) => c.id === id))) {
      this.pathResult = null;
    } else {
      const [from, to] = ends;
      const cities = shortestPath(this.graph, from, to);
      const edges = cities ? pathEdges(this.graph, cities) : [];
      const groups = edges.filter(isGroupEdgeId).map((id) => id.split(':')[1] ?? '');
      this.pathResult = { from, to, cities, links: edges.filter((id) => !isGroupEdgeId(id)), groups };
    }
    const next = this.pathResult;
    if (previous?.from !== next?.from || previous?.to !== next?.to || previous?.cities !== next?.cities) {
      if (next || previous) {
        this.dispatch('archipelago-path', {
          from: next?.from ?? null,
          to: next?.to ?? null,
          ids: next?.cities ?? null,
        });
      }
    }
  }

  /** Sets the filters and clears explore state for the chapter now presented (before rendering). */
  private enterChapter(): void {
    const dataset = this.loaded;
    const chapter = this.chapters[this.chapterIndex];
    if (!dataset) return;
    if (chapter) {
      this.filters = filtersFromChapter(chapter.filters, dataset);
      this.selected = null;
      this.selectedLink = null;
      this.path = null;
      this.panelOpen = false;
      this.tableOpen = false;
      this.hover = null;
    } else if (this.lastChapter !== null) {
      this.filters = NO_FILTERS;
      this.blackout = false;
    }
  }

  /** Moves the camera to the chapter, tells the page and the speaker view (after rendering). */
  private showChapter(): void {
    const index = this.chapterIndex;
    const chapter = this.chapters[index];
    const id = chapter?.id ?? null;
    if (id === this.lastChapter) return;
    const was = this.lastChapter;
    this.lastChapter = id;
    if (chapter) {
      this.speakerModule ??= import('../story/speaker-view');
      this.view?.moveToChapter(chapter.camera, this.jumpChapters);
      this.speaker?.update(index);
      this.renderRoot.querySelector<HTMLElement>('.frame')?.focus({ preventScroll: true });
      this.dispatch('archipelago-chapter', { id, index });
    } else if (was !== null) {
      this.speaker?.close();
      this.speaker = null;
      this.view?.resetView();
      this.dispatch('archipelago-chapter', { id: null, index: -1 });
    }
  }

  /** The speaker view's code loads when presenting starts, so S opens it at once. */
  private speakerModule: Promise<typeof import('../story/speaker-view')> | null = null;

  private async openSpeaker(): Promise<void> {
    if (this.speaker && !this.speaker.closed) {
      this.speaker.window.focus();
      return;
    }
    this.speakerModule ??= import('../story/speaker-view');
    const { openSpeakerView } = await this.speakerModule;
    const lang = this.uiLang;
    this.speaker = openSpeakerView({
      chapters: this.chapters.map((c) => ({
        id: c.id,
        title: localize(c.title, lang),
        caption: localize(c.caption, lang),
        notes: localize(c.notes, lang),
      })),
      index: Math.max(0, this.chapterIndex),
      lang,
      onNavigate: (i) => this.goToChapter(i),
      onClose: () => {
        this.speaker = null;
      },
    });
    if (!this.speaker) this.flash(strings(lang).popupBlocked);
  }

  private flash(message: string): void {
    this.notice = message;
    window.setTimeout(() => {
      if (this.notice === message) this.notice = '';
    }, 5000);
  }

  private storyKey(command: StoryCommand): void {
    if (isStep(command)) this.goToChapter(stepIndex(this.chapterIndex, this.chapters.length, command));
    else if (command === 'blackout') this.blackout = !this.blackout;
    else if (command === 'fullscreen') void this.toggleFullscreen();
    else if (command === 'speaker') void this.openSpeaker();
  }

  private applyEmphasis(): void {
    const overlay = this.overlay;
    const dataset = this.loaded;
    if (!overlay || !dataset || !this.filterResult) return;
    const ends = new Map(dataset.links.map((l) => [l.id, [l.source, l.target] as const]));
    const chapter = this.chapters[this.chapterIndex];
    if (chapter) {
      overlay.setEmphasis(chapterEmphasis(this.filterResult, chapter.highlight, ends));
      return;
    }
    const path = this.pathResult;
    overlay.setEmphasis(
      emphasisFor({
        filtered: this.filterResult,
        linksOf: this.linksOf,
        ends,
        members: new Map(dataset.groups.map((g) => [g.id, g.members])),
        selected: this.selected,
        selectedLink: this.selectedLink,
        path: path
          ? { cities: path.cities ?? [path.from, path.to], links: path.links, groups: path.groups }
          : null,
      }),
    );
  }

  private announce(changed: PropertyValues<this>): void {
    const dataset = this.loaded;
    if (!dataset) return;
    const t = strings(this.uiLang);
    const lang = this.uiLang;
    const name = (id: string) => {
      const c = dataset.cities.find((x) => x.id === id);
      return c ? localize(c.name, lang) : id;
    };
    const chapter = this.chapters[this.chapterIndex];
    if (changed.has('chapter') && chapter) {
      this.announcement = `${fill(t.chapterOf, { n: this.chapterIndex + 1, total: this.chapters.length })}: ${localize(chapter.title, lang)}`;
    } else if (changed.has('path') && this.pathResult) {
      const p = this.pathResult;
      this.announcement = p.cities
        ? `${t.pathLabel}: ${p.cities.map(name).join(' → ')}`
        : fill(t.noPath, { from: name(p.from), to: name(p.to) });
    } else if (changed.has('filters') && this.filterResult) {
      const c = this.filterResult.counts;
      this.announcement = fill(t.visibleCounts, { cities: c.cities, links: c.links, groups: c.groups });
    } else if (this.selected) {
      const count = this.linksOf.get(this.selected)?.links.size ?? 0;
      this.announcement = `${t.selected}: ${name(this.selected)}, ${count} ${t.links}`;
    } else if (this.selectedLink) {
      const link = dataset.links.find((l) => l.id === this.selectedLink);
      if (link) this.announcement = `${t.selected}: ${localize(link.title ?? link.description, lang)}`;
    } else if (this.announcement) this.announcement = t.cleared;
  }

  private emitState(): void {
    this.dispatch('archipelago-state', { view: this.viewState });
  }

  private moveFocus(fromId: string, key: string): void {
    if (this.presenting) {
      const command = storyCommand(key);
      if (command) this.storyKey(command);
      return;
    }
    const from = this.overlay?.centreOf(fromId);
    if (!from || !this.loaded) return;
    const candidates = this.loaded.cities
      .map((c) => ({ id: c.id, at: this.overlay?.centreOf(c.id) }))
      .filter((c): c is { id: string; at: { x: number; y: number; r: number } } => Boolean(c.at));
    const next = nearestInDirection(
      { id: fromId, x: from.x, y: from.y },
      candidates.map((c) => ({ id: c.id, x: c.at.x, y: c.at.y })),
      key,
    );
    if (next) this.overlay?.focusCity(next);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const target = event.composedPath()[0];
    if (
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLElement && target.isContentEditable)
    ) {
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (this.presenting && event.key !== 'Escape' && event.key !== '?') {
      const command = storyCommand(event.key);
      if (command) {
        event.preventDefault();
        this.storyKey(command);
        return;
      }
    }
    if (event.key === 'Escape') {
      if (this.hover) this.hover = null;
      else if (this.helpOpen) this.closeHelp();
      else if (this.exportOpen) this.exportOpen = false;
      else if (this.menuOpen) this.menuOpen = false;
      else if (this.tableOpen) this.tableOpen = false;
      else if (this.blackout) this.blackout = false;
      else if (this.panelOpen && (this.selected || this.selectedLink || this.path)) this.closePanel();
      else if (!this.clearSelection()) {
        if (!this.presenting) return;
        this.stopPresenting();
      }
      event.preventDefault();
    } else if (event.key === '?') {
      if (this.helpOpen) this.closeHelp();
      else this.helpOpen = true;
      event.preventDefault();
    } else if (event.key === 'Tab' && this.helpOpen) {
      // The keys dialog is modal: focus stays on its one control until it closes.
      this.renderRoot.querySelector<HTMLElement>('[data-close-help]')?.focus();
      event.preventDefault();
    } else if (event.key === 'Tab' && !event.shiftKey && this.panelOpen && this.tellsAbout(target)) {
      // The details of the island just selected come next, not the rest of the islands.
      const panel = this.renderRoot.querySelector<HTMLElement>('.panel');
      if (panel) {
        panel.focus({ preventScroll: true });
        event.preventDefault();
      }
    } else if ((event.key === '+' || event.key === '=') && this.view) {
      this.view.zoomBy(1);
      event.preventDefault();
    } else if ((event.key === '-' || event.key === '_') && this.view) {
      this.view.zoomBy(-1);
      event.preventDefault();
    }
  };

  /** Whether this is the island the panel tells about (the selected city, or an end of the path). */
  private tellsAbout(target: EventTarget | undefined): boolean {
    const id = target instanceof Element ? target.getAttribute('data-city') : null;
    if (!id) return false;
    return id === this.selected || (this.pathEnds()?.includes(id) ?? false);
  }

  private readonly onBackgroundClick = (event: MouseEvent) => {
    // Clicks on the map itself (not on marks or controls) clear the selection, as in other map tools.
    if (!event.composedPath().some((el) => el instanceof Element && el.classList.contains('map'))) return;
    const link = this.canvasLinkAt(event);
    if (link) this.selectMark('link', link, false);
    else this.clearSelection();
  };

  /** Links on the canvas have no elements of their own: pointer positions are tested against them. */
  private canvasLinkAt(event: MouseEvent): string | null {
    const overlay = this.overlay;
    if (overlay?.renderer !== 'canvas') return null;
    const box = this.getBoundingClientRect();
    return overlay.linkAt(event.clientX - box.left, event.clientY - box.top);
  }

  private hoverFrame = 0;
  /** The host's size as the resize observer last saw it (reading it per frame would force a layout). */
  private hostSize = { width: 0, height: 0 };

  private readonly onPointerMove = (event: PointerEvent) => {
    if (this.overlay?.renderer !== 'canvas' || event.buttons !== 0) return;
    if (!event.composedPath().some((el) => el instanceof Element && el.classList.contains('map'))) return;
    cancelAnimationFrame(this.hoverFrame);
    this.hoverFrame = requestAnimationFrame(() => {
      const id = this.canvasLinkAt(event);
      const box = this.getBoundingClientRect();
      if (id) this.setHover({ kind: 'link', id, at: [event.clientX - box.left, event.clientY - box.top] });
      else if (this.hover?.kind === 'link') this.setHover(null, true);
    });
  };

  private readonly toggleFullscreen = async () => {
    if (document.fullscreenElement === this) await document.exitFullscreen();
    else await this.requestFullscreen?.();
    this.requestUpdate();
  };

  private dispatch(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
