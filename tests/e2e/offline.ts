import type { BrowserContext, Page } from 'playwright-core';
import { browser } from './harness';

const LOCAL_SCHEMES = new Set(['file:', 'data:', 'blob:']);

export interface Offline {
  context: BrowserContext;
  page: Page;
  /** Every request that was not `file:`, `data:` or `blob:` (each one was aborted). */
  attempted: string[];
  errors: string[];
}

/**
 * Opens a one-file build from disk with the network off, as on a conference laptop: whatever is not the
 * file itself or made from it is refused, and recorded. The caller closes `context`.
 */
export async function openOffline(url: string): Promise<Offline> {
  const context = await (await browser()).newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const attempted: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (LOCAL_SCHEMES.has(new URL(requested).protocol)) return route.continue();
    attempted.push(requested);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (!LOCAL_SCHEMES.has(new URL(r.url()).protocol) && !attempted.includes(r.url()))
      attempted.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('GL Driver Message')) errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return { context, page, attempted, errors };
}
