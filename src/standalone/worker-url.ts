import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';

/**
 * The standalone build's MapLibre worker: its source is inlined in the one HTML file and handed to the
 * browser as a Blob URL, which works from `file://` (a `data:` URL would cost a third more in base64).
 * Replaces `src/components/worker-url.ts` through an alias in `vite.standalone.config.ts`.
 */
export const workerUrl: string = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
