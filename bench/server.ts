/**
 * Serves `dist-bench/` with `vite preview` (as the browser tests serve `dist/`), plus the synthetic
 * datasets at `/bench-data/<cities>-<links>.json`, generated in memory: nothing is written into the build,
 * and the browser fetches them over the same server and stack as the shipped dataset (page.route would
 * put Playwright's interception into the timed path).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type PreviewServer, preview } from 'vite';
import { syntheticDataset } from './synthetic';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = 'dist-bench';
/** One seed for every run, so every run draws the same networks. */
export const SEED = 20_071_113;

export function datasetPath(cities: number, links: number): string {
  return `/bench-data/${cities}-${links}.json`;
}

const DATA_PATH = /^\/bench-data\/(\d+)-(\d+)\.json$/;
const bodies = new Map<string, Buffer>();

/** The JSON served at `path`, generated once per run; null for any other path. */
export function syntheticBody(path: string): Buffer | null {
  const match = DATA_PATH.exec(path);
  if (!match) return null;
  let body = bodies.get(path);
  if (!body) {
    const dataset = syntheticDataset({ cities: Number(match[1]), links: Number(match[2]), seed: SEED });
    body = Buffer.from(JSON.stringify(dataset));
    bodies.set(path, body);
  }
  return body;
}

export interface Served {
  baseURL: string;
  close(): Promise<void>;
}

/**
 * Serves `outDir` (relative to the root, or absolute): `dist-bench/`, or a baseline build of other code
 * (`BENCH_BASELINE`), which gets a server of its own so both builds are served by the same stack.
 */
export async function serve(outDir = OUT_DIR): Promise<Served> {
  const dir = resolve(ROOT, outDir);
  if (!existsSync(`${dir}/index.html`) || (outDir === OUT_DIR && !existsSync(`${dir}/bench/bare.html`)))
    throw new Error(`no bench build in ${dir}/: run \`npm run bench:build\` there first`);
  const gzipped = new Map<string, Buffer>();
  const server: PreviewServer = await preview({
    configFile: false,
    root: ROOT,
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
    plugins: [
      {
        name: 'bench-data',
        configurePreviewServer(server) {
          server.middlewares.use((req, res, next) => {
            const path = req.url?.split('?')[0] ?? '';
            const body = syntheticBody(path);
            if (!body) return next();
            res.setHeader('Content-Type', 'application/json');
            // Compressed like the shipped dataset, which the preview server gzips on the way out.
            if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return res.end(body);
            let zipped = gzipped.get(path);
            if (!zipped) {
              zipped = gzipSync(body);
              gzipped.set(path, zipped);
            }
            res.setHeader('Content-Encoding', 'gzip');
            res.end(zipped);
          });
        },
      },
    ],
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    baseURL: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
