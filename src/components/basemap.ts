import type { Map as MapLibreMap } from 'maplibre-gl';
import highResUrl from '../../data/basemap/baltic-10m.topo.json?url';
import lowResUrl from '../../data/basemap/baltic-50m.topo.json?url';
import { type BasemapLayers, type BasemapTopo, basemapLayers } from '../basemap/geojson';
import type { BasemapLang } from '../basemap/labels';
import { LOD_SWITCH_ZOOM } from '../basemap/region';
import {
  addHighResolution,
  applyLanguage,
  applyTheme,
  BASEMAP_THEMES,
  type BasemapThemeName,
  embeddedStyle,
  type StyleSpecification,
} from '../basemap/style';

export type BasemapKind = 'embedded' | 'none' | 'url';

/** What a `basemap` attribute value names: the embedded map, none, or (any other value) a style URL. */
export function basemapKind(value: string): BasemapKind {
  return value === 'embedded' || value === 'none' ? value : 'url';
}

/**
 * The camera keeps to the Baltic region over the embedded basemap and over none; a foreign style may
 * show any part of the world, so its camera is free.
 */
export function isBounded(value: string): boolean {
  return basemapKind(value) !== 'url';
}

/** A basemap ready to hand to MapLibre, and what can change on it without reloading. */
export interface BasemapHandle {
  /** The attribute value this handle was made for. */
  readonly value: string;
  readonly style: StyleSpecification | string;
  attach(map: MapLibreMap): void;
  setTheme(theme: BasemapThemeName): void;
  setLanguage(lang: BasemapLang): void;
}

/**
 * The embedded basemap's land for the map drawn without WebGL, whatever the `basemap` attribute names
 * (a style URL cannot be drawn without MapLibre); null for `none`.
 */
export async function simplifiedLayers(value: string): Promise<BasemapLayers | null> {
  return value === 'none' ? null : basemapLayers(await fetchTopo(lowResUrl));
}

/** The 1:10m detail, for the simplified map once it zooms past the switch. */
export async function simplifiedDetail(): Promise<BasemapLayers> {
  return basemapLayers(await fetchTopo(highResUrl));
}

async function fetchTopo(url: string): Promise<BasemapTopo> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText} while loading ${url}`);
  return (await response.json()) as BasemapTopo;
}

/** The embedded basemap's 1:10m detail loads once, the first time the camera zooms past the switch. */
function lazyHighResolution(map: MapLibreMap): void {
  let requested = false;
  const check = () => {
    if (requested || map.getZoom() < LOD_SWITCH_ZOOM - 0.5) return;
    requested = true;
    map.off('zoom', check);
    fetchTopo(highResUrl)
      .then((topo) => addHighResolution(map, basemapLayers(topo)))
      .catch((error: unknown) => {
        // The 1:50m layers keep drawing at every zoom: a coarser coast, not a broken map.
        console.warn(`archipelago-map: 1:10m basemap unavailable (${String(error)})`);
      });
  };
  map.on('zoom', check);
  check();
}

function backgroundOnly(theme: BasemapThemeName): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'water', type: 'background', paint: { 'background-color': BASEMAP_THEMES[theme].water } }],
  };
}

/**
 * `embedded` (the offline Natural Earth basemap), `none` (the sea colour only), or any other value as a
 * MapLibre style URL.
 */
export async function openBasemap(
  value: string,
  theme: BasemapThemeName,
  lang: BasemapLang,
): Promise<BasemapHandle> {
  if (value === 'none') {
    let map: MapLibreMap | null = null;
    return {
      value,
      style: backgroundOnly(theme),
      attach: (m) => {
        map = m;
      },
      setTheme: (t) => map?.setPaintProperty('water', 'background-color', BASEMAP_THEMES[t].water),
      setLanguage: () => {},
    };
  }
  if (value !== 'embedded') {
    return { value, style: value, attach: () => {}, setTheme: () => {}, setLanguage: () => {} };
  }
  const lowRes: BasemapLayers = basemapLayers(await fetchTopo(lowResUrl));
  let map: MapLibreMap | null = null;
  return {
    value,
    style: embeddedStyle({ theme, lang, lowRes }),
    attach: (m) => {
      map = m;
      lazyHighResolution(m);
    },
    setTheme: (t) => {
      if (map) applyTheme(map, t);
    },
    setLanguage: (l) => {
      if (map) applyLanguage(map, l);
    },
  };
}
