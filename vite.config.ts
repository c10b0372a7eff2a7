import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The one-file build (vite.standalone.config.ts), made after the site and copied into it as
 * `assets/standalone-template.html`: the editor's "Download for presenting" fetches it and puts the
 * edited dataset in its data block. Viewers never fetch it; it has its own line in size-budget.json.
 */
function standaloneTemplate(): Plugin {
  let outDir = '';
  return {
    name: 'archipelago:standalone-template',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({ configFile: here('./vite.standalone.config.ts'), logLevel: 'warn' });
      mkdirSync(`${outDir}/assets`, { recursive: true });
      copyFileSync(
        here('./dist-standalone/baltic-archipelago.html'),
        `${outDir}/assets/standalone-template.html`,
      );
    },
  };
}

// Relative base: the built site works from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [standaloneTemplate()],
  build: {
    target: 'es2022',
    // Data and basemap files stay files (fetched with connect-src 'self'), never data: URLs.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { index: 'index.html', embed: 'embed.html' },
      output: {
        // MapLibre's worker ships as `.mjs`; hosts that do not map `.mjs` to JavaScript (IIS by default,
        // older servers) send it as `application/octet-stream`, and browsers refuse a module worker of that
        // type. As `.js` every host serves it as JavaScript (docs/embedding.md, "What a host must serve").
        assetFileNames: (asset) => {
          const name = asset.names[0] ?? 'asset';
          return name.endsWith('.mjs') ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]';
        },
      },
    },
  },
  // `open: false`: `npm start` and `vite preview` never try to open a browser (no `xdg-open` on a server,
  // a container or CI; none wanted on a desktop). Not `--open=false` on the command line: Vite reads that
  // as the path "false" and opens http://127.0.0.1:5173/false.
  server: { port: 5173, host: '127.0.0.1', open: false },
  preview: { port: 4173, host: '127.0.0.1', open: false },
});
