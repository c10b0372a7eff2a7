/**
 * The embedded, offline MapLibre style: inline GeoJSON sources, no `glyphs`, no `sprite`, no URL
 * of any kind. Labels are drawn with local fonts (MapLibre ≥ 5.11 renders text with TinySDF when
 * the style has no `glyphs`; every `text-font` entry becomes a CSS font-family, the weight and
 * style are sniffed from the first entry's name: "Noto Sans Italic" → italic 400).
 *
 * Level of detail: the 1:50m geometry draws below {@link LOD_SWITCH_ZOOM}, the 1:10m from it on.
 * The 10m data may come later: build the style with `lowRes` only (the 50m layers then draw at
 * every zoom) and call {@link addHighResolution} once the 10m file has arrived; it fills the 10m
 * source and only then caps the 50m layers at the switch zoom, so no zoom is ever left empty.
 *
 * Only types are imported from maplibre-gl, so this module loads in node (unit tests).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import type { BasemapLayers } from './geojson';
import { type BasemapLang, COUNTRY_LABELS, SEA_LABELS } from './labels';
import { LOD_SWITCH_ZOOM } from './region';

export type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;
export type LayerSpecification = StyleSpecification['layers'][number];
type ExpressionValue = unknown;

export type BasemapThemeName = 'light' | 'dark' | 'projector';

export interface BasemapTheme {
  water: string;
  land: string;
  coast: string;
  border: string;
  seaLabel: string;
  seaLabelHalo: string;
  countryLabel: string;
  countryLabelHalo: string;
}

/**
 * Calm palettes. Overlay marks drawn on top must reach 3:1 contrast against both `water` and
 * `land`: in light and projector themes both are light (relative luminance ≥ 0.45), so any mark
 * darker than luminance ~0.1 passes; in the dark theme both are dark (≤ 0.03), so marks lighter
 * than ~0.25 pass.
 */
export const BASEMAP_THEMES: Record<BasemapThemeName, BasemapTheme> = {
  light: {
    water: '#dde7ee',
    land: '#f7f4ed',
    coast: '#8797a6',
    border: '#b8aea2',
    seaLabel: '#62809a',
    seaLabelHalo: '#dde7ee',
    countryLabel: '#8a8176',
    countryLabelHalo: '#f7f4ed',
  },
  dark: {
    water: '#0f1b2a',
    land: '#252e39',
    coast: '#52657a',
    border: '#5a6471',
    seaLabel: '#7892ab',
    seaLabelHalo: '#0f1b2a',
    countryLabel: '#97a1ad',
    countryLabelHalo: '#252e39',
  },
  projector: {
    water: '#9cbfdc',
    land: '#f8f6f0',
    coast: '#33526e',
    border: '#6e6559',
    seaLabel: '#1d3f5e',
    seaLabelHalo: '#9cbfdc',
    countryLabel: '#3c362f',
    countryLabelHalo: '#f8f6f0',
  },
};

/** Line widths grow with zoom; projectors wash thin lines out, so they get thicker ones. */
const LINE_SCALE: Record<BasemapThemeName, number> = { light: 1, dark: 1, projector: 1.6 };

export const BASEMAP_SOURCES = {
  lowRes: 'basemap-50m',
  highRes: 'basemap-10m',
  seaLabels: 'basemap-sea-labels',
  countryLabels: 'basemap-country-labels',
} as const;

/** Every layer of the embedded style, bottom to top. */
export const BASEMAP_LAYER_IDS = [
  'water',
  'land-50m',
  'land-10m',
  'border-50m',
  'border-10m',
  'coast-50m',
  'coast-10m',
  'country-labels',
  'sea-labels',
] as const;
export type BasemapLayerId = (typeof BASEMAP_LAYER_IDS)[number];

/** Local font stacks (see module comment). The page ships Noto Sans (@fontsource) from its own origin. */
export const BASEMAP_FONTS = {
  country: ['Noto Sans Regular', 'Noto Sans', 'DejaVu Sans', 'sans-serif'],
  sea: ['Noto Sans Italic', 'Noto Sans', 'DejaVu Sans', 'sans-serif'],
} as const;

type Kind = 'land' | 'border' | 'coast';

