/**
 * The peer: the same floor (`base-map.ts`) with the synthetic network from `?src=` drawn by deck.gl's
 * ScatterplotLayer (cities) and ArcLayer (links) through `MapboxOverlay` in overlaid mode (deck's own
 * canvas over the map; interleaved mode failed with MapLibre 6). Ready when the map is idle after load
 * and deck has drawn the layers once, whichever comes later.
 */
import type { Color } from '@deck.gl/core';
import { ArcLayer, ScatterplotLayer } from '@deck.gl/layers';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { IControl } from 'maplibre-gl';
import type { Dataset } from '../src/data/schema';
import { mapContainer, markError, markReady, openBaseMap } from './base-map';

type Position = [number, number];
interface Arc {
  from: Position;
  to: Position;
  color: Color;
}

// The product's light-theme hues for the synthetic types, so both draw the same colours.
const TYPE_COLOURS: Record<string, Color> = {
  'strategic-partnership': [179, 64, 11],
  'city-agreement': [29, 95, 168],
  'twin-cities': [168, 35, 90],
  'project-network': [91, 74, 158],
  'transnational-cooperation': [106, 59, 196],
};

async function fetchDataset(): Promise<Dataset> {
  const src = new URLSearchParams(location.search).get('src');
  if (!src) throw new Error('deck.html needs ?src= (a dataset URL)');
  const response = await fetch(src);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${src}`);
  return (await response.json()) as Dataset;
}

function layers(dataset: Dataset) {
  const at = new Map(dataset.cities.map((c) => [c.id, c.coordinates as Position]));
  const arcs: Arc[] = [];
  for (const link of dataset.links) {
    const from = at.get(link.source);
    const to = at.get(link.target);
    if (from && to) arcs.push({ from, to, color: TYPE_COLOURS[link.type] ?? [60, 80, 100] });
  }
  return [
    new ArcLayer<Arc>({
      id: 'links',
      data: arcs,
      getSourcePosition: (d) => d.from,
      getTargetPosition: (d) => d.to,
      getSourceColor: (d) => d.color,
      getTargetColor: (d) => d.color,
      getWidth: 2,
      widthUnits: 'pixels',
    }),
    new ScatterplotLayer<Dataset['cities'][number]>({
      id: 'cities',
      data: dataset.cities,
      getPosition: (d) => d.coordinates as Position,
      // Area by population, in screen pixels, like the product's islands.
      getRadius: (d) => 3 + Math.sqrt((d.population?.value ?? 0) / 2e6) * 12,
      radiusUnits: 'pixels',
      getFillColor: [247, 244, 237],
      getLineColor: [20, 35, 46],
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
    }),
  ];
}

async function main(): Promise<void> {
  const container = mapContainer();
  const [dataset, view] = await Promise.all([fetchDataset(), openBaseMap(container)]);
  const deckDrawn = new Promise<void>((resolve) => {
    const overlay = new MapboxOverlay({
      interleaved: false,
      layers: layers(dataset),
      onAfterRender: () => resolve(),
    });
    view.map.addControl(overlay as unknown as IControl);
  });
  await Promise.all([view.idle(), deckDrawn]);
  markReady();
}

main().catch(markError);
