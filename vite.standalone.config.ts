import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { dataBlock } from './src/standalone/data-block';

/**
 * The standalone build: the app page as ONE HTML file that works from `file://` with no network (for a
 * conference laptop or a USB stick). Same `index.html` entry as `vite.config.ts`; `vite-plugin-singlefile`
 * inlines the code (the lazily imported MapLibre chunk too: it turns code splitting off) and the CSS, and
 * every `?url` asset (dataset, 1:50m and 1:10m basemap) and font becomes a `data:` URL.
 *
 * The dataset is a JSON block at the end of the body (src/standalone/data-block.ts), which the page reads
 * at start; the editor's "Download for presenting" puts the edited dataset in its place. `npm run build`
 * copies this file into the site as `assets/standalone-template.html` for that (vite.config.ts).
 *
 * `npm run build:standalone` → `dist-standalone/baltic-archipelago.html`.
 */

const FILE_NAME = 'baltic-archipelago.html';
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const WORKER_URL = here('./src/components/worker-url.ts');
const STANDALONE_WORKER_URL = here('./src/standalone/worker-url.ts');

/** MapLibre's worker comes from a Blob URL of its inlined source, not from a file next to the code. */
function standaloneWorker(): Plugin {
  return {
    name: 'archipelago:standalone-worker',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('worker-url') && !source.endsWith('worker-url.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === WORKER_URL ? STANDALONE_WORKER_URL : null;
    },
  };
}

/**
 * Every browser that runs MapLibre reads woff2: drop @fontsource's `.woff` fallbacks, which would
 * otherwise be inlined as well (≈ 0.8 MB of base64 never used).
 */
function woff2Only(): Plugin {
  return {
    name: 'archipelago:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].*\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\((['"])woff\1\)/g, ''), map: null };
    },
  };
}

/** The page's favicon (a `public/` file, so never inlined by Vite) becomes a `data:` URL. */
function inlineFavicon(): Plugin {
  return {
    name: 'archipelago:inline-favicon',
    transformIndexHtml(html) {
      const svg = readFileSync(here('./public/favicon.svg'), 'utf8');
      const dataUrl = `data:image/svg+xml,${encodeURIComponent(svg)}`;
      return html.replace(/(<link rel="icon" href=")\.\/favicon\.svg(")/, `$1${dataUrl}$2`);
    },
  };
}

/**
 * The shipped dataset as the page's data block, the one place the standalone file keeps it: the bundled
 * dataset's URL import (the map's default `src`) becomes an empty string, as main.ts sets `src` from the
 * block before the map loads.
 */
function inlineDataset(): Plugin {
  const VIRTUAL = '\0archipelago:dataset-url';
  return {
    name: 'archipelago:inline-dataset',
    enforce: 'pre',
    resolveId(source) {
      return /[\\/]data[\\/]archipelago\.json\?url$/.test(source) ? VIRTUAL : null;
    },
    load(id) {
      return id === VIRTUAL ? 'export default "";' : null;
    },
    transformIndexHtml(html) {
      const json = JSON.stringify(JSON.parse(readFileSync(here('./data/archipelago.json'), 'utf8')));
      return html.replace('</body>', `${dataBlock(json)}\n  </body>`);
    },
  };
}

export default defineConfig({
  base: './',
  // Nothing is copied next to the HTML file: the favicon is inlined above.
  publicDir: false,
  plugins: [
    standaloneWorker(),
    woff2Only(),
    inlineFavicon(),
    inlineDataset(),
    viteSingleFile({ outputFileName: FILE_NAME }),
  ],
  build: {
    target: 'es2022',
    outDir: 'dist-standalone',
    emptyOutDir: true,
    // Every `?url` asset and font becomes a `data:` URL (viteSingleFile sets the same; stated here too).
    assetsInlineLimit: () => true,
    chunkSizeWarningLimit: 10_000,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { index: 'index.html' },
    },
  },
});
