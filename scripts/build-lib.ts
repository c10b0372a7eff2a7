/**
 * Builds the package `baltic-archipelago` into `lib/` (`npm run build:lib`, after `prepare:assets`):
 *
 *   lib/baltic-archipelago.js     the ES module; importing it registers <archipelago-map>
 *   lib/editor.js                 the editor's module (`baltic-archipelago/editor`): <archipelago-editor>
 *   lib/chunks/…                  MapLibre and the map view, imported lazily by the module
 *   lib/assets/…                  dataset, 1:50m and 1:10m basemap, MapLibre's worker (found relative
 *                                 to the module)
 *   lib/baltic-archipelago.d.ts   the types' entry; lib/types/… (tsc, declarations only)
 *   lib/custom-elements.json      the Custom Elements Manifest (custom-elements-manifest.config.mjs)
 *
 *   npx tsx scripts/build-lib.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const lib = join(root, 'lib');
const require = createRequire(import.meta.url);

function run(script: string, args: string[]): void {
  execFileSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

for (const basemap of ['baltic-50m.topo.json', 'baltic-10m.topo.json']) {
  if (!existsSync(join(root, 'data/basemap', basemap)))
    throw new Error(`data/basemap/${basemap} is missing: run \`npm run prepare:assets\` first`);
}

// 1. The module, its lazy chunks and its assets (empties lib/ first).
await build({ root, configFile: join(root, 'vite.lib.config.ts'), logLevel: 'warn' });

// 2. Type declarations, and the entry that package.json `types` points at.
run(require.resolve('typescript/bin/tsc'), ['-p', 'tsconfig.lib.json']);
writeFileSync(
  join(lib, 'baltic-archipelago.d.ts'),
  "// Types of lib/baltic-archipelago.js, declared from src/lib.ts.\nexport * from './types/lib.js';\n",
);
writeFileSync(
  join(lib, 'editor.d.ts'),
  "// Types of lib/editor.js, declared from src/lib-editor.ts.\nexport * from './types/lib-editor.js';\n",
);
// The sources import extensionless (`moduleResolution: Bundler`); a consumer on `NodeNext` needs the
// extension in every relative specifier of the declarations.
for (const file of files(join(lib, 'types')).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*?)\2/g,
    (match, before: string, quote: string, specifier: string) => {
      if (/\.js$/.test(specifier)) return match;
      const target = join(dirname(file), specifier);
      if (existsSync(`${target}.d.ts`)) return `${before}${quote}${specifier}.js${quote}`;
      if (existsSync(join(target, 'index.d.ts'))) return `${before}${quote}${specifier}/index.js${quote}`;
      throw new Error(`${relative(root, file)}: cannot resolve ${specifier}`);
    },
  );
  if (fixed !== text) writeFileSync(file, fixed);
}

// 3. The Custom Elements Manifest.
run(require.resolve('@custom-elements-manifest/analyzer/cem.js'), [
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
  '--quiet',
]);

// 4. A partner pastes one script tag: no bare import may be left in any built module.
const scripts = files(lib).filter(
  (file) => file.endsWith('.js') && !file.includes(`${join('lib', 'assets')}`),
);
for (const file of scripts) {
  const code = readFileSync(file, 'utf8');
  const bare = [
    ...code.matchAll(
      /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g,
    ),
  ]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((specifier) => !/^(?:\.{1,2}\/|\/|https?:|data:|blob:)/.test(specifier));
  if (bare.length > 0) throw new Error(`${relative(root, file)} imports ${bare.join(', ')}: not bundled`);
}

// 5. What was written.
let total = 0;
for (const file of files(lib).sort()) {
  const size = statSync(file).size;
  total += size;
  const gzip = file.endsWith('.js') ? ` (${kB(gzipSync(readFileSync(file)).length)} gzipped)` : '';
  if (!file.includes(`${join('lib', 'types')}`)) console.log(`${relative(root, file)}  ${kB(size)}${gzip}`);
}
console.log(`lib/types/  ${files(join(lib, 'types')).length} declaration files`);
console.log(`lib/ total  ${kB(total)}`);
