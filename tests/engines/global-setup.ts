import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserServer } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM helper shared with the npm scripts
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error plain ESM helper shared with the npm scripts
import { findXvfb } from '../../scripts/engines.mjs';
import { CSP, LOST_FONT, testPages } from './pages';

declare module 'vitest' {
  export interface ProvidedContext {
    engineBaseURL: string;
    engineChromiumWs: string;
    engineDisplay: string;
  }
}

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** MIME types by extension: Firefox refuses a module worker sent as application/octet-stream. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** The built site (`dist/`), plus the test pages of ./pages under `/engines/`. */
function serve(): Promise<Server> {
  const pages = testPages(
    readFileSync(join(dist, 'index.html'), 'utf8'),
    readFileSync(join(dist, 'embed.html'), 'utf8'),
  );
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === LOST_FONT.path) {
      const timer = setTimeout(() => res.writeHead(404).end(), LOST_FONT.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    const page = pages[path];
    if (page) {
      const headers: Record<string, string> = { 'content-type': TYPES[extname(path)] ?? 'text/plain' };
      if (path.includes('csp')) headers['content-security-policy'] = CSP;
      res.writeHead(200, headers).end(page);
      return;
    }
    const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A virtual display of its own (Xvfb picks a free number and says which on the given descriptor). */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = findXvfb();
  if (!xvfb) throw new Error('No Xvfb: run `node scripts/engines.mjs` or set XVFB_PATH');
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start in 20 s')), 20_000);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    child.stdio[3]?.on('data', (chunk) => {
      said += String(chunk);
      if (!said.includes('\n')) return;
      clearTimeout(timer);
      resolve({ display: `:${said.trim()}`, process: child });
    });
  });
}

// One server, one Chromium and one virtual display for the engine tests; Firefox and WebKit are started
// by their own test files (each file one engine), on that display.
export default async function setup(project: TestProject) {
  const server = await serve();
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('test server has no port');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `node scripts/chromium.mjs` or set CHROMIUM_PATH');
  const browser: BrowserServer = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS });
  const xvfb = await startXvfb();
  project.provide('engineBaseURL', `http://127.0.0.1:${address.port}/`);
  project.provide('engineChromiumWs', browser.wsEndpoint());
  project.provide('engineDisplay', xvfb.display);
  return async () => {
    await browser.close();
    xvfb.process.kill();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
