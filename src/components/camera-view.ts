import type { Point, Sides, Viewport } from '../geo/types';

/** Room the element's panels take on each side of the map. */
export type Insets = Sides;

/** A story chapter's camera: a centre and zoom, or bounds to fit. */
export type ChapterCamera =
  | { center: Point; zoom: number; bearing?: number; pitch?: number }
  | { bounds: [Point, Point]; padding?: number };

export interface CameraState {
  center: Point;
  zoom: number;
  bearing: number;
}

/** The island scale both maps use: it grows gently with zoom so islands stay islands, never blobs. */
export function islandScaleAt(zoom: number, baseZoom: number): number {
  return Math.min(2.4, Math.max(0.7, 2 ** ((zoom - baseZoom) * 0.45)));
}

/** `insets` grown by `extra` px on every side: the padding a camera fit keeps. */
export function padded(insets: Insets, extra: number): Sides {
  return {
    top: extra + insets.top,
    right: extra + insets.right,
    bottom: extra + insets.bottom,
    left: extra + insets.left,
  };
}

/** True when every point projects into the view less `insets` and a further `margin` px. */
export function allInFreeArea(
  points: Point[],
  project: (p: Point) => Point,
  view: Viewport,
  insets: Insets,
  margin: number,
): boolean {
  return points.every((p) => {
    const [x, y] = project(p);
    return (
      x >= insets.left + margin &&
      x <= view.width - insets.right - margin &&
      y >= insets.top + margin &&
      y <= view.height - insets.bottom - margin
    );
  });
}

/**
 * What the element needs of a map: a camera, a projection for the overlay and a lifecycle. MapView
 * (MapLibre, WebGL) and SimplifiedView (SVG, no WebGL) both provide it, so one overlay serves both.
 */
export interface CameraView {
  /** True once the camera left the default view (a reader's move or a restored view). */
  readonly moved: boolean;
  /** `webgl` for MapLibre, `simplified` for the map drawn in SVG without WebGL. */
  readonly kind: 'webgl' | 'simplified';
  project(lngLat: Point): Point;
  /** The `[lng, lat]` at a point of the map's container (px from its top-left corner). */
  unproject(point: Point): Point;
  /** `project` for the current camera, made once per frame for every point of that frame. */
  projector(): (lngLat: Point) => Point;
  viewport(): Viewport;
  /** Island scale: grows gently when zooming in so islands stay islands. */
  islandScale(): number;
  camera(): CameraState;
  zoomBy(delta: number): void;
  resetView(animate?: boolean): void;
  setInsets(insets: Insets): void;
  /** What the default view fits (the dataset's cities): refitted now while the reader has not moved. */
  setHome(bounds: [Point, Point]): void;
  show(points: Point[], insets?: Insets): void;
  moveToChapter(camera: ChapterCamera | undefined, jump?: boolean): void;
  jumpTo(camera: CameraState): void;
  /** Runs `draw` with the basemap rendered at `ratio` device pixels per CSS pixel (sharp exports). */
  atPixelRatio<T>(ratio: number, draw: (canvas: HTMLCanvasElement) => Promise<T>): Promise<T>;
  resize(): void;
  idle(): Promise<void>;
  /** True while the camera moves: a flight, a drag, a wheel zoom or its inertia. */
  isMoving(): boolean;
  /** `move` on every camera change (also while animating), `moveend` once it rests. */
  on(type: 'move' | 'moveend', listener: () => void): void;
  off(type: 'move' | 'moveend', listener: () => void): void;
  remove(): void;
}
