import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with the npm scripts
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { axeViolations } from './a11y-checks';
import { baseURL, browser, openPage, serveFixture, type Watched, waitReady } from './harness';

/**
 * The story as a film (exportVideo): files are read back with Debian's ffprobe and ffmpeg. This Chromium
 * encodes VP9 and AV1, not H.264, so H.264 is only chosen here through a stubbed VideoEncoder.
 */
const FFPROBE = '/usr/bin/ffprobe';
const FFMPEG = '/usr/bin/ffmpeg';
const SIZE = { width: 640, height: 360 };
const FPS = 10;

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
/** Two chapters with one-second holds: 10 frames, then a 2 s flight (20) and a hold (10), 40 in all. */
const twoChapters = {
  ...shipped,
  chapters: shipped.chapters.slice(0, 2).map((c: object) => ({ ...c, hold: 1 })),
};
const FRAMES = 40;
const HOLD_MIDDLE = { first: 5, second: 35 };

const dir = mkdtempSync(join(tmpdir(), 'archipelago-film-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let open: Watched | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

async function app(init?: () => void): Promise<Page> {
  open = await openPage({ width: 1280, height: 800 });
  const page = open.page;
  if (init) await page.addInitScript(init);
  const url = await serveFixture(page, 'film.json', twoChapters);
  await page.goto(`${baseURL}index.html?src=${encodeURIComponent(url)}`);
  await waitReady(page);
  return page;
}

interface FilmApi {
  exportVideo(options: object): Promise<Blob>;
  exportImage(size: { width: number; height: number }): Promise<Blob>;
  goToChapter(index: number): void;
}

/** Runs exportVideo in the page; the file's bytes, or the error's name and message. */
function film(page: Page, options: object): Promise<{ bytes?: string; error?: string; type?: string }> {
  return page.evaluate(async (options) => {
    const el = document.querySelector('archipelago-map') as unknown as FilmApi;
    try {
      const blob = await el.exportVideo(options);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return { bytes: btoa(text), type: blob.type };
    } catch (error) {
      return { error: `${(error as Error).name}: ${(error as Error).message}` };
    }
  }, options);
}

function save(name: string, base64: string | undefined): string {
  if (!base64) throw new Error('no file was made');
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return path;
}

function probe(path: string) {
  const out = execFileSync(FFPROBE, [
    '-v',
    'error',
    '-count_frames',
    '-select_streams',
    'v:0',
    '-show_entries',
    'stream=codec_name,width,height,nb_read_frames:format=format_name,duration',
    '-of',
    'json',
    path,
  ]);
  const json = JSON.parse(out.toString()) as {
    streams: { codec_name: string; width: number; height: number; nb_read_frames: string }[];
    format: { format_name: string; duration: string };
  };
  const stream = json.streams[0]!;
  return {
    format: json.format.format_name,
    duration: Number(json.format.duration),
    codec: stream.codec_name,
    width: stream.width,
    height: stream.height,
    frames: Number(stream.nb_read_frames),
  };
}

/** Every frame (or the one picture of a PNG) as 8-bit RGB, decoded by ffmpeg. */
function rgb(path: string): Buffer {
  return execFileSync(FFMPEG, ['-v', 'error', '-i', path, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    maxBuffer: 1 << 28,
  });
}

function frameOf(all: Buffer, n: number): Buffer {
  const bytes = SIZE.width * SIZE.height * 3;
  return all.subarray(n * bytes, (n + 1) * bytes);
}

/** Mean absolute difference per channel (0–255), and the share of channels off by more than 40. */
function difference(a: Buffer, b: Buffer) {
  expect(a.length).toBe(b.length);
  let sum = 0;
  let far = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    sum += d;
    if (d > 40) far++;
  }
  return { mean: sum / a.length, far: far / a.length };
}

async function chapterPng(page: Page, index: number, name: string): Promise<string> {
  const base64 = await page.evaluate(
    async ({ index, size }) => {
      const el = document.querySelector('archipelago-map') as unknown as FilmApi & HTMLElement;
      el.goToChapter(index);
      await new Promise((r) => setTimeout(r, 50));
      const blob = await el.exportImage(size);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return btoa(text);
    },
    { index, size: SIZE },
  );
  return save(name, base64);
}

function camera(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('archipelago-map') as unknown as {
      viewState: { camera: unknown };
      chapter: string | null;
    };
    return { camera: el.viewState.camera, chapter: el.chapter };
  });
}

