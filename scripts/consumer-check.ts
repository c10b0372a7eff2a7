/**
 * The package as a partner's TypeScript + Vite project uses it (`npm run test:consumer`, run by `npm test`
 * after `npm run build:lib`):
 *
 *   1. `npm pack` the package (lib/ as built) into a temporary folder;
 *   2. copy the project in tests/consumer/ there and `npm install` the tarball (from the npm cache where
 *      it can: `--prefer-offline`; nothing but the npm registry is asked);
 *   3. check that tests/consumer/src/main.ts names every attribute, public property, method and event
 *      that the package's custom-elements.json lists for <archipelago-map>;
 *   4. type-check it with this repository's TypeScript, strict, `skipLibCheck: false`, once with
 *      `moduleResolution: Bundler` and once with `NodeNext`: no cast, and every `@ts-expect-error` line
 *      must fail (so the types are real, not `any`);
 *   5. build it with this repository's Vite, and a page whose only code is `import 'baltic-archipelago'`
 *      (tests/consumer/tag-only/): each registers <archipelago-map> (the import is kept: `sideEffects`)
 *      and emits MapLibre's worker as a `.js` file.
 *
 *   npx tsx scripts/consumer-check.ts          (KEEP=1 keeps the temporary folder)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const project = join(root, 'tests/consumer');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const vite = join(root, 'node_modules/vite/bin/vite.js');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (
  !existsSync(join(root, 'lib/baltic-archipelago.js')) ||
  !existsSync(join(root, 'lib/custom-elements.json'))
)
  throw new Error('lib/ is not built: run `npm run build:lib` first');

// The child npm must not inherit this run's `npm_*` settings (prefix, package, lifecycle event).
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));

const started = performance.now();
let step = started;
function timed(label: string): void {
  const now = performance.now();
  console.log(`consumer: ${label} (${((now - step) / 1000).toFixed(1)} s)`);
  step = now;
}

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${[command, ...args].join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const work = mkdtempSync(join(tmpdir(), 'archipelago-consumer-'));
const app = join(work, 'app');
try {
  // 1. The tarball, as `npm publish` would upload it.
  const packed = JSON.parse(
    run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root),
  ) as { filename: string; entryCount: number }[];
  const tarball = join(work, packed[0]?.filename ?? '');
  if (!existsSync(tarball)) throw new Error(`npm pack wrote no tarball in ${work}`);
  timed(`packed ${packed[0]?.filename} (${packed[0]?.entryCount} files)`);

  // 2. The partner's project, with the package installed from the tarball.
  cpSync(project, app, {
    recursive: true,
    filter: (source) => !/[\\/](?:node_modules|dist)$/.test(source),
  });
  run(
    npm,
    [
      'install',
      tarball,
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--loglevel=error',
    ],
    app,
  );
  timed('installed the tarball');

  // 3. Every public name of each element is used in its consumer file.
  const manifest = JSON.parse(
    readFileSync(join(app, 'node_modules/baltic-archipelago/lib/custom-elements.json'), 'utf8'),
  ) as {
    modules: {
      declarations?: {
        tagName?: string;
        attributes?: { name: string }[];
        members?: { name: string; kind: string; privacy?: string; static?: boolean }[];
        events?: { name: string }[];
      }[];
    }[];
  };
  for (const [tagName, file] of [
    ['archipelago-map', 'src/main.ts'],
    ['archipelago-editor', 'src/editor.ts'],
  ] as const) {
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
    if (!element) throw new Error(`custom-elements.json declares no <${tagName}>`);
    const source = readFileSync(join(app, file), 'utf8');
    const quoted = (name: string) => source.includes(`'${name}'`);
    const members = (element.members ?? []).filter((m) => (m.privacy ?? 'public') === 'public' && !m.static);
    const unused = [
      ...(element.attributes ?? []).filter((a) => !quoted(a.name)).map((a) => `attribute ${a.name}`),
      ...members.filter((m) => !new RegExp(`\\.${m.name}\\b`).test(source)).map((m) => `${m.kind} ${m.name}`),
      ...(element.events ?? []).filter((e) => !quoted(e.name)).map((e) => `event ${e.name}`),
    ];
    if (unused.length > 0)
      throw new Error(`tests/consumer/${file} does not use: ${unused.join(', ')} (add a typed use of each)`);
    timed(
      `${file} uses all ${element.attributes?.length} attributes, ${members.length} members and ${element.events?.length} events of <${tagName}>`,
    );
  }

  // 4. Type-checked as a bundler project and as a Node ESM project.
  for (const config of ['tsconfig.json', 'tsconfig.nodenext.json']) {
    run(process.execPath, [tsc, '-p', config], app);
    timed(`type-checked (${config})`);
  }

  // 5. Built with Vite: the page that uses everything, and a page whose only code is
  //    `import 'baltic-archipelago'` (a bundler keeps that import only if `sideEffects` says so).
  for (const [page, outDir] of [
    ['.', 'dist'],
    ['tag-only', '../dist-tag-only'],
  ] as const) {
    run(process.execPath, [vite, 'build', page, '--outDir', outDir, '--logLevel', 'error'], app);
    const built = files(join(app, page, outDir));
    const code = built
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    if (!/customElements\.define\(\s*["'`]archipelago-map["'`]/.test(code))
      throw new Error(`the built ${page} page does not register <archipelago-map>: was the import dropped?`);
    if (page === '.' && !/customElements\.define\(\s*["'`]archipelago-editor["'`]/.test(code))
      throw new Error(
        'the built full page does not register <archipelago-editor> (baltic-archipelago/editor)',
      );
    if (!built.some((f) => /[\\/]maplibre-gl-worker-[^\\/]*\.js$/.test(f)))
      throw new Error(`the built ${page} page has no maplibre-gl-worker-*.js: the worker was not emitted`);
    if (built.some((f) => f.endsWith('.mjs'))) throw new Error(`the built ${page} page has a .mjs file`);
    timed(`built the ${page === '.' ? 'full' : page} page with Vite (${built.length} files)`);
  }
  console.log(`consumer: ok in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  if (process.env.KEEP) console.log(`consumer: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