/** The one FeatureCollection a resolution's source holds: land, borders and coast, tagged by `kind`. */
export function basemapSourceData(layers: BasemapLayers | null | undefined): FeatureCollection {
  if (!layers) return { type: 'FeatureCollection', features: [] };
  const tag = (kind: Kind, features: Feature[]) =>
    features.map((f): Feature => ({ ...f, properties: { ...f.properties, kind } }));
  return {
    type: 'FeatureCollection',
    features: [
      ...tag('land', layers.land.features),
      ...tag('border', layers.borders.features),
      ...tag('coast', layers.coast.features),
    ],
  };
}

/** `name_<lang>`, falling back to `name_en`. */
export function labelTextField(lang: BasemapLang): ExpressionValue {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

function lineWidth(theme: BasemapThemeName, base: [z3: number, z6: number, z10: number]): ExpressionValue {
  const s = LINE_SCALE[theme];
  return ['interpolate', ['exponential', 1.4], ['zoom'], 3, base[0] * s, 6, base[1] * s, 10, base[2] * s];
}

/** Paint properties that depend on the theme, per layer (what {@link applyTheme} sets). */
export function themePaint(name: BasemapThemeName): Record<BasemapLayerId, Record<string, ExpressionValue>> {
  const t = BASEMAP_THEMES[name];
  const land = { 'fill-color': t.land, 'fill-outline-color': t.land };
  const border = { 'line-color': t.border, 'line-width': lineWidth(name, [0.5, 0.8, 1.4]) };
  const coast = { 'line-color': t.coast, 'line-width': lineWidth(name, [0.45, 0.7, 1.2]) };
  return {
    water: { 'background-color': t.water },
    'land-50m': land,
    'land-10m': land,
    'border-50m': border,
    'border-10m': border,
    'coast-50m': coast,
    'coast-10m': coast,
    'country-labels': {
      'text-color': t.countryLabel,
      'text-halo-color': t.countryLabelHalo,
      'text-halo-width': name === 'projector' ? 1.6 : 1.2,
    },
    'sea-labels': {
      'text-color': t.seaLabel,
      'text-halo-color': t.seaLabelHalo,
      'text-halo-width': name === 'projector' ? 1.4 : 1,
    },
  };
}

export interface EmbeddedStyleOptions {
  theme: BasemapThemeName;
  lang: BasemapLang;
  /** 1:50m layers (`basemapLayers(topo50m)`), drawn below the LOD switch — at every zoom until 10m arrives. */
  lowRes: BasemapLayers;
  /** 1:10m layers; omit to add them later with {@link addHighResolution}. */
  highRes?: BasemapLayers | null;
}

/** Builds the complete offline style. */
export function embeddedStyle({ theme, lang, lowRes, highRes }: EmbeddedStyleOptions): StyleSpecification {
  const paint = themePaint(theme);
  // Without 10m data the 50m layers cover every zoom; addHighResolution() caps them later.
  const lowMax = highRes ? { maxzoom: LOD_SWITCH_ZOOM } : {};
  const high = { minzoom: LOD_SWITCH_ZOOM };
  const kind = (k: Kind) => ['==', ['get', 'kind'], k];
  const visibleFrom = ['>=', ['zoom'], ['get', 'minzoom']];
  const layers = [
    { id: 'water', type: 'background', paint: paint.water },
    {
      id: 'land-50m',
      type: 'fill',
      source: BASEMAP_SOURCES.lowRes,
      filter: kind('land'),
      ...lowMax,
      paint: paint['land-50m'],
    },
    {
      id: 'land-10m',
      type: 'fill',
      source: BASEMAP_SOURCES.highRes,
      filter: kind('land'),
      ...high,
      paint: paint['land-10m'],
    },
    {
      id: 'border-50m',
      type: 'line',
      source: BASEMAP_SOURCES.lowRes,
      filter: kind('border'),
      ...lowMax,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: paint['border-50m'],
    },
    {
      id: 'border-10m',
      type: 'line',
      source: BASEMAP_SOURCES.highRes,
      filter: kind('border'),
      ...high,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: paint['border-10m'],
    },
    {
      id: 'coast-50m',
      type: 'line',
      source: BASEMAP_SOURCES.lowRes,
      filter: kind('coast'),
      ...lowMax,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: paint['coast-50m'],
    },
    {
      id: 'coast-10m',
      type: 'line',
      source: BASEMAP_SOURCES.highRes,
      filter: kind('coast'),
      ...high,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: paint['coast-10m'],
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: BASEMAP_SOURCES.countryLabels,
      // Zoom in a filter is evaluated at integer tile zooms: keep label minzooms integers.
      filter: visibleFrom,
      layout: {
        'text-field': labelTextField(lang),
        'text-font': [...BASEMAP_FONTS.country],
        'text-size': labelSize('country-labels', theme),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.16,
        'text-max-width': 8,
        'text-padding': 4,
        'symbol-sort-key': ['get', 'minzoom'],
      },
      paint: paint['country-labels'],
    },
    {
      id: 'sea-labels',
      type: 'symbol',
      source: BASEMAP_SOURCES.seaLabels,
      filter: visibleFrom,
      layout: {
        'text-field': labelTextField(lang),
        'text-font': [...BASEMAP_FONTS.sea],
        'text-size': labelSize('sea-labels', theme),
        'text-letter-spacing': 0.12,
        'text-max-width': 7,
        'text-line-height': 1.15,
        'text-padding': 2,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: paint['sea-labels'],
    },
  ];
  return {
    version: 8,
    name: `Baltic Archipelago basemap (${theme})`,
    sources: {
      [BASEMAP_SOURCES.lowRes]: { type: 'geojson', data: basemapSourceData(lowRes), maxzoom: 8 },
      [BASEMAP_SOURCES.highRes]: { type: 'geojson', data: basemapSourceData(highRes), maxzoom: 11 },
      [BASEMAP_SOURCES.seaLabels]: { type: 'geojson', data: SEA_LABELS, maxzoom: 8 },
      [BASEMAP_SOURCES.countryLabels]: { type: 'geojson', data: COUNTRY_LABELS, maxzoom: 8 },
    },
    layers: layers as LayerSpecification[],
  } as StyleSpecification;
}

/**
 * Loads the 1:10m layers into a map built from {@link embeddedStyle} without `highRes`, then
 * hands the zooms from {@link LOD_SWITCH_ZOOM} up over to them. Resolves once the data is in.
 */
export async function addHighResolution(map: MapLibreMap, highRes: BasemapLayers): Promise<void> {
  const source = map.getSource<GeoJSONSource>(BASEMAP_SOURCES.highRes);
  if (!source) throw new Error(`addHighResolution: the map has no source "${BASEMAP_SOURCES.highRes}"`);
  await source.setData(basemapSourceData(highRes));
  for (const id of ['land-50m', 'border-50m', 'coast-50m'] as const) {
    if (map.getLayer(id)) map.setLayerZoomRange(id, 0, LOD_SWITCH_ZOOM);
  }
}

/** Recolours the basemap in place (no style reload, no flash): only paint properties change. */
export function applyTheme(map: MapLibreMap, theme: BasemapThemeName): void {
  const paint = themePaint(theme);
  for (const id of BASEMAP_LAYER_IDS) {
    if (!map.getLayer(id)) continue;
    for (const [property, value] of Object.entries(paint[id])) {
      map.setPaintProperty(id, property as never, value as never);
    }
  }
  for (const id of ['country-labels', 'sea-labels'] as const) {
    if (map.getLayer(id)) map.setLayoutProperty(id, 'text-size', labelSize(id, theme) as never);
  }
}

/**
 * Label sizes per theme. The projector theme is read from the back of a room: no text under 24 px there,
 * with fewer labels fitting (MapLibre drops the ones that collide).
 */
export function labelSize(layer: 'country-labels' | 'sea-labels', theme: BasemapThemeName): ExpressionValue {
  if (theme === 'projector') {
    return layer === 'country-labels' ? 24 : ['match', ['get', 'rank'], 1, 28, 24];
  }
  if (layer === 'country-labels') return ['interpolate', ['linear'], ['zoom'], 3, 10, 6, 13.5, 9, 16];
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    3,
    ['match', ['get', 'rank'], 1, 11.5, 10],
    8,
    ['match', ['get', 'rank'], 1, 17, 14.5],
  ];
}

/** Switches the label language in place. */
export function applyLanguage(map: MapLibreMap, lang: BasemapLang): void {
  for (const id of ['country-labels', 'sea-labels'] as const) {
    if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelTextField(lang) as never);
  }
}
