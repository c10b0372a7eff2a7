import { select } from 'd3-selection';
import { linkArc, unitArc } from '../geo/arc';
import type { Point } from '../geo/types';
import type { Emphasis, OverlayHandlers, OverlayLink } from './model';
import type { Centre, LinkNode } from './nodes';
import { dashArray, linkStyle, proposedMark, type Theme } from './palette';
import { transformHandle } from './svg-typed';

/**
 * Links as SVG: one group per link, its visible line and a wide transparent path that takes the pointer;
 * a proposed link also a core line in the sea's colour inside its line (`proposedMark`), drawn hollow.
 */

/** Joins the links into their layer (none when they are drawn on a canvas) and returns their nodes. */
export function joinLinks(
  layer: SVGGElement,
  links: OverlayLink[],
  theme: Theme,
  handlers: OverlayHandlers,
  localPoint: (event: PointerEvent) => Point,
): LinkNode[] {
  const sel = select(layer)
    .selectAll<SVGGElement, OverlayLink>('g[data-link]')
    .data(links, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('part', 'link').attr('class', 'link');
      g.append('path').attr('class', 'link-hit');
      g.append('path').attr('class', 'link-line');
      return g;
    });
  sel
    .attr('data-link', (d) => d.id)
    .attr('data-type', (d) => d.type)
    .attr('data-status', (d) => (d.proposed ? 'proposed' : 'established'))
    .classed('is-proposed', (d) => d.proposed)
    .on('click', (event: MouseEvent, d) => {
      event.stopPropagation();
      handlers.select('link', d.id);
    })
    .on('pointerenter', (event: PointerEvent, d) =>
      handlers.hover({ kind: 'link', id: d.id, at: localPoint(event) }),
    )
    .on('pointermove', (event: PointerEvent, d) =>
      handlers.hover({ kind: 'link', id: d.id, at: localPoint(event) }),
    )
    .on('pointerleave', () => handlers.hover(null, true));
  return sel.nodes().map((group, i) => {
    const datum = links[i]!;
    const line = group.querySelector('.link-line') as SVGPathElement;
    let core = group.querySelector<SVGPathElement>('.link-core');
    if (datum.proposed && !core) {
      core = line.ownerDocument.createElementNS(line.namespaceURI, 'path') as SVGPathElement;
      core.setAttribute('class', 'link-core');
      line.after(core);
    } else if (!datum.proposed && core) {
      core.remove();
      core = null;
    }
    // A reused element may hold the matrix of a moving frame (a new model mid-move): it starts at rest.
    line.transform.baseVal.clear();
    core?.transform.baseVal.clear();
    const node: LinkNode = {
      datum,
      group,
      hit: group.querySelector('.link-hit') as SVGPathElement,
      line,
      core,
      unit: null,
      coreUnit: null,
    };
    styleLink(node, theme);
    return node;
  });
}

/**
 * Colour, width and dash of a link's type in the theme, as custom properties the stylesheet reads. A
 * proposed link is drawn hollow and opaque: its line as wide as `proposedMark` says, its core inside.
 */
export function styleLink(node: LinkNode, theme: Theme): void {
  const style = linkStyle(node.datum.type, theme, node.datum.color);
  const line = node.line.style;
  line.setProperty('--link-color', style.color);
  if (node.core) {
    const mark = proposedMark(style, theme);
    const dash = mark.dash.length > 0 ? mark.dash.join(' ') : 'none';
    line.setProperty('--link-width', `${mark.outer}px`);
    line.setProperty('--link-opacity', '1');
    node.line.setAttribute('stroke-dasharray', dash);
    node.core.style.setProperty('--link-core-width', `${mark.core}px`);
    node.core.setAttribute('stroke-dasharray', dash);
    return;
  }
  line.setProperty('--link-width', `${style.width}px`);
  line.setProperty('--link-opacity', String(style.opacity));
  node.line.setAttribute('stroke-dasharray', dashArray(style.dash, style.width));
}

/** A link's exact arc between its drawn islands, trimmed at their coasts; '' when one is not drawn. */
export function arcOf(datum: OverlayLink, centres: Map<string, Centre>): string {
  const { source, target, index, count } = datum;
  // Endpoints ordered by id so that a fan looks the same whichever way the file lists a pair.
  const [a, b] = source < target ? [source, target] : [target, source];
  const pa = centres.get(a);
  const pb = centres.get(b);
  if (!pa || !pb) return '';
  return linkArc([pa.x, pa.y], [pb.x, pb.y], { index, count, trim: [pa.r + 1, pb.r + 1] }).d;
}

/**
 * Draws the links between the islands as drawn: while the camera moves by `moveLink`, at rest as exact
 * arcs, their hit paths too.
 */
export function drawLinks(
  svg: SVGSVGElement,
  links: LinkNode[],
  centres: Map<string, Centre>,
  moving: boolean,
  unitMatrix: SVGMatrix,
): void {
  for (const node of links) {
    if (moving) {
      moveLink(svg, node, centres, unitMatrix);
      continue;
    }
    if (node.unit) {
      node.line.transform.baseVal.clear();
      node.core?.transform.baseVal.clear();
      node.unit = null;
      node.coreUnit = null;
    }
    const d = arcOf(node.datum, centres);
    node.line.setAttribute('d', d);
    node.core?.setAttribute('d', d);
    node.hit.setAttribute('d', d);
  }
}

/**
 * A link while the camera moves: its curve from centre to centre (the islands cover the ends), put there
 * by a matrix, so a frame writes six numbers instead of a path. Exact arcs come back at rest. `m` is one
 * matrix filled for each link in turn (one object, not one per link and frame).
 */
function moveLink(svg: SVGSVGElement, node: LinkNode, centres: Map<string, Centre>, m: SVGMatrix): void {
  const { source, target, index, count } = node.datum;
  const [a, b] = source < target ? [source, target] : [target, source];
  const pa = centres.get(a);
  const pb = centres.get(b);
  if (!pa || !pb) return;
  if (!node.unit) {
    const d = unitArc([pa.x, pa.y], [pb.x, pb.y], { index, count });
    node.line.setAttribute('d', d);
    node.unit = transformHandle(svg, node.line);
    if (node.core) {
      node.core.setAttribute('d', d);
      node.coreUnit = transformHandle(svg, node.core);
    }
  }
  m.a = pb.x - pa.x;
  m.b = pb.y - pa.y;
  m.c = -m.b;
  m.d = m.a;
  m.e = pa.x;
  m.f = pa.y;
  node.unit.setMatrix(m);
  node.coreUnit?.setMatrix(m);
}

/** Fades, marks and hides links as emphasis and the filters say. */
export function emphasiseLinks(links: LinkNode[], emphasis: Emphasis): void {
  for (const node of links) {
    const active = emphasis.links?.has(node.datum.id) ?? false;
    node.group.classList.toggle('is-faded', emphasis.links !== null && !active);
    node.group.classList.toggle('is-active', emphasis.links !== null && active);
    node.group.classList.toggle('is-selected', emphasis.selectedLink === node.datum.id);
    node.group.classList.toggle('is-path', emphasis.path?.has(node.datum.id) ?? false);
    const hidden = emphasis.visibleLinks ? !emphasis.visibleLinks.has(node.datum.id) : false;
    node.group.toggleAttribute('hidden', hidden);
  }
}
