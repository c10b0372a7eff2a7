import url from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Where MapLibre loads its worker from: a file next to the built code, which Vite does not see on its own.
 * The standalone build (`vite.standalone.config.ts`) swaps this module for `src/standalone/worker-url.ts`.
 */
export const workerUrl: string = url;
