import { geoPath, geoTransform } from 'd3-geo';
import { select } from 'd3-selection';
import 'd3-transition';
import { type D3ZoomEvent, type ZoomBehavior, zoom, zoomIdentity } from 'd3-zoom';
import type { FeatureCollection, Point as GeoPoint } from 'geojson';
import type { BasemapLayers } from '../basemap/geojson';
import { type BasemapLang, COUNTRY_LABELS, type LabelNames, SEA_LABELS } from '../basemap/labels';
import { DEFAULT_BOUNDS, LOD_SWITCH_ZOOM, MAX_BOUNDS } from '../basemap/region';
import { BASEMAP_THEMES, type BasemapThemeName } from '../basemap/style';
import {
  cameraOf,
  fitCamera,
  fromWorld,
  project,
  toWorld,
  transformOf,
  type WorldTransform,
} from '../geo/mercator';
import { type Point, sameSides, type Viewport } from '../geo/types';
import {
  allInFreeArea,
  type CameraState,
  type CameraView,
  type ChapterCamera,
  type Insets,
  islandScaleAt,
  padded,
} from './camera-view';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MIN_ZOOM = 2;
const MAX_ZOOM = 9;
/** A chapter's flight, as long as MapLibre's (MapView.moveToChapter). */
const FLIGHT_MS = 1200;

export interface SimplifiedViewOptions {
  container: HTMLElement;
  /** The embedded basemap's land, borders and coast; null draws the sea alone (`basemap="none"`). */
  layers: BasemapLayers | null;
  /** Loads the 1:10m detail, drawn from the first time the camera zooms past the switch. */
  detail?: () => Promise<BasemapLayers>;
  theme: BasemapThemeName;
  lang: BasemapLang;
  bounded: boolean;
  reducedMotion: boolean;
  padding: number;
}

interface MapLabel {
  names: LabelNames;
  at: Point;
  minzoom: number;
  kind: 'sea' | 'sea-major' | 'country';
  el: SVGTextElement;
}

/**
 * The map without WebGL: the same embedded Natural Earth basemap drawn in SVG through Web Mercator, with
 * d3-zoom for pan and zoom. It keeps MapView's camera semantics (zoom levels, fitted bounds, insets), so
 * the overlay, the story and the URL state work unchanged. No rotation or pitch.
 */
export class SimplifiedView implements CameraView {
  readonly kind = 'simplified';
  private readonly container: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly water: SVGRectElement;
  private readonly world: SVGGElement;
  private readonly land: SVGPathElement;
  private readonly coast: SVGPathElement;
  private readonly borders: SVGPathElement;
  private readonly labelLayer: SVGGElement;
  private readonly attribution: HTMLElement;
  private readonly labels: MapLabel[] = [];
  private readonly behaviour: ZoomBehavior<HTMLElement, unknown>;
  private readonly listeners = { move: new Set<() => void>(), moveend: new Set<() => void>() };
  /** Between d3-zoom's `start` and `end`: a gesture or a transition is moving the camera. */
  private moving = false;
  private transform: WorldTransform = { k: 1, x: 0, y: 0 };
  private insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  private baseZoom = 4.5;
  private cameraTouched = false;
  private home = DEFAULT_BOUNDS as unknown as [Point, Point];
  private animations = 0;
  private theme: BasemapThemeName;
  private lang: BasemapLang;
  private readonly reducedMotion: boolean;
  private readonly padding: number;
  private size: Viewport;
  private detail: (() => Promise<BasemapLayers>) | undefined;

  get moved(): boolean {
    return this.cameraTouched;
  }

