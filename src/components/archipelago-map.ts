import { html, LitElement, nothing, type PropertyValues, svg, unsafeCSS } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import datasetUrl from '../../data/archipelago.json?url';
import { adjacency } from '../data/graph';
import { loadDataset } from '../data/load';
import type { Dataset } from '../data/schema';
import { localize } from '../data/text';
import type { DataIssue } from '../data/validate';
import { formatIssue } from '../data/validate';
import { nearestInDirection } from '../geo/direction';
import type { Point } from '../geo/types';
import { strings, type UiLang, uiLang } from '../i18n/strings';
import { overlayModel } from '../overlay/from-dataset';
import { type Emphasis, type MarkKind, NO_EMPHASIS } from '../overlay/model';
import { linkStyle, type Theme } from '../overlay/palette';
import { GROUP_HUES, SvgOverlay } from '../overlay/svg-overlay';
import { type BasemapHandle, openBasemap } from './basemap';
import type { MapView } from './map-view';
import { elementStyles } from './styles';
import { tooltipContent } from './tooltip';

export type Controls = 'full' | 'minimal' | 'none';
type Status = 'loading' | 'ready' | 'error';

const THEMES: readonly Theme[] = ['light', 'dark', 'projector'];

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
 * @attr {boolean} ready - set by the element once the first complete picture is on screen.
 * @attr {boolean} error - set by the element when the data or basemap failed.
 * @fires archipelago-ready - the first complete picture is on screen.
 * @fires archipelago-select - `{kind: 'city' | 'link' | null, id: string | null}`.
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
  static override styles = [unsafeCSS(maplibreCss), elementStyles];
  static override properties = {
    src: { type: String },
    basemap: { type: String },
    theme: { type: String, reflect: true },
    lang: { type: String },
    controls: { type: String },
    selected: { type: String, reflect: true },
    status: { state: true },
    issues: { state: true },
    hover: { state: true },
    selectedLink: { state: true },
    announcement: { state: true },
    legendOpen: { state: true },
    systemDark: { state: true },
  };

  declare src: string | null;
  declare basemap: string | null;
  declare theme: Theme | null;
  declare controls: Controls | null;
  declare selected: string | null;
  declare status: Status;
  declare issues: DataIssue[];
  declare hover: { kind: MarkKind; id: string; at: Point } | null;
  declare selectedLink: string | null;
  declare announcement: string;
  declare legendOpen: boolean;
  declare systemDark: boolean;

  private loaded: Dataset | null = null;
  private view: MapView | null = null;
  private basemapHandle: BasemapHandle | null = null;
  private overlay: SvgOverlay | null = null;
  private loadToken = 0;
  private abort: AbortController | null = null;
  private readonly mapEl = createRef<HTMLDivElement>();
  private readonly svgEl = createRef<SVGSVGElement>();
  private resizeObserver: ResizeObserver | null = null;
  private darkQuery: MediaQueryList | null = null;
  private adjacencyIndex = adjacency([]);
  private insets = { top: 0, right: 0, bottom: 0, left: 0 };

  constructor() {
    super();
    this.src = null;
    this.basemap = null;
    this.theme = null;
    this.controls = null;
    this.selected = null;
    this.status = 'loading';
    this.issues = [];
    this.hover = null;
    this.selectedLink = null;
    this.announcement = '';
    this.legendOpen = true;
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

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this.systemDark = this.darkQuery.matches;
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    this.addEventListener('keydown', this.onKeyDown);
    if (!this.hasUpdated) this.legendOpen = this.getBoundingClientRect().width >= 720;
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
  }

  protected override firstUpdated(): void {
    const svgRoot = this.svgEl.value;
    if (svgRoot) {
      this.overlay = new SvgOverlay(svgRoot, {
        select: (kind, id) => this.selectMark(kind, id),
        hover: (mark) => {
          this.hover = mark;
        },
        focusMove: (from, key) => this.moveFocus(from, key),
      });
      this.overlay.setTheme(this.activeTheme);
    }
    this.resizeObserver = new ResizeObserver(() => {
      this.view?.resize();
      this.redraw();
    });
    this.resizeObserver.observe(this);
    void document.fonts?.ready.then(() => {
      this.overlay?.measureLabels();
      this.redraw();
    });
    void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Emphasis and its announcement are decided before rendering so the live region updates in one pass.
    if (changed.has('selected') || changed.has('selectedLink')) this.applyEmphasis();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) return;
    if ((changed.has('src') || changed.has('basemap')) && changed.get('src') !== undefined) void this.load();
    else if (changed.has('basemap') && changed.get('basemap') !== undefined) void this.load();
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
    if (changed.has('legendOpen') || changed.has('status')) this.updateInsets();
  }

  /** Keeps the default view and the edge indicators clear of the legend. */
  private updateInsets(): void {
    const view = this.view;
    if (!view) return;
    const legend = this.renderRoot.querySelector<HTMLElement>('.legend');
    const host = this.getBoundingClientRect();
    let left = 0;
    if (legend && this.legendOpen && host.width >= 720) {
      const box = legend.getBoundingClientRect();
      left = Math.round(box.right - host.left);
    }
    view.setInsets({ top: 0, right: 56, bottom: 0, left });
    this.insets = { top: 0, right: 56, bottom: 0, left };
    this.redraw();
  }

  override render() {
    const t = strings(this.uiLang);
    const theme = this.activeTheme;
    const controls = this.controls ?? 'full';
    return html`<div class="frame" data-theme=${theme} lang=${this.uiLang} @click=${this.onBackgroundClick}>
      <div class="map" ${ref(this.mapEl)}></div>
      <svg class="overlay" ${ref(this.svgEl)} role="group" aria-label=${t.mapLabel}></svg>
      ${this.status === 'ready' && this.hover ? this.renderTooltip() : nothing}
      ${this.status === 'ready' && controls !== 'none' ? this.renderLegend() : nothing}
      ${this.status === 'ready' && controls !== 'none' ? this.renderControls(controls) : nothing}
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
                ${this.issues.slice(0, 50).map((i) => html`<li><code>${formatIssue(i)}</code></li>`)}
              </ul>
              ${this.issues.length > 50 ? html`<p>… +${this.issues.length - 50}</p>` : nothing}
            </div>
          </div>`
          : nothing
      }
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
    </div>`;
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

  private renderLegend() {
    const dataset = this.loaded;
    if (!dataset) return nothing;
    const t = strings(this.uiLang);
    const lang = this.uiLang;
    const theme = this.activeTheme;
    const counts = new Map<string, number>();
    for (const l of dataset.links) counts.set(l.type, (counts.get(l.type) ?? 0) + 1);
    const types = dataset.linkTypes.filter((type) => counts.has(type.id));
    const toggle = html`<button
      type="button"
      class="legend-toggle"
      aria-expanded=${String(this.legendOpen)}
      aria-controls="legend-body"
      @click=${() => {
        this.legendOpen = !this.legendOpen;
      }}
    >
      ${t.legend}
    </button>`;
    if (!this.legendOpen)
      return html`<section class="legend closed" aria-label=${t.legend}>${toggle}</section>`;
    return html`<section class="legend" aria-label=${t.legend}>
      <div class="legend-head"><h2>${localize(dataset.meta.title, lang)}</h2>${toggle}</div>
      <div id="legend-body">
      <h3>${t.partnerships}</h3>
      <ul>
        ${types.map((type) => {
          const style = linkStyle(type.id, theme);
          const dash = style.dash
            ? style.dash
                .split(' ')
                .map((n) => Number(n) * style.width)
                .join(' ')
            : 'none';
          return html`<li>
            <svg viewBox="0 0 40 12" aria-hidden="true">
              ${svg`<path d="M2 9 Q20 1 38 9" fill="none" stroke=${style.color} stroke-width=${style.width}
                stroke-dasharray=${dash} stroke-linecap="round" />`}
            </svg>
            <span>${localize(type.label, lang)}</span><span class="count">${counts.get(type.id)}</span>
          </li>`;
        })}
      </ul>
      ${
        dataset.groups.length
          ? html`<h3>${t.groups}</h3>
            <ul>
              ${dataset.groups.map(
                (g, i) => html`<li class=${`hue-${i % GROUP_HUES}`}>
                  <svg viewBox="0 0 40 16" aria-hidden="true">
                    ${svg`<rect x="2" y="2" width="36" height="12" rx="6" fill="var(--hull-stroke)" fill-opacity="0.12"
                      stroke="var(--hull-stroke)" stroke-dasharray="4 3" stroke-width="1.5" />`}
                  </svg>
                  <span>${localize(g.name, lang)}</span><span class="count">${g.members.length}</span>
                </li>`,
              )}
            </ul>`
          : nothing
      }
      <h3>${t.metropolis}</h3>
      <ul>
        <li>
          <svg viewBox="0 0 40 16" aria-hidden="true">
            ${svg`<circle cx="10" cy="8" r="4" fill="var(--island-fill)" stroke="var(--island-stroke)" />
              <circle cx="28" cy="8" r="7" fill="var(--island-fill)" stroke="var(--island-stroke)" />`}
          </svg>
          <span>${t.islandSize}</span>
        </li>
      </ul>
      </div>
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
    return html`<div class="tooltip" role="tooltip" style="left:${x}px;top:${y}px">${content}</div>`;
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
    this.issues = [];
    const url = this.src || datasetUrl;
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
    this.loaded = result.dataset;
    this.adjacencyIndex = adjacency(result.dataset.links);
    try {
      await this.ensureMap(token);
    } catch (error) {
      if (token !== this.loadToken) return;
      this.fail([
        { code: 'basemap', path: '', message: `the basemap could not be loaded: ${String(error)}` },
      ]);
      return;
    }
    if (token !== this.loadToken || !this.view) return;
    this.applyModel();
    this.status = 'ready';
    await this.updateComplete;
    await this.view.idle();
    if (token !== this.loadToken) return;
    this.redraw();
    this.toggleAttribute('ready', true);
    this.dispatch('archipelago-ready', {});
  }

  private async ensureMap(token: number): Promise<void> {
    const container = this.mapEl.value;
    if (!container) throw new Error('no map container');
    const wanted = this.basemap || 'embedded';
    if (this.view && this.basemapHandle?.kind === wanted) return;
    this.teardownMap();
    const [{ MapView }, handle] = await Promise.all([
      import('./map-view'),
      openBasemap(wanted, this.activeTheme, this.uiLang),
    ]);
    if (token !== this.loadToken) return;
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const view = await MapView.create({
      container,
      style: handle.style,
      bounded: handle.kind !== 'url',
      reducedMotion,
      padding: 48,
    });
    if (token !== this.loadToken) {
      view.remove();
      return;
    }
    this.view = view;
    this.basemapHandle = handle;
    handle.attach(view.map);
    view.map.on('move', this.onMove);
    view.map.on('moveend', this.onMoveEnd);
  }

  private teardownMap(): void {
    if (!this.view) return;
    this.view.map.off('move', this.onMove);
    this.view.map.off('moveend', this.onMoveEnd);
    this.view.remove();
    this.view = null;
    this.basemapHandle = null;
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
    this.redraw();
    this.applyEmphasis();
  }

  private redraw(moving = false): void {
    const view = this.view;
    if (!view || !this.overlay) return;
    this.overlay.frame({
      project: (p) => view.project(p),
      viewport: view.viewport(),
      // Islands read from the back of a room only when they grow with the projector theme's text.
      scale: view.islandScale() * (this.activeTheme === 'projector' ? 1.4 : 1),
      moving,
      insets: this.insets,
    });
  }

  private readonly onMove = () => {
    this.redraw(true);
    if (this.hover) this.hover = null;
  };

  private readonly onMoveEnd = () => this.redraw(false);

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

  private selectMark(kind: 'city' | 'link', id: string): void {
    if (kind === 'city') {
      this.selectedLink = null;
      this.selected = this.selected === id ? null : id;
      this.dispatch('archipelago-select', { kind: this.selected ? 'city' : null, id: this.selected });
    } else {
      this.selected = null;
      this.selectedLink = this.selectedLink === id ? null : id;
      this.dispatch('archipelago-select', { kind: this.selectedLink ? 'link' : null, id: this.selectedLink });
    }
  }

  private clearSelection(): boolean {
    if (!this.selected && !this.selectedLink) return false;
    this.selected = null;
    this.selectedLink = null;
    this.dispatch('archipelago-select', { kind: null, id: null });
    return true;
  }

  private applyEmphasis(): void {
    const overlay = this.overlay;
    const dataset = this.loaded;
    if (!overlay || !dataset) return;
    const t = strings(this.uiLang);
    let emphasis: Emphasis = NO_EMPHASIS;
    if (this.selected && dataset.cities.some((c) => c.id === this.selected)) {
      const id = this.selected;
      const adj = this.adjacencyIndex.get(id);
      emphasis = {
        cities: new Set([id, ...(adj?.neighbours ?? [])]),
        links: new Set(adj?.links ?? []),
        groups: new Set(dataset.groups.filter((g) => g.members.includes(id)).map((g) => g.id)),
        selected: id,
        selectedLink: null,
      };
      const city = dataset.cities.find((c) => c.id === id);
      this.announcement = `${t.selected}: ${city ? localize(city.name, this.uiLang) : id}, ${adj?.links.size ?? 0} ${t.links}`;
    } else if (this.selectedLink) {
      const link = dataset.links.find((l) => l.id === this.selectedLink);
      if (link) {
        emphasis = {
          cities: new Set([link.source, link.target]),
          links: new Set([link.id]),
          groups: new Set(),
          selected: null,
          selectedLink: link.id,
        };
        this.announcement = `${t.selected}: ${localize(link.title ?? link.description, this.uiLang)}`;
      }
    } else if (this.announcement) this.announcement = t.cleared;
    overlay.setEmphasis(emphasis);
  }

  private moveFocus(fromId: string, key: string): void {
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
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    if (event.key === 'Escape') {
      if (this.hover) this.hover = null;
      else if (!this.clearSelection()) return;
      event.preventDefault();
    } else if ((event.key === '+' || event.key === '=') && this.view) {
      this.view.zoomBy(1);
      event.preventDefault();
    } else if ((event.key === '-' || event.key === '_') && this.view) {
      this.view.zoomBy(-1);
      event.preventDefault();
    }
  };

  private readonly onBackgroundClick = (event: MouseEvent) => {
    // Clicks on the map itself (not on marks or controls) clear the selection, as in other map tools.
    if ((event.target as Element | null)?.closest?.('button, .legend')) return;
    if (event.composedPath().some((el) => el instanceof Element && el.classList.contains('map')))
      this.clearSelection();
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
