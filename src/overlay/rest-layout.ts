import { LABEL_DEFAULTS, type Placement, placeLabels } from '../geo/labels';
import type { Point, Sides, Viewport } from '../geo/types';
import { MIN_TARGET_RADIUS, resize, showLeader } from './islands';
import { LARGE_LABEL_LIMIT, moveLabel } from './labels';
import { type Centre, type CityNode, round } from './nodes';

/**
 * The rest layout and the frames moved from it. When the camera rests, labels are placed and crowded
 * islands moved aside (`placeLabels`); while it moves, every frame draws each island at its true position
 * plus the displacement it had at rest, at its zoom size, its label on the side it had and moving out as
 * the island grows. Layout is the costly part; a moving frame only writes positions.
 */

/** Where each island's true position was, and its drawn radius, when labels were last placed. */
export type PlacedAt = Map<string, { at: Point; r: number }>;

/**
 * Places every island's label (and moves crowded islands aside) in the part of the view the element's
 * panels leave free, then shifts the placements back into the whole view.
 */
export function placeCityLabels(
  islands: CityNode[],
  projected: Map<string, Point>,
  viewport: Viewport,
  safe: Sides,
  scale: number,
  large: boolean,
): Map<string, Placement> {
  const shifted = placeLabels(
    islands.map((node) => {
      const p = projected.get(node.id) as Point;
      return {
        id: node.id,
        x: p[0] - safe.left,
        y: p[1] - safe.top,
        r: Math.max(node.radius * scale, MIN_TARGET_RADIUS / LABEL_DEFAULTS.radiusScale),
        width: node.labelWidth,
        height: node.labelHeight,
        priority: node.priority,
      };
    }),
    // Panels can leave less than nothing on a small element (a short embed with the timeline): names are
    // then placed in a 1 px strip (hidden where they do not fit) rather than failing the frame.
    {
      width: Math.max(1, viewport.width - safe.left - safe.right),
      height: Math.max(1, viewport.height - safe.top - safe.bottom),
    },
    // Hundreds of islands keep their true places, and only the names with room are shown.
    large ? { iterations: 0, hideCrowded: true, labelLimit: LARGE_LABEL_LIMIT } : undefined,
  );
  for (const placed of shifted.values()) {
    placed.cx += safe.left;
    placed.lx += safe.left;
    placed.cy += safe.top;
    placed.ly += safe.top;
  }
  return shifted;
}

/** Records where the islands were when their labels were placed. */
export function placedAtOf(islands: CityNode[], projected: Map<string, Point>, scale: number): PlacedAt {
  return new Map(
    islands.map((node) => [node.id, { at: projected.get(node.id) as Point, r: node.radius * scale }]),
  );
}

/**
 * Draws the islands on the map from the rest layout (`placements`, made where `placedAt` says), writes
 * their centres, and moves their labels and leader lines with them.
 */
export function drawIslands(
  islands: CityNode[],
  projected: Map<string, Point>,
  scale: number,
  placements: Map<string, Placement>,
  placedAt: PlacedAt,
  centres: Map<string, Centre>,
): void {
  for (const node of islands) {
    const p = projected.get(node.id) as Point;
    const was = placedAt.get(node.id);
    const stored = placements.get(node.id);
    const r = node.radius * scale;
    // While the camera moves, the last placement keeps its offsets from the true position, and a label
    // moves out from its island's centre as the island grows (in as it shrinks).
    const dx = was ? p[0] - was.at[0] : 0;
    const dy = was ? p[1] - was.at[1] : 0;
    const ox = stored ? stored.lx - stored.cx : 0;
    const oy = stored ? stored.ly - stored.cy : 0;
    const off = Math.hypot(ox, oy);
    const grow = was && off > 0 ? ((r - was.r) * LABEL_DEFAULTS.radiusScale) / off : 0;
    const cx = stored ? stored.cx + dx : p[0];
    const cy = stored ? stored.cy + dy : p[1];
    centres.set(node.id, { x: cx, y: cy, r });
    node.place.setTranslate(round(cx), round(cy));
    // Written only when it changes: thousands of islands make each write count.
    resize(node, round((scale * node.radius) / node.baseRadius, 1000));
    const label = node.label;
    if (label) {
      const hidden = stored?.hidden === true;
      if (label.text.hasAttribute('hidden') !== hidden) label.text.toggleAttribute('hidden', hidden);
      if (stored && !hidden)
        moveLabel(label, stored.lx + dx + ox * grow, stored.ly + dy + oy * grow, stored.anchor);
    }
    const leader = node.leader;
    if (leader) {
      showLeader(leader, stored?.displaced === true);
      if (stored?.displaced) {
        leader.line.x1.baseVal.value = round(p[0]);
        leader.line.y1.baseVal.value = round(p[1]);
        leader.line.x2.baseVal.value = round(cx);
        leader.line.y2.baseVal.value = round(cy);
        leader.dot.cx.baseVal.value = round(p[0]);
        leader.dot.cy.baseVal.value = round(p[1]);
      }
    }
  }
}
