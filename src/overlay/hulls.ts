import { select } from 'd3-selection';
import { groupOutline, hullLabelPoint } from '../geo/hull';
import type { Placement } from '../geo/labels';
import type { Point } from '../geo/types';
import type { Emphasis, OverlayModel } from './model';
import { type Centre, type CityNode, type GroupNode, round } from './nodes';
import { GROUP_HUES } from './palette';
import { lengthHandle } from './svg-typed';

/** Group hulls: a rounded outline around a group's drawn islands, and the group's name beside it. */

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Joins the groups into the hulls layer and returns their nodes. */
export function joinGroups(
  svg: SVGSVGElement,
  layer: SVGGElement,
  groups: OverlayModel['groups'],
): GroupNode[] {
  const sel = select(layer)
    .selectAll<SVGGElement, unknown>('g[data-group]')
    .data(groups, (d) => (d as { id: string }).id)
    .join((enter) => {
      const g = enter.append('g').attr('part', 'group');
      g.append('path').attr('class', 'hull');
      g.append('text').attr('class', 'group-label').attr('text-anchor', 'middle');
      return g;
    });
  sel
    .attr('data-group', (d) => d.id)
    .attr('data-type', (d) => d.type)
    .attr('data-status', (d) => (d.proposed ? 'proposed' : 'established'))
    // Overlapping hulls need their own hues to be told apart; a proposed group is drawn hollow.
    .attr('class', (d, i) => `group hue-${i % GROUP_HUES}${d.proposed ? ' is-proposed' : ''}`);
  sel.select('text').text((d) => d.name);
  return sel.nodes().map((group, i) => {
    const d = groups[i]!;
    const label = group.querySelector('text') as SVGTextElement;
    const hull = group.querySelector('.hull') as SVGPathElement;
    let hullCore = group.querySelector<SVGPathElement>('.hull-core');
    if (d.proposed && !hullCore) {
      hullCore = hull.ownerDocument.createElementNS(hull.namespaceURI, 'path') as SVGPathElement;
      hullCore.setAttribute('class', 'hull-core');
      hull.after(hullCore);
    } else if (!d.proposed && hullCore) {
      hullCore.remove();
      hullCore = null;
    }
    return {
      id: d.id,
      members: d.members,
      group,
      hull,
      hullCore,
      label,
      labelX: lengthHandle(svg, label.x),
      labelY: lengthHandle(svg, label.y),
      labelWidth: 0,
      labelHeight: 16,
      spot: 0,
    };
  });
}

export function measureGroupLabels(groups: GroupNode[]): void {
  for (const node of groups) {
    const measured = node.label.getComputedTextLength();
    node.labelWidth = measured > 0 ? measured : (node.label.textContent ?? '').length * 7;
    const height = measured > 0 ? node.label.getBBox().height : 0;
    node.labelHeight = height > 0 ? Math.ceil(height) : 16;
  }
}

/**
 * Draws each group's hull around its drawn islands and puts its name where it covers least (`taken`: the
 * boxes names must not cover). Without `taken` (a moving camera) each name keeps the side it had at rest:
 * no search, and no jumps mid-flight.
 */
export function drawHulls(groups: GroupNode[], centres: Map<string, Centre>, taken: Box[] | null): void {
  for (const node of groups) {
    const points: Point[] = [];
    let padding = 14;
    for (const id of node.members) {
      const c = centres.get(id);
      if (!c) continue;
      points.push([c.x, c.y]);
      padding = Math.max(padding, c.r + 12);
    }
    if (points.length === 0) {
      node.hull.setAttribute('d', '');
      node.hullCore?.setAttribute('d', '');
      node.label.setAttribute('hidden', '');
      continue;
    }
    const outline = groupOutline(points, padding);
    node.hull.setAttribute('d', outline.d);
    node.hullCore?.setAttribute('d', outline.d);
    const [lx, ly] = groupLabelSpot(node, points, padding, outline.top, taken);
    if (node.label.hasAttribute('hidden')) node.label.removeAttribute('hidden');
    node.labelX.value = round(lx);
    node.labelY.value = round(ly);
  }
}

/** Boxes of drawn islands and city labels, which group names must not cover. */
export function occupiedBoxes(
  cities: CityNode[],
  centres: Map<string, Centre>,
  placements: Map<string, Placement>,
): Box[] {
  const boxes: Box[] = [];
  for (const node of cities) {
    const c = centres.get(node.id);
    if (!c) continue;
    const r = c.r * 1.25;
    boxes.push({ x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r });
    const placed = placements.get(node.id);
    if (!placed || placed.hidden) continue;
    const w = node.labelWidth;
    const x0 =
      placed.anchor === 'start' ? placed.lx : placed.anchor === 'end' ? placed.lx - w : placed.lx - w / 2;
    const h = node.labelHeight;
    boxes.push({ x0, y0: placed.ly - h / 2, x1: x0 + w, y1: placed.ly + h / 2 });
  }
  return boxes;
}

/**
 * Above the hull, else below it, else beside one of its islands: the first spot where the name covers no
 * island, label or other name; when every spot is taken, the one that covers least.
 */
function groupLabelSpot(
  node: GroupNode,
  points: Point[],
  padding: number,
  top: Point,
  taken: Box[] | null,
): Point {
  const width = node.labelWidth;
  const h = node.labelHeight;
  // Text sits on its baseline: about three quarters of the box above it.
  const candidate = (i: number): Point => {
    if (i === 0) return [top[0], top[1] - 6];
    if (i === 1) {
      const flipped = hullLabelPoint(
        points.map(([x, y]) => [x, -y] as Point),
        padding,
      );
      return [flipped[0], -flipped[1] + h * 0.9];
    }
    const [x, y] = points[(i - 2) >> 1]!;
    return i % 2 === 0 ? [x, y + padding + h * 0.9] : [x, y - padding - 6];
  };
  const count = 2 + 2 * points.length;
  if (!taken) return candidate(node.spot < count ? node.spot : 0);
  const boxOf = ([x, y]: Point): Box => ({
    x0: x - width / 2,
    y0: y - h * 0.75,
    x1: x + width / 2,
    y1: y + h * 0.25,
  });
  let chosen = candidate(0);
  node.spot = 0;
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const c = i === 0 ? chosen : candidate(i);
    const box = boxOf(c);
    let covered = 0;
    for (const b of taken) covered += overlapArea(b, box);
    if (covered < least) {
      least = covered;
      chosen = c;
      node.spot = i;
      if (covered === 0) break;
    }
  }
  taken.push(boxOf(chosen));
  return chosen;
}

/** Fades and hides groups as emphasis and the filters say. */
export function emphasiseGroups(groups: GroupNode[], emphasis: Emphasis): void {
  for (const node of groups) {
    node.group.classList.toggle('is-faded', emphasis.groups !== null && !emphasis.groups.has(node.id));
    const hidden = emphasis.visibleGroups ? !emphasis.visibleGroups.has(node.id) : false;
    node.group.toggleAttribute('hidden', hidden);
  }
}
