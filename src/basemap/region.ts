/**
 * The geographic frame of the embedded basemap. Pure constants (and the default view they give a
 * dataset): imported by the build script
 * (`scripts/build-basemap.ts`), the style (`src/basemap/style.ts`) and the map element.
 */

/** `[west, south, east, north]` in degrees of longitude/latitude. */
export type LngLatBBox = readonly [west: number, south: number, east: number, north: number];

/** `[[west, south], [east, north]]`, the shape MapLibre's `LngLatBoundsLike` accepts. */
export type LngLatBoundsPair = readonly [
  readonly [west: number, south: number],
  readonly [east: number, north: number],
];

/**
 * What the basemap data covers: every country polygon is clipped to this box at build time.
 * Wide enough that Brussels, the North Sea, the Norwegian Sea and Moscow are on the map.
 */
export const CLIP_BBOX: LngLatBBox = [-12, 43, 52, 73];

/**
 * What the camera may show (MapLibre `maxBounds`). Strictly inside {@link CLIP_BBOX} — by 4° in
 * longitude and 2° in latitude on every side — so the straight edges where the data was clipped
 * are never on screen.
 */
export const MAX_BOUNDS: LngLatBoundsPair = [
  [-8, 45],
  [48, 71],
];

/**
 * The 11 BaltMet metropolises span lon 10.75 (Oslo) .. 30.31 (St Petersburg) and lat 52.23
 * (Warsaw) .. 60.17 (Helsinki). The default view adds ~1° of longitude and ~0.6° of latitude on
 * each side so island shapes and city labels drawn around the outermost cities stay in view
 * (the caller may add pixel padding on top via `fitBounds({ padding })`).
 */
export const DEFAULT_BOUNDS: LngLatBoundsPair = [
  [9.75, 51.6],
  [31.3, 60.8],
];

/**
 * Zoom at which the 1:10m geometry replaces the 1:50m geometry.
 *
 * Why 5.5: around the Baltic the 1:50m coastline has a median vertex spacing of ~6.9 km (1:10m:
 * ~1.4 km). At 60°N a MapLibre (512 px tile) pixel is ~2 km at zoom 4.3 (the Baltic overview) and
 * ~0.87 km at zoom 5.5, so 50m segments grow from ~3.5 px to ~8 px: past 5.5 the coast turns
 * visibly angular, below it 10m detail would be mostly sub-pixel. The default view of the 11
 * cities (zoom ≈ 4.3–5.3 on common embed sizes) thus draws from the small 50m file alone, and
 * the 10m file can load lazily before anyone zooms past 5.5.
 */
export const LOD_SWITCH_ZOOM = 5.5;

/**
 * What the default view fits for a dataset: {@link DEFAULT_BOUNDS} grown to take in every one of
 * `points` (its cities on the map) that lies inside {@link MAX_BOUNDS} but outside it, with the same margin the
 * default view keeps around the 2007 cities, and never past MAX_BOUNDS. Cities beyond it are shown by
 * edge indicators, so they do not widen the view.
 */
export function homeBounds(
  points: readonly (readonly [number, number])[],
): [[number, number], [number, number]] {
  const [[west0, south0], [east0, north0]] = MAX_BOUNDS;
  let [[west, south], [east, north]] = DEFAULT_BOUNDS;
  const inside = ([lon, lat]: readonly [number, number], [[w, s], [e, n]]: LngLatBoundsPair) =>
    lon >= w && lon <= e && lat >= s && lat <= n;
  for (const [lon, lat] of points) {
    if (!inside([lon, lat], MAX_BOUNDS) || inside([lon, lat], DEFAULT_BOUNDS)) continue;
    west = Math.min(west, lon - 1);
    east = Math.max(east, lon + 1);
    south = Math.min(south, lat - 0.6);
    north = Math.max(north, lat + 0.6);
  }
  return [
    [Math.max(west, west0), Math.max(south, south0)],
    [Math.min(east, east0), Math.min(north, north0)],
  ];
}
