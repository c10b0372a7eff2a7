import { select } from 'd3-selection';
import { coastRings, islandPath } from '../geo/island';
import { keyCommand } from '../state/keys';
import { joinCityLabels, LABEL_HEIGHT } from './labels';
import type { Emphasis, OverlayHandlers, OverlayModel } from './model';
import type { Arrow, CityNode, Leader } from './nodes';
import { lengthHandle, transformHandle } from './svg-typed';

/** Islands: one focusable group per city, with its coast, its name and its leader line. */

export const SVG_NS = 'http://www.w3.org/2000/svg';
/**
 * Every island can be hit in a circle of at least this radius, px, and islands are kept apart as if they
 * were at least this big: a target of 24 × 24 CSS px or more, however small the island (WCAG 2.5.8).
 */
export const MIN_TARGET_RADIUS = 12;
/**
 * Hundreds of islands are drawn a few pixels across: a coast of 20 vertices looks the same there as one
 * of 48 and is less than half the path to build and paint.
 */
const SMALL_ISLAND = Object.freeze({ vertices: 20 });

export interface CityLayers {
  islands: SVGGElement;
  labels: SVGGElement;
  leaders: SVGGElement;
}

/**
 * Joins the model's cities into the islands, labels and leaders layers and returns their nodes. A large
 * network (`plain`) gets plain coasts, names only the cities that can ever get a label, and never moves
 * islands aside (no leaders).
 */
export function joinCities(
  svg: SVGSVGElement,
  layers: CityLayers,
  cities: OverlayModel['cities'],
  plain: boolean,
  handlers: OverlayHandlers,
  hoverCity: (id: string) => void,
): CityNode[] {
  const islands = select(layers.islands);
  const sel = islands
    .selectAll<SVGGElement, unknown>('g[data-city]')
    .data(cities, (d) => (d as { id: string }).id)
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('part', 'island')
        .attr('tabindex', '0')
        .attr('role', 'button')
        .attr('focusable', 'true');
      // Invisible: the smallest island still takes a pointer in a 24 px circle.
      g.append('circle').attr('class', 'hit').attr('r', MIN_TARGET_RADIUS).attr('fill', 'transparent');
      g.append('g').attr('class', 'shape');
      return g;
    });
  sel
    .attr('data-city', (d) => d.id)
    .attr('class', (d) => (d.kind === 'external' ? 'island indicator' : 'island'))
    .attr('aria-label', (d) => d.label);

  sel.each(function (d) {
    const shape = this.querySelector('.shape') as SVGGElement;
    shape.replaceChildren();
    if (d.kind === 'external') {
      const badge = document.createElementNS(SVG_NS, 'circle');
      badge.setAttribute('class', 'badge');
      badge.setAttribute('r', '12');
      const arrow = document.createElementNS(SVG_NS, 'path');
      arrow.setAttribute('class', 'arrow');
      arrow.setAttribute('d', 'M14,-7 L26,0 L14,7 Z');
      shape.append(arrow, badge);
      return;
    }
    // Coastline rings are drawn only where there are few enough islands to see them.
    const rings = plain ? [] : coastRings(d.id, d.radius);
    for (let i = rings.length - 1; i >= 0; i--) {
      const ring = document.createElementNS(SVG_NS, 'path');
      ring.setAttribute('class', `coast coast-${i + 1}`);
      ring.setAttribute('d', rings[i] ?? '');
      shape.append(ring);
    }
    const land = document.createElementNS(SVG_NS, 'path');
    land.setAttribute('class', 'land');
    land.setAttribute('d', islandPath(d.id, d.radius, plain ? SMALL_ISLAND : undefined));
    shape.append(land);
  });

  sel
    .on('click', (event: MouseEvent, d) => {
      event.stopPropagation();
      handlers.select('city', d.id, event.shiftKey);
    })
    .on('keydown', (event: KeyboardEvent, d) => {
      const command = keyCommand(event.key, 'island', event.shiftKey);
      if (command === 'select' || command === 'path') {
        event.preventDefault();
        event.stopPropagation();
        handlers.select('city', d.id, command === 'path');
      } else if (command === 'focus-direction' && handlers.focusMove) {
        event.preventDefault();
        event.stopPropagation();
        handlers.focusMove(d.id, event.key);
      }
    })
    .on('pointerenter', (_event: PointerEvent, d) => hoverCity(d.id))
    .on('focus', (_event: FocusEvent, d) => hoverCity(d.id))
    .on('pointerleave', () => handlers.hover(null, true))
    .on('blur', () => handlers.hover(null));

  // A large network names only the cities that can ever get a label, and never moves islands aside.
  const labelById = joinCityLabels(layers.labels, cities, plain);

  const leaders = select(layers.leaders)
    .selectAll<SVGGElement, unknown>('g')
    .data(plain ? [] : cities, (d) => (d as { id: string }).id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'leader');
      g.append('line').attr('hidden', '');
      g.append('circle').attr('r', 2.5).attr('hidden', '');
      return g;
    });

  const leaderNodes = leaders.nodes();
  return sel.nodes().map((group, i) => {
    const d = cities[i]!;
    const text = labelById.get(d.id);
    const leader = leaderNodes[i];
    return {
      id: d.id,
      external: d.kind === 'external',
      lngLat: d.lngLat,
      baseRadius: d.radius,
      radius: d.radius,
      targetRadius: d.radius,
      priority: d.priority,
      group,
      label: text
        ? {
            text,
            x: lengthHandle(svg, text.x),
            y: lengthHandle(svg, text.y),
            anchor: text.getAttribute('text-anchor') ?? '',
          }
        : null,
      leader: leader
        ? {
            line: leader.querySelector('line') as SVGLineElement,
            dot: leader.querySelector('circle') as SVGCircleElement,
            shown: false,
          }
        : null,
      arrow: arrowOf(svg, group.querySelector('.arrow')),
      labelWidth: 0,
      labelHeight: LABEL_HEIGHT,
      place: transformHandle(svg, group),
      size: transformHandle(svg, group.querySelector('.shape') as SVGGElement),
      sizeDrawn: 1,
      shownAs: '',
    };
  });
}

function arrowOf(svg: SVGSVGElement, path: SVGPathElement | null): Arrow | null {
  return path ? { path, turn: transformHandle(svg, path), angle: Number.NaN } : null;
}

/** Scales an island's outline (drawn at scale 1), written only when it changes. */
export function resize(node: CityNode, scale: number): void {
  if (node.sizeDrawn === scale) return;
  node.size.setScale(scale, scale);
  node.sizeDrawn = scale;
}

/** Fades the islands and names emphasis leaves out, and marks the selected one. */
export function emphasiseCities(cities: CityNode[], emphasis: Emphasis): void {
  const fadeCities = emphasis.cities;
  for (const node of cities) {
    const faded = fadeCities !== null && !fadeCities.has(node.id);
    const selected = emphasis.selected === node.id;
    const shownAs = `${faded} ${selected}`;
    if (node.shownAs === shownAs) continue;
    node.shownAs = shownAs;
    node.group.classList.toggle('is-faded', faded);
    node.label?.text.classList.toggle('is-faded', faded);
    node.group.classList.toggle('is-selected', selected);
    node.label?.text.classList.toggle('is-selected', selected);
    node.group.setAttribute('aria-pressed', String(selected));
  }
}

/** Shows or hides the line from a displaced island to its true place, written only when it changes. */
export function showLeader(leader: Leader, shown: boolean): void {
  if (leader.shown === shown) return;
  leader.line.toggleAttribute('hidden', !shown);
  leader.dot.toggleAttribute('hidden', !shown);
  leader.shown = shown;
}
