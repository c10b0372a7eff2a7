/**
 * The floor of the stack, shared by the bench pages: the product's own MapLibre set-up (`MapView`: the
 * same options, worker and camera bounds) with the product's own embedded basemap (`openBasemap`: the
 * same style, 1:50m file first and the 1:10m file lazily past the switch zoom) — and no overlay.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { openBasemap } from '../src/components/basemap';
import { MapView } from '../src/components/map-view';

declare global {
  interface Window {
    __benchMap?: MapLibreMap;
    __benchReadyAt?: number;
    __benchError?: string;
  }
}

/** The container takes `?w=&h=` (CSS px) so the map is exactly as large as the app's. */
export function mapContainer(): HTMLElement {
  const params = new URLSearchParams(location.search);
  const container = document.createElement('div');
  container.style.width = `${Number(params.get('w')) || window.innerWidth}px`;
  container.style.height = `${Number(params.get('h')) || window.innerHeight}px`;
  container.style.position = 'relative';
  document.body.append(container);
  return container;
}

/** Resolves once the map has loaded its style; the caller decides when the page counts as ready. */
export async function openBaseMap(container: HTMLElement): Promise<MapView> {
  // The app's defaults in headless Chromium: light theme, English (navigator.language is en-US).
  const handle = await openBasemap('embedded', 'light', 'en');
  const view = await MapView.create({
    container,
    style: handle.style,
    bounded: true,
    reducedMotion: false,
    padding: 48,
  });
  handle.attach(view.map);
  window.__benchMap = view.map;
  return view;
}

/** Same clock as the app's ready time: `performance.now()` from navigation start. */
export function markReady(): void {
  window.__benchReadyAt = performance.now();
  document.documentElement.dataset.ready = String(window.__benchReadyAt);
}

export function markError(error: unknown): void {
  window.__benchError = String(error);
  console.error(error);
}
