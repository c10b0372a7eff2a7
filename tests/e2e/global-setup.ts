import type { BrowserServer } from 'playwright-core';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM helper shared with the npm scripts
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    wsEndpoint: string;
  }
}

// One built site and one browser for every browser test: `npm test` builds `dist/` before this runs.
export default async function setup(project: TestProject) {
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `node scripts/chromium.mjs` or set CHROMIUM_PATH');
  const browser: BrowserServer = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS });
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
