import {
  type ErrorEvent,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import maplibreCss from '../../data/basemap/maplibre-core.css?inline';
import { DEFAULT_BOUNDS, MAX_BOUNDS } from '../basemap/region';
import { toWorld } from '../geo/mercator';
import { CAMERA_ANCHORS as ANCHORS, apply, similarityFrom } from '../geo/similarity';
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
import { FONT_TIMEOUT_MS, fontsReady } from './fonts-ready';
import { workerProblem } from './worker-check';
import { workerUrl } from './worker-url';

setWorkerUrl(workerUrl);

/** MapLibre's stylesheet, adopted into the element's shadow root when the map is made. */
export const MAP_CSS: string = maplibreCss;

export interface MapViewOptions {
  container: HTMLElement;
  style: StyleSpecification | string;
  /** Keeps the camera where the embedded basemap has data; off for a foreign style. */
  bounded: boolean;
  reducedMotion: boolean;
  padding: number;
  /** Called when the WebGL context is lost and the browser does not give it back in time. */
  onContextGone?: () => void;
}

/**
 * A lost context the browser restores (a GPU reset, a driver update) comes back within a second or two;
 * one still lost after this long is taken as gone for good.
 */
export const CONTEXT_RESTORE_WAIT_MS = 3000;

const WORLD_ANCHORS: [Point, Point] = [toWorld(ANCHORS[0]), toWorld(ANCHORS[1])];

/** True for the errors MapLibre gives when it cannot create a WebGL context. */
export function isWebglFailure(error: unknown): boolean {
  return /webgl/i.test(error instanceof Error ? error.message : String(error));
}

/**
 * The one place that knows MapLibre: camera, projection and lifecycle. The element draws its overlay
 * from `projector()` and redraws on the `move` event (`on('move', …)`).
 */
export class MapView implements CameraView {
  readonly kind = 'webgl';
  readonly map: MapLibreMap;
  private lostTimer = 0;
  /** The canvas listeners end with the map: `map.remove()` loses the context, which is no failure. */
  private readonly listening = new AbortController();
  private size: Viewport = { width: 0, height: 0 };
  private baseZoom = 4.5;
  private readonly reducedMotion: boolean;
  private readonly padding: number;
  private insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  private cameraTouched = false;
  private home = DEFAULT_BOUNDS as unknown as [Point, Point];

  /** True once the camera left the default view (a reader's move or a restored view). */
  get moved(): boolean {
    return this.cameraTouched;
  }

  private constructor(map: MapLibreMap, options: MapViewOptions) {
    this.map = map;
    this.reducedMotion = options.reducedMotion;
    this.padding = options.padding;
  }

  /** Resolves once the style has loaded and the default camera is set. */
  static create(options: MapViewOptions): Promise<MapView> {
    let map: MapLibreMap;
    try {
      map = MapView.newMap(options);
    } catch (error) {
      return Promise.reject(error);
    }
    const view = new MapView(map, options);
    if (typeof options.style !== 'string' && !options.style.glyphs) view.limitWebFontWait(options.style);
    view.size = view.measure();
    map.on('resize', () => {
      view.size = view.measure();
    });
    // A camera move that came from the reader (not from fitBounds) ends "keep the default view".
    map.on('movestart', (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) view.cameraTouched = true;
    });
    const canvas = map.getCanvas();
    const { signal } = view.listening;
    canvas.addEventListener(
      'webglcontextlost',
      () => {
        window.clearTimeout(view.lostTimer);
        view.lostTimer = window.setTimeout(() => options.onContextGone?.(), CONTEXT_RESTORE_WAIT_MS);
      },
      { signal },
    );
    canvas.addEventListener('webglcontextrestored', () => window.clearTimeout(view.lostTimer), { signal });
    return new Promise((resolve, reject) => {
      // Nothing else holds a map that failed to load: it is removed here, with its context and worker.
      const onError = async (event: ErrorEvent) => {
        view.remove();
        const message = event.error?.message ?? 'the map failed to load';
        // A refused worker gives only MapLibre's generic "Worker failed to load": ask the server why.
        const problem = /worker/i.test(message) ? await workerProblem(workerUrl) : null;
        reject(new Error(problem ?? message));
      };
      map.once('error', onError);
      map.once('load', () => {
        map.off('error', onError);
        view.baseZoom = map.getZoom();
        resolve(view);
      });
    });
  }

  /**
   * Without `glyphs`, MapLibre draws label glyphs with the style's fonts as CSS families, and first waits,
   * with no limit, for the web fonts among them: a face that never arrives would hold the basemap's
   * labels back, and with them the map's idle and the element's `ready`. After the time limit the label
   * layers keep only the local fonts of their stacks.
   */
  private limitWebFontWait(style: StyleSpecification): void {
    const stacks = new Map<string, string[]>();
    for (const layer of style.layers) {
      const fonts = layer.type === 'symbol' ? layer.layout?.['text-font'] : undefined;
      if (Array.isArray(fonts) && fonts.length > 0 && fonts.every((f) => typeof f === 'string'))
        stacks.set(layer.id, fonts as string[]);
    }
    const set = typeof document === 'undefined' ? undefined : document.fonts;
    if (stacks.size === 0 || !set) return;
    // As MapLibre reads them: weight and style from the first name ("Noto Sans Italic": italic 400).
    const face = (stack: string[]) =>
      `${/italic/i.test(stack[0] ?? '') ? 'italic' : 'normal'} ${/bold/i.test(stack[0] ?? '') ? 700 : 400} 24px ${stack.join(',')}`;
    void fontsReady(document, [...new Set([...stacks.values()].map(face))], FONT_TIMEOUT_MS).then((ok) => {
      if (ok || this.listening.signal.aborted) return;
      const web = new Set<string>();
      set.forEach((f) => {
        web.add(f.family.replace(/^["']|["']$/g, ''));
      });
      const isWeb = (name: string) => [...web].some((w) => name === w || name.startsWith(`${w} `));
      for (const [id, stack] of stacks) {
        const local = stack.filter((name) => !isWeb(name));
        if (this.map.getLayer(id))
          this.map.setLayoutProperty(id, 'text-font', local.length ? local : ['sans-serif']);
      }
    });
  }

  private static newMap(options: MapViewOptions): MapLibreMap {
    const map = new MapLibreMap({
      container: options.container,
      style: options.style,
      bounds: DEFAULT_BOUNDS as unknown as LngLatBoundsLike,
      fitBoundsOptions: { padding: options.padding },
      maxBounds: options.bounded ? (MAX_BOUNDS as unknown as LngLatBoundsLike) : undefined,
      attributionControl: { compact: true, customAttribution: 'Natural Earth' },
      dragRotate: false,
      pitchWithRotate: false,
      renderWorldCopies: false,
      fadeDuration: options.reducedMotion ? 0 : 300,
      // The overlay is redrawn every frame from `project`; keep the drawing buffer for exports.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map.touchZoomRotate.disableRotation();
    return map;
  }

  camera(): CameraState {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing() };
  }

  on(type: 'move' | 'moveend', listener: () => void): void {
    this.map.on(type, listener);
  }

  off(type: 'move' | 'moveend', listener: () => void): void {
    this.map.off(type, listener);
  }

  project(lngLat: Point): Point {
    const p = this.map.project(lngLat);
    return [p.x, p.y];
  }

  unproject(point: Point): Point {
    const { lng, lat } = this.map.unproject(point);
    return [lng, lat];
  }

  /**
   * Without pitch a Web Mercator camera is one similarity of world coordinates, found from two points
   * MapLibre projects: then each point costs a few multiplications instead of MapLibre's own projection
   * (about a seventh of the overlay's frame for the shipped network, measured).
   */
  projector(): (lngLat: Point) => Point {
    const s =
      this.map.getPitch() === 0
        ? similarityFrom(
            WORLD_ANCHORS[0],
            WORLD_ANCHORS[1],
            this.project(ANCHORS[0]),
            this.project(ANCHORS[1]),
          )
        : null;
    return s ? (lngLat) => apply(s, toWorld(lngLat)) : (lngLat) => this.project(lngLat);
  }

  /**
   * The container's size, measured when the map is made and when it resizes: reading it on every frame
   * would force a layout of the overlay just written.
   */
  viewport(): Viewport {
    return this.size;
  }

  private measure(): Viewport {
    const container = this.map.getContainer();
    return { width: container.clientWidth, height: container.clientHeight };
  }

  /** Island scale: grows gently when zooming in so islands stay islands, never blobs over the sea. */
  islandScale(): number {
    return islandScaleAt(this.map.getZoom(), this.baseZoom);
  }

  zoomBy(delta: number): void {
    this.map.zoomTo(this.map.getZoom() + delta, { animate: !this.reducedMotion });
  }

  resetView(animate = !this.reducedMotion): void {
    this.cameraTouched = false;
    this.map.fitBounds(this.home, {
      padding: padded(this.insets, this.padding),
      animate,
    });
  }

  setHome(bounds: [Point, Point]): void {
    this.home = bounds;
    if (!this.cameraTouched) {
      this.resetView(false);
      this.baseZoom = this.map.getZoom();
    }
  }

  /**
   * Room the element's panels take on each side. The default view is refitted to the free part while the
   * reader has not moved the camera.
   */
  setInsets(insets: Insets): void {
    if (sameSides(insets, this.insets)) return;
    this.insets = insets;
    if (!this.cameraTouched) {
      this.resetView(false);
      this.baseZoom = this.map.getZoom();
    }
  }

  /**
   * Brings these points into the free part of the view (inside `insets`), moving the camera only when one
   * of them is outside it, and never zooming in further than the reader had.
   */
  show(points: Point[], insets = this.insets): void {
    if (points.length === 0) return;
    const { width, height } = this.viewport();
    if (allInFreeArea(points, (p) => this.project(p), { width, height }, insets, this.padding / 2)) return;
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    const padding = padded(insets, this.padding);
    // fitBounds cannot honour padding wider than the view: fall back to centring.
    if (padding.left + padding.right >= width - 40 || padding.top + padding.bottom >= height - 40) {
      this.map.easeTo({ center: points[0], animate: !this.reducedMotion });
      return;
    }
    this.cameraTouched = true;
    const bounds: [Point, Point] = [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ];
    const zoom = this.map.getZoom();
    // The region's bounds can stop the camera short (a city near the region's edge, behind a panel, at a
    // low zoom): then one zoom step in gives the camera the room to bring it out. Listening before the
    // move: without animation its moveend comes at once, and a later move must not find this listener.
    this.map.once('moveend', () => {
      if (allInFreeArea(points, (p) => this.project(p), this.viewport(), insets, 0)) return;
      this.map.fitBounds(bounds, { padding, maxZoom: zoom + 1, animate: !this.reducedMotion });
    });
    this.map.fitBounds(bounds, { padding, maxZoom: zoom, animate: !this.reducedMotion });
  }

  /**
   * Moves to a story chapter's camera: a 1.2 s flight, which settles under the 2 s a presenter can wait
   * even when frames drop, or a jump under reduced motion. Bounds beyond the region are clamped.
   */
  moveToChapter(camera: ChapterCamera | undefined, jump = false): void {
    this.cameraTouched = true;
    const animate = !this.reducedMotion && !jump;
    const target = camera ?? { bounds: this.home };
    if ('bounds' in target) {
      const extra = target.padding ?? this.padding;
      this.map.fitBounds(target.bounds, {
        padding: padded(this.insets, extra),
        bearing: 0,
        duration: animate ? 1200 : 0,
        animate,
      });
    } else if (animate) {
      this.map.flyTo({
        center: target.center,
        zoom: target.zoom,
        bearing: target.bearing ?? 0,
        duration: 1200,
      });
    } else {
      this.map.jumpTo({ center: target.center, zoom: target.zoom, bearing: target.bearing ?? 0 });
    }
  }

  /** Puts the camera exactly there, without animation (restoring a shared view). */
  jumpTo(camera: CameraState): void {
    this.cameraTouched = true;
    this.map.jumpTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing });
  }

  /**
   * Runs `draw` while the map renders at `ratio` device pixels per CSS pixel (sharp exports), then
   * restores the screen's ratio.
   */
  async atPixelRatio<T>(ratio: number, draw: (canvas: HTMLCanvasElement) => Promise<T>): Promise<T> {
    const before = this.map.getPixelRatio();
    try {
      if (Math.abs(ratio - before) > 0.01) {
        this.map.setPixelRatio(ratio);
        await this.idle();
      }
      return await draw(this.map.getCanvas());
    } finally {
      if (Math.abs(this.map.getPixelRatio() - before) > 0.01) this.map.setPixelRatio(before);
    }
  }

  resize(): void {
    this.size = this.measure();
    this.map.resize();
  }

  isMoving(): boolean {
    return this.map.isMoving();
  }

  /** Resolves when the map has drawn everything it has. */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.map.loaded() && !this.map.isMoving()) {
        this.map.once('idle', () => resolve());
        this.map.triggerRepaint();
      } else this.map.once('idle', () => resolve());
    });
  }

  remove(): void {
    this.listening.abort();
    window.clearTimeout(this.lostTimer);
    this.map.remove();
  }
}
