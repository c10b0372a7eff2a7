/** One page load in a fresh browser context, and what the runner measures on it. */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { DEEPEST, SEGMENTS, START } from './camera';

const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));
export const VIEWPORT = { width: 1280, height: 800 };

export interface FrameRun {
  /** Intervals between animation frames, ms (whole-frame time). */
  frames: number[];
  /** The overlay's own work in each of those frames, ms (0 where it drew nothing). */
  overlay: number[];
  /** How many times the overlay drew. */
  draws: number;
  elapsed: number;
}

/** One year step after another (the `year` attribute), each timed from the change to its frame. */
export interface YearRun {
  /** The element's update for each step (filters, emphasis, the overlay's marks), ms. */
  update: number[];
  /** The overlay's own frame draws after each step, ms (0 when it drew nothing). */
  overlay: number[];
}

export interface Visit {
  /** ms from navigation start; null when the page never became ready. */
  ready: number | null;
  /** `usedJSHeapSize` after ready and a forced garbage collection (main thread only). */
  heap: number | null;
  frames: FrameRun | null;
  years: YearRun | null;
  /** URLs that finished loading before ready. */
  loaded: string[];
  mapSize: { width: number; height: number } | null;
  errors: string[];
}

export interface VisitOptions {
  memory?: boolean;
  frames?: boolean;
  years?: boolean;
  loaded?: boolean;
  mapSize?: boolean;
  timeoutMs?: number;
}

/** Console noise of software WebGL, not a fault of any page. */
const IGNORED = /GL Driver Message|GPU stall due to ReadPixels/;

export async function visit(browser: Browser, url: string, options: VisitOptions = {}): Promise<Visit> {
  // A fresh context per load: an empty HTTP cache, as on a first visit, and nothing left from the last page.
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'no-preference' });
  const result: Visit = {
    ready: null,
    heap: null,
    frames: null,
    years: null,
    loaded: [],
    mapSize: null,
    errors: [],
  };
  const errors = result.errors;
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !IGNORED.test(m.text())) errors.push(`console: ${m.text()}`);
    });
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    await page.addInitScript({ path: PROBE });
    await page.goto(url, { waitUntil: 'domcontentloaded' });

    const timeoutMs = options.timeoutMs ?? 180_000;
    let timer: NodeJS.Timeout | undefined;
    const outcome = (await Promise.race([
      page.evaluate('window.__benchReady'),
      new Promise((resolve) => {
        timer = setTimeout(() => resolve({ error: `not ready after ${timeoutMs / 1000} s` }), timeoutMs);
      }),
    ])) as { readyAt?: number; error?: string };
    clearTimeout(timer);
    if (outcome.error !== undefined || outcome.readyAt === undefined) {
      errors.push(`not ready: ${outcome.error}`);
      return result;
    }
    result.ready = outcome.readyAt;

    if (options.loaded)
      result.loaded = (await page.evaluate('window.__bench.loadedBeforeReady()')) as string[];
    if (options.mapSize)
      result.mapSize = (await page.evaluate('window.__bench.mapSize()')) as Visit['mapSize'];
    if (options.memory) {
      const cdp = await context.newCDPSession(page);
      // Twice: the first pass can leave objects that only a second one frees (weak maps, finalizers).
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      result.heap = (await page.evaluate('performance.memory.usedJSHeapSize')) as number;
      await cdp.detach();
    }
    if (options.frames) {
      await page.evaluate(`window.__bench.prepare(${JSON.stringify(DEEPEST)}, ${JSON.stringify(START)})`);
      result.frames = (await page.evaluate(
        `window.__bench.runCamera(${JSON.stringify(SEGMENTS)})`,
      )) as FrameRun;
    }
    if (options.years) result.years = (await page.evaluate('window.__bench.runYears()')) as YearRun;
    return result;
  } catch (error) {
    errors.push(`bench: ${String(error)}`);
    return result;
  } finally {
    await context.close();
  }
}
