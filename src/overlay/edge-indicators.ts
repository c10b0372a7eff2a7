import { edgeIndicator, stackIndicators } from '../geo/edge';
import type { Point, Project, Sides, Viewport } from '../geo/types';
import { resize, showLeader } from './islands';
import { moveLabel } from './labels';
import { type Arrow, type Centre, type CityNode, round } from './nodes';

/**
 * Edge indicators: a city beyond the map (an external partner) is drawn as a badge on the view's edge,
 * clear of the element's panels, with an arrow pointing towards it and its name inside the view.
 */

/**
 * Distance of an indicator's centre from the free area's edge: its arrow's tip (26 px out) stays in
 * view, and the badge stays in the band the camera's fit padding (48 px) keeps clear of cities, so on a
 * phone an indicator is not drawn among the islands.
 */
const INDICATOR_INSET = 28;
/** Indicators on the same stretch of edge are stacked this far apart, px. */
const INDICATOR_SPACING = 44;

export interface Indicator {
  id: string;
  x: number;
  y: number;
}

/** The part of the view the element's panels leave free, never smaller than the indicators' insets. */
export function safeViewportOf(viewport: Viewport, safe: Sides): Viewport {
  return {
    width: Math.max(2 * INDICATOR_INSET + 1, viewport.width - safe.left - safe.right),
    height: Math.max(2 * INDICATOR_INSET + 1, viewport.height - safe.top - safe.bottom),
  };
}

/**
 * Projects every city into `projected` and sorts it: cities on the map (metropolises always) into
 * `islands`, external partners beyond it into `indicators`, at the edge spot that points at them.
 */
export function projectCities(
  cities: CityNode[],
  project: Project,
  safe: Sides,
  safeViewport: Viewport,
  projected: Map<string, Point>,
  islands: CityNode[],
  indicators: Indicator[],
): void {
  for (const node of cities) {
    const p = project(node.lngLat);
    projected.set(node.id, p);
    if (node.external) {
      const at = edgeIndicator([p[0] - safe.left, p[1] - safe.top], safeViewport, INDICATOR_INSET);
      if (at.offscreen) {
        indicators.push({ id: node.id, x: at.x + safe.left, y: at.y + safe.top });
        if (node.arrow) pointArrow(node.arrow, round(at.angle));
      } else {
        islands.push(node);
        if (node.arrow) pointArrow(node.arrow, null);
      }
    } else islands.push(node);
  }
}

/** Draws the indicators stacked along the edges, each name on the view's side of its badge. */
export function drawIndicators(
  indicators: Indicator[],
  cityById: Map<string, CityNode>,
  centres: Map<string, Centre>,
  safe: Sides,
  safeViewport: Viewport,
): void {
  for (const ind of stackIndicators(indicators, INDICATOR_SPACING)) {
    const node = cityById.get(ind.id);
    if (!node) continue;
    centres.set(node.id, { x: ind.x, y: ind.y, r: 12 });
    node.place.setTranslate(round(ind.x), round(ind.y));
    resize(node, 1);
    const side = edgeSide({ x: ind.x - safe.left, y: ind.y - safe.top }, safeViewport);
    const dx = side === 'left' ? 20 : side === 'right' ? -20 : 0;
    const dy = side === 'top' ? 30 : side === 'bottom' ? -24 : 0;
    if (node.label) {
      const anchor = side === 'left' ? 'start' : side === 'right' ? 'end' : 'middle';
      moveLabel(node.label, ind.x + dx, ind.y + dy, anchor);
    }
    if (node.leader) showLeader(node.leader, false);
  }
}

/**
 * Turns an indicator's arrow to `angle` (degrees), or hides it (null), writing only what changed: two
 * arrows written as strings on every frame were about a fifth of a camera frame of the shipped network
 * (measured in the page).
 */
function pointArrow(arrow: Arrow, angle: number | null): void {
  if (arrow.angle === angle) return;
  if (angle === null) arrow.path.setAttribute('hidden', '');
  else {
    if (arrow.angle === null) arrow.path.removeAttribute('hidden');
    arrow.turn.setRotate(angle, 0, 0);
  }
  arrow.angle = angle;
}

function edgeSide(p: { x: number; y: number }, viewport: Viewport): 'left' | 'right' | 'top' | 'bottom' {
  const distances = {
    left: p.x,
    right: viewport.width - p.x,
    top: p.y,
    bottom: viewport.height - p.y,
  };
  let best: keyof typeof distances = 'left';
  for (const side of ['right', 'top', 'bottom'] as const) if (distances[side] < distances[best]) best = side;
  return best;
}
