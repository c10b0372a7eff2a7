import type { Point, Sides, Viewport } from './types';

/**
 * Web Mercator as MapLibre uses it: at zoom z the world is 512 · 2^z px wide. "World" coordinates
 * here are at zoom 0 (0…512 on both axes, y down), so a camera is a scale 2^z and a translation.
 */
export const WORLD_SIZE = 512;
const MAX_LAT = 85.051129;

export function toWorld([lng, lat]: Point): Point {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
  return [((lng + 180) / 360) * WORLD_SIZE, y * WORLD_SIZE];
}

export function fromWorld([x, y]: Point): Point {
  const lng = (x / WORLD_SIZE) * 360 - 180;
  const y2 = 180 - (y / WORLD_SIZE) * 360;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
  return [lng, lat];
}

export interface Camera {
  center: Point;
  zoom: number;
}

/** Screen = k · world + (x, y): the affine map of a camera, as d3-zoom holds it. */
export interface WorldTransform {
  k: number;
  x: number;
  y: number;
}

export function transformOf(camera: Camera, view: Viewport): WorldTransform {
  const k = 2 ** camera.zoom;
  const [cx, cy] = toWorld(camera.center);
  return { k, x: view.width / 2 - k * cx, y: view.height / 2 - k * cy };
}

export function cameraOf(t: WorldTransform, view: Viewport): Camera {
  return {
    center: fromWorld([(view.width / 2 - t.x) / t.k, (view.height / 2 - t.y) / t.k]),
    zoom: Math.log2(t.k),
  };
}

export function project(t: WorldTransform, lngLat: Point): Point {
  const [x, y] = toWorld(lngLat);
  return [t.k * x + t.x, t.k * y + t.y];
}

/**
 * The camera that shows `bounds` ([west, south], [east, north]) as large as it fits in the view less
 * `padding`, centred in that padded area, as MapLibre's fitBounds does (bearing 0). `maxZoom` caps it.
 */
export function fitCamera(
  bounds: readonly [readonly [number, number], readonly [number, number]],
  view: Viewport,
  padding: Sides,
  maxZoom = 22,
): Camera {
  const [x0, y1] = toWorld([bounds[0][0], bounds[0][1]]);
  const [x1, y0] = toWorld([bounds[1][0], bounds[1][1]]);
  const width = Math.max(1, view.width - padding.left - padding.right);
  const height = Math.max(1, view.height - padding.top - padding.bottom);
  const dx = Math.max(1e-9, Math.abs(x1 - x0));
  const dy = Math.max(1e-9, Math.abs(y1 - y0));
  const zoom = Math.min(maxZoom, Math.log2(Math.min(width / dx, height / dy)));
  const k = 2 ** zoom;
  // The bounds' middle sits in the middle of the padded area, not of the whole view.
  const mid: Point = [(x0 + x1) / 2, (y0 + y1) / 2];
  const target: Point = [padding.left + width / 2, padding.top + height / 2];
  const centre: Point = [
    mid[0] + (view.width / 2 - target[0]) / k,
    mid[1] + (view.height / 2 - target[1]) / k,
  ];
  return { center: fromWorld(centre), zoom };
}
