import type { Point, Project, Sides, Viewport } from '../geo/types';
import type { OverlayLink } from './model';

/**
 * What the overlay keeps of each element it drew: the DOM nodes and the typed handles (`svg-typed.ts`) a
 * frame writes, so that a frame never looks an element up.
 */

export interface CityNode {
  id: string;
  external: boolean;
  lngLat: Point;
  /** The radius the outline was drawn at; other radii are reached by scaling it. */
  baseRadius: number;
  /** The radius drawn now (px at scale 1), animated towards `targetRadius`. */
  radius: number;
  targetRadius: number;
  priority: number;
  group: SVGGElement;
  /** None for the cities of a large network that are never named (see `LARGE_LABEL_LIMIT`). */
  label: CityLabel | null;
  /** None in a large network, whose islands are never moved off their places. */
  leader: Leader | null;
  /** A city beyond the map: the arrow of its edge indicator, pointing towards it. */
  arrow: Arrow | null;
  labelWidth: number;
  labelHeight: number;
  /** Typed handles of what every frame writes (`svg-typed.ts`), and the scale last written. */
  place: SVGTransform;
  size: SVGTransform;
  sizeDrawn: number;
  /** The emphasis last written (faded, selected), so a year step touches only the islands it changes. */
  shownAs: string;
}

export interface CityLabel {
  text: SVGTextElement;
  x: SVGLength;
  y: SVGLength;
  anchor: string;
}

export interface Arrow {
  path: SVGPathElement;
  turn: SVGTransform;
  /** The angle written last, null while the arrow is hidden (the city is on the map), NaN before any. */
  angle: number | null;
}

/** The line from a displaced island back to its true place, and the dot there. */
export interface Leader {
  line: SVGLineElement;
  dot: SVGCircleElement;
  shown: boolean;
}

export interface LinkNode {
  datum: OverlayLink;
  group: SVGGElement;
  line: SVGPathElement;
  /** A proposed link's core, drawn inside its line in the sea's colour (hollow); null when established. */
  core: SVGPathElement | null;
  /** While the camera moves: the line is `unitArc` and this matrix puts it between its islands. */
  unit: SVGTransform | null;
  coreUnit: SVGTransform | null;
  hit: SVGPathElement;
}

export interface GroupNode {
  id: string;
  members: string[];
  group: SVGGElement;
  hull: SVGPathElement;
  /** A proposed group's core line inside its outline (hollow); null when established. */
  hullCore: SVGPathElement | null;
  label: SVGTextElement;
  labelX: SVGLength;
  labelY: SVGLength;
  labelWidth: number;
  labelHeight: number;
  /** Which of `groupLabelSpot`'s candidates was chosen at the last rest: a moving camera keeps it. */
  spot: number;
}

/** Where an island was drawn: its screen centre (after displacement or as an edge indicator) and radius. */
export interface Centre {
  x: number;
  y: number;
  r: number;
}

export interface FrameInput {
  project: Project;
  viewport: Viewport;
  /** Island scale with zoom: 1 at the default view. */
  scale: number;
  /** True while the camera moves: labels keep their last placement, links their curves under a matrix. */
  moving?: boolean;
  /** Room taken by the element's own panels (the legend): edge indicators stay clear of it. */
  insets?: Sides;
  /** Asked before a rest layout that waited a frame: false once the camera moves again. */
  resting?: () => boolean;
}

/** Rounds a screen coordinate written to the DOM (to 0.1 px unless `k` says otherwise). */
export function round(v: number, k = 10): number {
  return Math.round(v * k) / k;
}