describe('the story as a film', { timeout: 240_000 }, () => {
  it('makes an MP4 of two chapters: codec, size, frames = duration × fps, holds match exportImage', async () => {
    const page = await app();
    const before = await camera(page);
    // The film's frames are no steps of the reader's: no state events, no history entries.
    const history = await page.evaluate(() => {
      const w = window as unknown as { states: number };
      w.states = 0;
      document.querySelector('archipelago-map')?.addEventListener('archipelago-state', () => w.states++);
      return window.history.length;
    });
    const made = await film(page, { ...SIZE, fps: FPS });
    expect(
      await page.evaluate(() => [(window as unknown as { states: number }).states, window.history.length]),
    ).toEqual([0, history]);
    expect(made.error).toBeUndefined();
    expect(made.type).toBe('video/mp4');
    const path = save('two.mp4', made.bytes);
    const info = probe(path);
    expect(info.format).toContain('mp4');
    // H.264 where this browser encodes it (Chromium 156 here does), else the next MP4 codec.
    const h264 = await page.evaluate(
      async () =>
        (await VideoEncoder.isConfigSupported({ codec: 'avc1.640028', width: 640, height: 360 })).supported,
    );
    if (h264) expect(info.codec).toBe('h264');
    else expect(['vp9', 'av1']).toContain(info.codec);
    expect([info.width, info.height]).toEqual([SIZE.width, SIZE.height]);
    expect(info.frames).toBe(FRAMES);
    expect(info.duration).toBeCloseTo(FRAMES / FPS, 1);
    // The map is back where it was, and not presenting.
    expect(await camera(page)).toEqual(before);
    expect(await page.locator('archipelago-map [data-film-progress]').count()).toBe(0);

    const frames = rgb(path);
    const stills = [
      rgb(await chapterPng(page, 0, 'chapter-0.png')),
      rgb(await chapterPng(page, 1, 'chapter-1.png')),
    ];
    for (const [i, n] of [HOLD_MIDDLE.first, HOLD_MIDDLE.second].entries()) {
      const own = difference(frameOf(frames, n), stills[i]!);
      const other = difference(frameOf(frames, n), stills[1 - i]!);
      // Lossy 4:2:0 video against the lossless PNG: a mean error under 3.5 of 255 per channel and under
      // 0.2% of channels off by more than 40 (measured here: about 2.4 and 0.08%); the other chapter's
      // picture is several times further off (about 13 and 6.6%).
      expect(own.mean).toBeLessThan(3.5);
      expect(own.far).toBeLessThan(0.002);
      expect(own.mean * 3).toBeLessThan(other.mean);
    }
    // The middle of the flight is neither chapter's picture: the camera moves between them.
    for (const n of [HOLD_MIDDLE.first, HOLD_MIDDLE.second]) {
      expect(difference(frameOf(frames, 20), frameOf(frames, n)).far).toBeGreaterThan(0.003);
    }
    expect(open?.errors).toEqual([]);
  });

  it('gives the same decoded frames for the same input twice (WebM, VP9)', async () => {
    const page = await app();
    const one = await film(page, { ...SIZE, fps: FPS, format: 'webm' });
    const two = await film(page, { ...SIZE, fps: FPS, format: 'webm' });
    const a = save('one.webm', one.bytes);
    const b = save('two.webm', two.bytes);
    const info = probe(a);
    expect(info.format).toContain('webm');
    expect(info.codec).toBe('vp9');
    expect(info.frames).toBe(FRAMES);
    const d = difference(rgb(a), rgb(b));
    // Same frames in, same encoder settings: the decoded films agree to within rounding.
    expect(d.mean).toBeLessThan(0.5);
    expect(d.far).toBe(0);
  });

  it('cancels (AbortSignal), returns to the view, and a second film still works', async () => {
    const page = await app();
    // A camera of the reader's own, to come back to.
    await page.evaluate(() => {
      const el = document.querySelector('archipelago-map') as unknown as { viewState: object };
      el.viewState = { ...el.viewState, camera: { center: [21.5, 58.25], zoom: 5.25, bearing: 0 } };
    });
    const before = await camera(page);
    expect(before.camera).toMatchObject({ zoom: 5.25 });
    const cancelled = await page.evaluate(async () => {
      const el = document.querySelector('archipelago-map') as unknown as FilmApi & HTMLElement;
      const stop = new AbortController();
      const film = el.exportVideo({ width: 640, height: 360, fps: 10, signal: stop.signal });
      // Cancel once a few frames are in.
      await new Promise<void>((resolve) => {
        const check = () => {
          const bar = el.shadowRoot?.querySelector(
            '[data-film-progress] progress',
          ) as HTMLProgressElement | null;
          if (bar && bar.value >= 3) resolve();
          else requestAnimationFrame(check);
        };
        check();
      });
      stop.abort();
      try {
        await film;
        return 'finished';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(cancelled).toBe('AbortError');
    expect(await camera(page)).toEqual(before);
    expect(await page.locator('archipelago-map [data-film-progress]').count()).toBe(0);
    // One chapter after a 3 s title card: 30 + 10 frames.
    const again = await film(page, {
      ...SIZE,
      fps: FPS,
      chapters: [shipped.chapters[1].id],
      format: 'webm',
      titleCard: true,
    });
    expect(again.error).toBeUndefined();
    const path = save('again.webm', again.bytes);
    expect(probe(path).frames).toBe(40);
    const frames = rgb(path);
    expect(difference(frameOf(frames, 0), frameOf(frames, 35)).far).toBeGreaterThan(0.01);
  });

  it('says clearly when the encoder fails, and leaves the map usable', async () => {
    const page = await app(() => {
      const Real = globalThis.VideoEncoder;
      let frames = 0;
      globalThis.VideoEncoder = class extends Real {
        override encode(frame: VideoFrame, options?: VideoEncoderEncodeOptions) {
          if (++frames > 3) throw new Error('stub: the encoder broke');
          super.encode(frame, options);
        }
      };
    });
    const before = await camera(page);
    await page.locator('archipelago-map [data-export]').click();
    await page.locator('archipelago-map [data-export-video]').click();
    await page.locator('archipelago-map [data-film-size]').selectOption('1280x720');
    await page.locator('archipelago-map [data-film-make]').click();
    const notice = page.locator('archipelago-map .notice');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('the encoder broke');
    expect(await notice.textContent()).toContain('Export failed');
    expect(await page.locator('archipelago-map [data-film-progress]').count()).toBe(0);
    expect(await camera(page)).toEqual(before);
    // Usable: the toolbar is back and a chapter can be presented.
    await page.locator('archipelago-map [data-export]').click();
    expect(await page.locator('archipelago-map [data-export-png]').isVisible()).toBe(true);
    await page.evaluate(() =>
      (document.querySelector('archipelago-map') as unknown as FilmApi).goToChapter(1),
    );
    await expect.poll(() => camera(page).then((c) => c.chapter)).toBe(shipped.chapters[1].id);
  });

  it('asks for format and size in a dialog, by keyboard, axe-clean, and covers the map while it renders', async () => {
    const page = await app();
    await page.locator('archipelago-map [data-export]').click();
    await page.locator('archipelago-map [data-export-video]').click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.querySelector('archipelago-map')?.shadowRoot?.activeElement?.getAttribute('name'),
        ),
      )
      .toBe('format');
    expect(await axeViolations(page, 'film options')).toEqual([]);
    // Tab and Shift+Tab go round the dialog's controls and never leave it (it is modal).
    const inDialog = () =>
      page.evaluate(
        () =>
          !!document
            .querySelector('archipelago-map')
            ?.shadowRoot?.activeElement?.closest('[data-film-options]'),
      );
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await inDialog()).toBe(true);
    }
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inDialog()).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await page.locator('archipelago-map [data-film-options]').count()).toBe(0);
    // The progress dialog, with a film that is cancelled by its own button.
    const pending = film(page, { ...SIZE, fps: FPS });
    await page.locator('archipelago-map [data-film-stop]').waitFor();
    expect(await axeViolations(page, 'film progress')).toEqual([]);
    const cover = await page.locator('archipelago-map .film-cover').boundingBox();
    expect(cover).toMatchObject({ x: 0, width: 1280 });
    await page.locator('archipelago-map [data-film-stop]').click();
    expect((await pending).error).toMatch(/^AbortError/);
  });

  it('prefers H.264 for MP4 and never asks for it for WebM (stubbed isConfigSupported)', async () => {
    const page = await app(() => {
      const Real = globalThis.VideoEncoder;
      const w = window as unknown as { asked: string[]; configured: string[] };
      w.asked = [];
      w.configured = [];
      globalThis.VideoEncoder = class extends Real {
        static override isConfigSupported(config: VideoEncoderConfig) {
          w.asked.push(config.codec);
          return Promise.resolve({ supported: true, config });
        }
        override configure(config: VideoEncoderConfig) {
          w.configured.push(config.codec);
          // This Chromium cannot encode H.264: the stub stops here, having seen the choice.
          throw new Error('stub: configured');
        }
      };
    });
    const mp4 = await film(page, { ...SIZE, fps: FPS, format: 'mp4' });
    const webm = await film(page, { ...SIZE, fps: FPS, format: 'webm' });
    expect(mp4.error).toContain('stub: configured');
    expect(webm.error).toContain('stub: configured');
    const seen = await page.evaluate(() => {
      const w = window as unknown as { asked: string[]; configured: string[] };
      return { asked: w.asked, configured: w.configured };
    });
    expect(seen.configured[0]).toMatch(/^avc1\./);
    expect(seen.configured[1]).toMatch(/^vp09\./);
    expect(seen.asked.filter((c) => c.startsWith('avc1'))).toHaveLength(1);
  });

  it('falls back to VP9 in MP4 where H.264 cannot be encoded (stubbed isConfigSupported)', async () => {
    const page = await app(() => {
      const real = VideoEncoder.isConfigSupported.bind(VideoEncoder);
      VideoEncoder.isConfigSupported = (config: VideoEncoderConfig) =>
        config.codec.startsWith('avc1') ? Promise.resolve({ supported: false, config }) : real(config);
    });
    const made = await film(page, { ...SIZE, fps: FPS, chapters: [shipped.chapters[0].id] });
    const info = probe(save('fallback.mp4', made.bytes));
    expect(info.format).toContain('mp4');
    expect(info.codec).toBe('vp9');
    expect(info.frames).toBe(10);
  });
});

