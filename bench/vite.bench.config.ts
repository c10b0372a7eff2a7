import { defineConfig } from 'vite';
import product from '../vite.config.js';

/**
 * The bench pages (bare MapLibre, deck.gl), built into `dist-bench/bench/` next to the app, which is built
 * on its own with the product's config (`vite build --outDir dist-bench`) so its chunks are exactly the
 * shipped ones: one build with all three inputs would share chunks between them and change what the app
 * loads. `emptyOutDir: false` keeps that app build.
 */
export default defineConfig({
  base: product.base,
  build: {
    target: product.build?.target,
    assetsInlineLimit: product.build?.assetsInlineLimit,
    outDir: 'dist-bench',
    // MapLibre and deck.gl are large on purpose here.
    chunkSizeWarningLimit: 4096,
    emptyOutDir: false,
    assetsDir: 'bench/assets',
    rollupOptions: {
      input: { bare: 'bench/bare.html', deck: 'bench/deck.html' },
    },
  },
  logLevel: 'warn',
});
