import { defineConfig } from 'vite';

// Relative base: the built site works from any folder of any static host.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    // Data and basemap files stay files (fetched with connect-src 'self'), never data: URLs.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { index: 'index.html', embed: 'embed.html' },
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
});