describe('the standalone file', { timeout: 240_000 }, () => {
  it('makes a film from file:// with no network', async () => {
    const context = await (await browser()).newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    try {
      const attempted: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (['file:', 'data:', 'blob:'].includes(new URL(url).protocol)) return route.continue();
        attempted.push(url);
        return route.abort('internetdisconnected');
      });
      const page = await context.newPage();
      await page.goto(new URL('../../dist-standalone/baltic-archipelago.html', import.meta.url).href);
      await waitReady(page);
      const made = await film(page, {
        ...SIZE,
        fps: FPS,
        chapters: [shipped.chapters[0].id],
        format: 'webm',
      });
      expect(made.error).toBeUndefined();
      expect(probe(save('standalone.webm', made.bytes)).frames).toBe(
        Math.round((shipped.chapters[0].hold ?? 4) * FPS),
      );
      expect(attempted).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a browser without WebCodecs', { timeout: 240_000 }, () => {
  it('says why in the menu instead of failing', async () => {
    const page = await app(() => {
      delete (globalThis as { VideoEncoder?: unknown }).VideoEncoder;
    });
    await page.locator('archipelago-map [data-export]').click();
    const item = page.locator('archipelago-map [data-export-video]');
    expect(await item.textContent()).toContain('no WebCodecs');
    await item.click();
    await expect.poll(() => page.locator('archipelago-map .notice').textContent()).toContain('no WebCodecs');
    expect(await page.locator('archipelago-map [data-film-options]').count()).toBe(0);
    expect((await film(page, { ...SIZE, fps: FPS })).error).toContain('cannot encode video');
  });
});

describe('the film of the simplified map (no WebGL)', { timeout: 240_000 }, () => {
  it('draws the SVG basemap into the frames, holds matching exportImage', async () => {
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...(CHROMIUM_ARGS as string[]), '--disable-webgl', '--disable-webgl2'],
    });
    try {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const url = await serveFixture(page, 'film.json', twoChapters);
      await page.goto(`${baseURL}index.html?src=${encodeURIComponent(url)}`);
      await waitReady(page);
      expect(await page.locator('archipelago-map[ready] [data-simplified]').count()).toBe(1);
      const made = await film(page, { ...SIZE, fps: FPS, format: 'webm' });
      const path = save('simplified.webm', made.bytes);
      expect(probe(path).frames).toBe(FRAMES);
      const frames = rgb(path);
      const still = rgb(await chapterPng(page, 1, 'simplified-1.png'));
      const own = difference(frameOf(frames, HOLD_MIDDLE.second), still);
      expect(own.mean).toBeLessThan(3.5);
      expect(own.far).toBeLessThan(0.002);
      // The basemap is in the frame: land and sea, not one flat colour.
      const colours = new Set<number>();
      const frame = frameOf(frames, HOLD_MIDDLE.second);
      for (let i = 0; i < frame.length; i += 3 * 97)
        colours.add((frame[i]! << 16) | (frame[i + 1]! << 8) | frame[i + 2]!);
      expect(colours.size).toBeGreaterThan(50);
    } finally {
      await browser.close();
    }
  });
});
