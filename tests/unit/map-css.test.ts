import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pruneMapCss } from '../../scripts/map-css';

const full = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');

describe('pruneMapCss', () => {
  const pruned = pruneMapCss(full);

  it('keeps what the element uses: the map, its canvas, the compact attribution and gestures', () => {
    for (const name of [
      '.maplibregl-map',
      '.maplibregl-canvas-container',
      '.maplibregl-ctrl-bottom-right',
      '.maplibregl-ctrl-attrib-button',
      '.maplibregl-compact-show',
      '.maplibregl-touch-drag-pan',
      '.maplibregl-boxzoom',
    ])
      expect(pruned).toContain(name);
  });

  it('drops popups, markers, the controls the element draws itself, and their icons', () => {
    for (const name of [
      'popup',
      'maplibregl-marker',
      'geolocate',
      'ctrl-zoom-in',
      'ctrl-compass',
      'ctrl-logo',
      '@keyframes',
    ])
      expect(pruned).not.toContain(name);
    expect(pruned.length).toBeLessThan(full.length / 5);
  });

  it('keeps media queries with their surviving rules, and drops emptied ones', () => {
    const css = '@media (x){.maplibregl-popup{a:b}}@media (y){.maplibregl-map{c:d}.maplibregl-marker{e:f}}';
    expect(pruneMapCss(css)).toBe('@media (y){.maplibregl-map{c:d}}');
  });

  it('keeps the allowed selectors of a mixed selector list', () => {
    expect(pruneMapCss('.maplibregl-ctrl a,.maplibregl-popup a{x:y}')).toBe('.maplibregl-ctrl a{x:y}');
  });
});
