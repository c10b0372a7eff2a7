/** A point in screen pixels: x grows to the right, y grows downwards. */
export type Point = [number, number];

/** Projects a [longitude, latitude] pair to screen pixels; the geometry never sees the map itself. */
export type Project = (lngLat: [number, number]) => Point;

/** Pixels kept free on each side of the view (panels over the map, camera padding). */
export interface Sides {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function sameSides(a: Sides, b: Sides): boolean {
  return a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;
}

/** The drawable area in screen pixels, origin at the top-left corner. */
export interface Viewport {
  width: number;
  height: number;
}
