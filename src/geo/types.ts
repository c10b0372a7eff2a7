/** A point in screen pixels: x grows to the right, y grows downwards. */
export type Point = [number, number];

/** Projects a [longitude, latitude] pair to screen pixels; the geometry never sees the map itself. */
export type Project = (lngLat: [number, number]) => Point;

/** The drawable area in screen pixels, origin at the top-left corner. */
export interface Viewport {
  width: number;
  height: number;
}
