import { defineConfig, type Plugin } from 'vite';

/**
 * The library build: the package `baltic-archipelago` in `lib/` (`npm run build:lib`, run by
 * `scripts/build-lib.ts`, which adds the type declarations and `custom-elements.json`).
 *
 * - One ES module, `lib/baltic-archipelago.js`, whose import registers `<archipelago-map>` (and a second,
 *   `lib/editor.js`, for `<archipelago-editor>`). Every
 *   dependency (Lit, D3, valibot, MapLibre) is bundled: a partner page needs one `<script type="module">`
 *   and no import map. MapLibre stays a lazily imported chunk in `lib/chunks/`.
 * - The dataset, both basemaps and MapLibre's worker are files in `lib/assets/`, found relative to the
 *   module (`new URL('assets/…', import.meta.url)`), so the package works from any folder of any host.
 */

/**
 * Vite inlines every imported asset as a `data:` URL in library mode, whatever `assetsInlineLimit` says
 * (≈ 3 MB of base64 in the JS, and a `data:` worker a strict CSP refuses). `&no-inline` makes each
 * `?url` import an emitted file again; Vite then writes its URL relative to the importing chunk.
 */
function urlImportsAsFiles(): Plugin {
  return {
    name: 'archipelago:lib-url-files',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/[?&]url\b/.test(source) || /[?&]no-inline\b/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      return { ...resolved, id: `${resolved.id}&no-inline` };
    },
  };
}

/**
 * Lit records its versions on `window` (`litHtmlVersions`, `litElementVersions`,
 * `reactiveElementVersions`, to warn about duplicate copies in development) and keeps its decorator
 * metadata map there (`litPropertyMetadata`). The package leaves no globals on a partner's page: in Lit's
 * own modules those four names become properties of one module-scoped object instead.
 */
function noLitGlobals(): Plugin {
  const SCOPE = '\0archipelago-lit-scope';
  const LOCAL = '__archipelagoLit';
  const NAMES = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata'];
  // `globalThis.name`, `alias.name` (Lit minifies `globalThis` to a one-letter constant) or a bare `name`.
  const pattern = new RegExp(`(?<![\\w$.])(?:[\\w$]+\\.)?(${NAMES.join('|')})\\b`, 'g');
  const litModule = /[\\/]node_modules[\\/](?:lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;
  return {
    name: 'archipelago:no-lit-globals',
    resolveId: (source) => (source === SCOPE ? SCOPE : null),
    load: (id) => (id === SCOPE ? 'export const scope = {};' : null),
    transform(code, id) {
      if (!litModule.test(id) || !NAMES.some((name) => code.includes(name))) return null;
      const replaced = code.replace(pattern, (_match, name: string) => `${LOCAL}.${name}`);
      return { code: `import { scope as ${LOCAL} } from '${SCOPE}';\n${replaced}`, map: null };
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [urlImportsAsFiles(), noLitGlobals()],
  // Lib mode leaves `process.env.NODE_ENV` for the consumer's bundler; a partner's page has no bundler.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'lib',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    copyPublicDir: false,
    minify: 'oxc',
    chunkSizeWarningLimit: 2_000,
    lib: {
      // The editor is its own entry: a page that shows maps never loads it. Code both use is a shared chunk.
      entry: { 'baltic-archipelago': 'src/lib.ts', editor: 'src/lib-editor.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // Nothing external: every bare import is bundled.
      external: [],
      output: {
        // Lib mode keeps ES output readable (for consumers' bundlers); a partner's page loads it as is.
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
        chunkFileNames: 'chunks/[name]-[hash].js',
        // `.mjs` (MapLibre's worker) becomes `.js`: some static hosts send `.mjs` with a type that a
        // module worker refuses.
        assetFileNames: (asset) => {
          const name = asset.names[0] ?? 'asset';
          return name.endsWith('.mjs') ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]';
        },
      },
    },
  },
});
