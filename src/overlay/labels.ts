import { select } from 'd3-selection';
import type { OverlayModel } from './model';
import { type CityLabel, type CityNode, round } from './nodes';

/** City names: which cities get a text element, how the names are measured, and how one is moved. */

/** Fallback label height before fonts are measured, px. */
export const LABEL_HEIGHT = 20;
/** In a large network only the largest cities' names look for a spot (a few hundred fit on a screen). */
export const LARGE_LABEL_LIMIT = 400;
/**
 * Joins one text per named city into the labels layer; returns them by city id. A large network
 * (`plain`) names only the cities that can ever get a label.
 */
export function joinCityLabels(
  layer: SVGGElement,
  cities: OverlayModel['cities'],
  plain: boolean,
): Map<string, SVGTextElement> {
  const named = plain ? namedCities(cities, LARGE_LABEL_LIMIT) : null;
  const labelled = named ? cities.filter((d) => named.has(d.id)) : cities;
  const labels = select(layer)
    .selectAll<SVGTextElement, unknown>('text')
    .data(labelled, (d) => (d as { id: string }).id)
    .join('text')
    .attr('class', (d) => (d.kind === 'external' ? 'city-label external' : 'city-label'))
    .attr('dominant-baseline', 'middle')
    .attr('aria-hidden', 'true')
    .text((d) => d.name);
  return new Map(labels.nodes().map((text, i) => [labelled[i]!.id, text]));
}

/**
 * The cities `placeLabels` may name with `labelLimit`: the first `limit` by priority, then id (its own
 * order), and every city beyond the map, whose edge indicator always carries its name.
 */
function namedCities(cities: OverlayModel['cities'], limit: number): Set<string> {
  const ranked = [...cities].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const named = new Set(ranked.slice(0, limit).map((d) => d.id));
  for (const d of cities) if (d.kind === 'external') named.add(d.id);
  return named;
}

export function measureCityLabels(cities: CityNode[]): void {
  for (const node of cities) {
    const text = node.label?.text;
    const measured = text ? text.getComputedTextLength() : 0;
    node.labelWidth = measured > 0 ? measured : (text?.textContent ?? '').length * 8;
    const height = text && measured > 0 ? text.getBBox().height : 0;
    node.labelHeight = height > 0 ? Math.ceil(height) : LABEL_HEIGHT;
  }
}

/**
 * Thousands of labels measured one by one in the DOM take seconds; a canvas with the labels' font
 * measures them in milliseconds, a pixel or so apart from the SVG's own measure.
 */
export function measureLabelsQuickly(cities: CityNode[]): void {
  const first = cities.find((node) => node.label)?.label?.text;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!first || !ctx) return;
  const css = getComputedStyle(first);
  const size = Number.parseFloat(css.fontSize) || 15;
  ctx.font = `${css.fontStyle} ${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
  // The halo (a 4 px stroke) widens the drawn text by its half on each side.
  for (const node of cities) {
    node.labelWidth = node.label ? ctx.measureText(node.label.text.textContent ?? '').width + 4 : 0;
    node.labelHeight = node.label ? Math.ceil(size * 1.3) : 0;
  }
}

export function moveLabel(label: CityLabel, x: number, y: number, anchor: string): void {
  label.x.value = round(x);
  label.y.value = round(y);
  if (label.anchor === anchor) return;
  label.text.setAttribute('text-anchor', anchor);
  label.anchor = anchor;
}
