/**
 * The film measure: the shipped story rendered by `exportVideo` at 1920×1080, 30 fps (about 1,600
 * frames), in one fresh page after ready. Frames per second of the whole render (drawing, composing,
 * encoding, muxing) and the peak of the page's JS heap, sampled every 100 ms while it renders.
 */
import type { Browser } from 'playwright-core';
import { mark } from './report';
import { VIEWPORT } from './visit';

export const FILM = { width: 1920, height: 1080, fps: 30 } as const;
/** Issue #22: the whole film must fit a modest laptop's memory. */
export const FILM_HEAP_CEILING_MB = 300;

export interface FilmRun {
  frames: number;
  seconds: number;
  peakHeap: number;
  startHeap: number;
  bytes: number;
  type: string;
  error: string | null;
}

/**
 * Runs in the page. Plain JavaScript in a string, as the other bench scripts are (bench/probe.js): tsx
 * would wrap a function's inner functions in a helper the page does not have.
 */
const FILM_SCRIPT = `async (film) => {
  const heap = () => performance.memory.usedJSHeapSize;
  const el = document.querySelector('archipelago-map');
  const startHeap = heap();
  let peakHeap = startHeap;
  const sampler = setInterval(() => { peakHeap = Math.max(peakHeap, heap()); }, 100);
  const fps = film.fps;
  const frames = el.chapters.reduce((sum, c, i) => sum + Math.round((c.hold ?? 4) * fps) + (i ? 2 * fps : 0), 0);
  const t0 = performance.now();
  try {
    const blob = await el.exportVideo(film);
    const seconds = (performance.now() - t0) / 1000;
    return { frames, seconds, peakHeap, startHeap, bytes: blob.size, type: blob.type, error: null };
  } catch (error) {
    return { frames, seconds: 0, peakHeap, startHeap, bytes: 0, type: '', error: String(error) };
  } finally {
    clearInterval(sampler);
  }
}`;

export async function measureFilm(browser: Browser, url: string): Promise<FilmRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'no-preference' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('archipelago-map[ready]', { timeout: 180_000 });
    return (await page.evaluate(`(${FILM_SCRIPT})(${JSON.stringify(FILM)})`)) as FilmRun;
  } finally {
    await context.close();
  }
}

export function filmSection(run: FilmRun): string {
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const peak = run.peakHeap / 2 ** 20;
  const rows = run.error
    ? [`- The film failed: ${run.error}`]
    : [
        `- ${run.frames} frames in ${run.seconds.toFixed(0)} s: **${(run.frames / run.seconds).toFixed(1)} frames per second**`,
        `  (${(run.seconds / (run.frames / FILM.fps)).toFixed(1)} s of rendering per second of film).`,
        `- Peak JS heap **${mb(run.peakHeap)}** (${mark(peak, FILM_HEAP_CEILING_MB)} ≤ ${FILM_HEAP_CEILING_MB} MB), ${mb(run.startHeap)} at the start.`,
        `- File: ${run.type}, ${mb(run.bytes)}.`,
      ];
  return [
    '## 6. Film export',
    '',
    `The shipped story rendered by \`exportVideo({width: ${FILM.width}, height: ${FILM.height}, fps: ${FILM.fps}})\``,
    '(MP4; H.264 where this Chromium encodes it), once, after ready. Every frame is drawn, composed and',
    'encoded; a hold is drawn once and encoded for each of its frames. Heap sampled every 100 ms',
    '(`performance.memory.usedJSHeapSize`, main thread only; the encoder’s own memory is not in it).',
    '',
    ...rows,
  ].join('\n');
}