  constructor(options: SimplifiedViewOptions) {
    this.container = options.container;
    this.theme = options.theme;
    this.lang = options.lang;
    this.reducedMotion = options.reducedMotion;
    this.padding = options.padding;
    this.size = this.measure();
    this.detail = options.layers ? options.detail : undefined;

    const el = <K extends keyof SVGElementTagNameMap>(name: K, parent: Element, cls: string) => {
      const node = document.createElementNS(SVG_NS, name);
      node.setAttribute('class', cls);
      parent.append(node);
      return node;
    };
    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('class', 'simplified-map');
    this.svg.setAttribute('aria-hidden', 'true');
    this.water = el('rect', this.svg, 'water');
    this.water.setAttribute('width', '100%');
    this.water.setAttribute('height', '100%');
    this.world = el('g', this.svg, 'world');
    this.land = el('path', this.world, 'land');
    this.coast = el('path', this.world, 'coast');
    this.borders = el('path', this.world, 'borders');
    for (const line of [this.coast, this.borders]) {
      line.setAttribute('fill', 'none');
      line.setAttribute('vector-effect', 'non-scaling-stroke');
      line.setAttribute('stroke-linejoin', 'round');
    }
    this.labelLayer = el('g', this.svg, 'map-labels');
    this.attribution = document.createElement('div');
    this.attribution.className = 'simplified-attribution';
    this.attribution.textContent = 'Natural Earth';
    this.container.append(this.svg, this.attribution);

    if (options.layers) this.drawLayers(options.layers);
    this.makeLabels();
    this.paint();

    const [w0, n0] = toWorld([MAX_BOUNDS[0][0], MAX_BOUNDS[1][1]]);
    const [e0, s0] = toWorld([MAX_BOUNDS[1][0], MAX_BOUNDS[0][1]]);
    this.behaviour = zoom<HTMLElement, unknown>()
      .scaleExtent([2 ** MIN_ZOOM, 2 ** MAX_ZOOM])
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.moving = true;
        if (event.sourceEvent) this.cameraTouched = true;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        const { k, x, y } = event.transform;
        this.transform = { k, x, y };
        this.place();
        for (const listener of this.listeners.move) listener();
      })
      .on('end', () => {
        this.moving = false;
        for (const listener of this.listeners.moveend) listener();
      });
    if (options.bounded) {
      this.behaviour.translateExtent([
        [w0, n0],
        [e0, s0],
      ]);
    }
    select(this.container).call(this.behaviour);
    this.resetView(false);
    this.baseZoom = this.camera().zoom;
  }

  private measure(): Viewport {
    return { width: this.container.clientWidth || 800, height: this.container.clientHeight || 600 };
  }

  private drawLayers(layers: BasemapLayers): void {
    // Planar, so the rings' winding (made for MapLibre) does not matter and edges stay straight in
    // Mercator, as MapLibre draws them.
    const mercator = geoTransform({
      point(lng, lat) {
        const [x, y] = toWorld([lng, lat]);
        this.stream.point(x, y);
      },
    });
    const path = geoPath(mercator).digits(4);
    this.land.setAttribute('d', path(layers.land) ?? '');
    this.coast.setAttribute('d', path(layers.coast) ?? '');
    this.borders.setAttribute('d', path(layers.borders) ?? '');
  }

  private makeLabels(): void {
    const add = (
      collection: FeatureCollection<GeoPoint, LabelNames & { minzoom: number; rank?: number }>,
      kind: (p: { rank?: number }) => MapLabel['kind'],
    ) => {
      for (const f of collection.features) {
        const text = document.createElementNS(SVG_NS, 'text');
        text.setAttribute('text-anchor', 'middle');
        text.setAttribute('dominant-baseline', 'middle');
        text.setAttribute('paint-order', 'stroke');
        text.setAttribute('stroke-linejoin', 'round');
        this.labelLayer.append(text);
        const [lng, lat] = f.geometry.coordinates as [number, number];
        this.labels.push({
          names: f.properties,
          at: [lng, lat],
          minzoom: f.properties.minzoom,
          kind: kind(f.properties),
          el: text,
        });
      }
    };
    add(SEA_LABELS, (p) => (p.rank === 1 ? 'sea-major' : 'sea'));
    add(COUNTRY_LABELS, () => 'country');
    this.setLanguage(this.lang);
  }

  setTheme(theme: BasemapThemeName): void {
    this.theme = theme;
    this.paint();
  }

  setLanguage(lang: BasemapLang): void {
    this.lang = lang;
    // Country names in capitals, as the WebGL map's style draws them.
    for (const label of this.labels) {
      const name = label.names[`name_${lang}`];
      label.el.textContent = label.kind === 'country' ? name.toLocaleUpperCase(lang) : name;
    }
  }

  private paint(): void {
    const c = BASEMAP_THEMES[this.theme];
    const projector = this.theme === 'projector';
    this.water.setAttribute('fill', c.water);
    this.land.setAttribute('fill', c.land);
    this.coast.setAttribute('stroke', c.coast);
    this.coast.setAttribute('stroke-width', projector ? '1.6' : '1');
    this.borders.setAttribute('stroke', c.border);
    this.borders.setAttribute('stroke-width', projector ? '1.4' : '0.8');
    this.borders.setAttribute('stroke-dasharray', '3 2');
    for (const label of this.labels) {
      const country = label.kind === 'country';
      const size = projector
        ? label.kind === 'sea-major'
          ? 28
          : 24
        : label.kind === 'sea-major'
          ? 13
          : 11.5;
      label.el.setAttribute('fill', country ? c.countryLabel : c.seaLabel);
      label.el.setAttribute('stroke', country ? c.countryLabelHalo : c.seaLabelHalo);
      label.el.setAttribute('stroke-width', '3');
      label.el.setAttribute('font-size', String(size));
      label.el.setAttribute('font-style', country ? 'normal' : 'italic');
      label.el.setAttribute('letter-spacing', country ? '0.08em' : '0.02em');
    }
  }

  /** Writes the camera into the drawing: one transform for the land, positions for the labels. */
  private place(): void {
    const { k, x, y } = this.transform;
    this.world.setAttribute('transform', `translate(${x},${y}) scale(${k})`);
    const zoomLevel = Math.log2(k);
    if (this.detail && zoomLevel >= LOD_SWITCH_ZOOM - 0.5) {
      const load = this.detail;
      this.detail = undefined;
      load()
        .then((layers) => this.drawLayers(layers))
        .catch((error: unknown) =>
          console.warn(`archipelago-map: 1:10m basemap unavailable (${String(error)})`),
        );
    }
    for (const label of this.labels) {
      const shown = zoomLevel >= label.minzoom;
      label.el.setAttribute('visibility', shown ? 'visible' : 'hidden');
      if (!shown) continue;
      const [px, py] = project(this.transform, label.at);
      label.el.setAttribute('x', px.toFixed(1));
      label.el.setAttribute('y', py.toFixed(1));
    }
  }

  project(lngLat: Point): Point {
    return project(this.transform, lngLat);
  }

  unproject([x, y]: Point): Point {
    const t = this.transform;
    return fromWorld([(x - t.x) / t.k, (y - t.y) / t.k]);
  }

  projector(): (lngLat: Point) => Point {
    const transform = this.transform;
    return (lngLat) => project(transform, lngLat);
  }

  viewport(): Viewport {
    return this.size;
  }

  islandScale(): number {
    return islandScaleAt(Math.log2(this.transform.k), this.baseZoom);
  }

  camera(): CameraState {
    const { center, zoom: z } = cameraOf(this.transform, this.size);
    return { center, zoom: z, bearing: 0 };
  }

  private go(camera: { center: Point; zoom: number }, animate: boolean): void {
    const z = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.zoom));
    const t = transformOf({ center: camera.center, zoom: z }, this.size);
    const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
    const selection = select(this.container);
    if (!animate) {
      selection.interrupt();
      selection.call(this.behaviour.transform, target);
      return;
    }
    this.animations++;
    selection
      .transition()
      .duration(FLIGHT_MS)
      .call(this.behaviour.transform, target)
      .on('end interrupt', () => {
        this.animations--;
      });
  }

  zoomBy(delta: number): void {
    const c = this.camera();
    this.go({ center: c.center, zoom: c.zoom + delta }, false);
  }

  resetView(animate = !this.reducedMotion): void {
    this.cameraTouched = false;
    this.go(fitCamera(this.home, this.size, padded(this.insets, this.padding)), animate);
  }

  setHome(bounds: [Point, Point]): void {
    this.home = bounds;
    if (!this.cameraTouched) {
      this.resetView(false);
      this.baseZoom = this.camera().zoom;
    }
  }

  setInsets(insets: Insets): void {
    if (sameSides(insets, this.insets)) return;
    this.insets = insets;
    if (!this.cameraTouched) {
      this.resetView(false);
      this.baseZoom = this.camera().zoom;
    }
  }

  show(points: Point[], insets = this.insets): void {
    if (points.length === 0) return;
    if (allInFreeArea(points, (p) => this.project(p), this.size, insets, this.padding / 2)) return;
    this.cameraTouched = true;
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    const camera = fitCamera(
      [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
      this.size,
      padded(insets, this.padding),
      this.camera().zoom,
    );
    this.go(camera, !this.reducedMotion);
  }

  moveToChapter(camera: ChapterCamera | undefined, jump = false): void {
    this.cameraTouched = true;
    const animate = !this.reducedMotion && !jump;
    const target = camera ?? { bounds: this.home };
    if ('bounds' in target) {
      this.go(
        fitCamera(target.bounds, this.size, padded(this.insets, target.padding ?? this.padding)),
        animate,
      );
    } else this.go(target, animate);
  }

  jumpTo(camera: CameraState): void {
    this.cameraTouched = true;
    this.go(camera, false);
  }

  /** Renders the basemap's SVG into a canvas at `ratio` (the export composes it with the overlay). */
  async atPixelRatio<T>(ratio: number, draw: (canvas: HTMLCanvasElement) => Promise<T>): Promise<T> {
    const { width, height } = this.size;
    const copy = this.svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('xmlns', SVG_NS);
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(height));
    copy.setAttribute('font-family', getComputedStyle(this.container).fontFamily);
    const url = URL.createObjectURL(
      new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }),
    );
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
      return await draw(canvas);
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  resize(): void {
    const before = this.camera();
    this.size = this.measure();
    this.go(before, false);
  }

  isMoving(): boolean {
    return this.moving;
  }

  idle(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (this.animations > 0) requestAnimationFrame(check);
        else requestAnimationFrame(() => resolve());
      };
      check();
    });
  }

  on(type: 'move' | 'moveend', listener: () => void): void {
    this.listeners[type].add(listener);
  }

  off(type: 'move' | 'moveend', listener: () => void): void {
    this.listeners[type].delete(listener);
  }

  remove(): void {
    const selection = select(this.container);
    selection.interrupt();
    selection.on('.zoom', null);
    this.listeners.move.clear();
    this.listeners.moveend.clear();
    this.svg.remove();
    this.attribution.remove();
  }
}
