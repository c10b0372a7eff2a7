// Writes the pruned MapLibre stylesheet the element adopts (see scripts/map-css.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pruneMapCss } from './map-css';

const source = createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css');
const css = readFileSync(source, 'utf8');
const pruned = pruneMapCss(css);
mkdirSync('data/basemap', { recursive: true });
writeFileSync('data/basemap/maplibre-core.css', pruned);
console.log(`maplibre-core.css: ${pruned.length} of ${css.length} bytes kept`);
