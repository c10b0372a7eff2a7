/**
 * The story as a film, made frame by frame on a fixed clock: each frame's chapter and camera come from
 * the plan (src/export/flight.ts), the map is moved there and drawn, the view composed as the PNG export
 * composes it, and the picture handed to the encoder (src/export/video.ts). A slow machine makes the same
 * film, only slower. The map is covered meanwhile and returns to the view it had. Loaded on first use.
 */
import { render } from 'lit';
import { localize } from '../data/text';
import { download } from '../export/files';
import { DEFAULT_HOLD, frameAt, planFilm } from '../export/flight';
import { drawTitleCard } from '../export/title-card';
import { canEncode, type FilmFormat, FilmWriter } from '../export/video';
import { filmStrings } from '../i18n/film-strings';
import { strings } from '../i18n/strings';
import type { CameraView } from './camera-view';
import { composeFrame, type ExportSource, pixelRatioFor } from './exporter';
import { type FilmProgress, renderFilmOptions, renderFilmProgress } from './film-dialog';
import type { ArchipelagoHost } from './host';
import type { MapHostController } from './map-host';
import type { StoryController } from './story-controller';

export interface VideoOptions {
  width?: number;
  height?: number;
  fps?: number;
  /** Chapter ids, in the order filmed; all chapters when absent. */
  chapters?: string[];
  format?: FilmFormat;
  titleCard?: boolean;
  signal?: AbortSignal;
}

export interface FilmContext {
  host: ArchipelagoHost;
  map: MapHostController;
  story: StoryController;
  source: () => ExportSource | null;
}

const MAX_SIDE = 3840;
const MAX_AREA = 3840 * 2160;

function checkOptions(options: VideoOptions) {
  const width = options.width ?? 1920;
  const height = options.height ?? 1080;
  const fps = options.fps ?? 30;
  const even = (n: number) => Number.isInteger(n) && n >= 16 && n <= MAX_SIDE && n % 2 === 0;
  if (!even(width) || !even(height) || width * height > MAX_AREA) {
    throw new RangeError(
      `cannot make a ${width}×${height} film: width and height must be even whole numbers from 16 to 3840, at most 3840×2160 pixels`,
    );
  }
  if (!(Number.isInteger(fps) && fps >= 1 && fps <= 60)) {
    throw new RangeError(`cannot make a film at ${fps} frames per second: 1 to 60 whole frames`);
  }
  const format = options.format ?? 'mp4';
  if (format !== 'mp4' && format !== 'webm') throw new RangeError(`unknown film format "${String(format)}"`);
  return { size: { width, height }, fps, format };
}

function aborted(): DOMException {
  return new DOMException('the film was cancelled', 'AbortError');
}

/** Renders the film; the promise rejects with an AbortError when `signal` (or the dialog) cancels it. */
export async function makeFilm(ctx: FilmContext, options: VideoOptions = {}): Promise<Blob> {
  const { host, map, story } = ctx;
  const { size, fps, format } = checkOptions(options);
  const wanted = options.chapters;
  const list = wanted
    ? wanted.map((id) => {
        const chapter = host.chapters.find((c) => c.id === id);
        if (!chapter) throw new RangeError(`chapters: unknown chapter "${id}"`);
        return chapter;
      })
    : host.chapters;
  if (list.length === 0) throw new Error('the story has no chapters to film');
  const view = map.view;
  const frame = host.renderRoot.querySelector<HTMLElement>('.frame');
  if (!view || !frame || !ctx.source())
    throw new Error('archipelago-map: nothing to film before the map is ready');
  if (options.signal?.aborted) throw aborted();

  // The encoder first: a browser that cannot encode fails here, before the map is touched.
  const writer = await FilmWriter.open(format, size, fps);
  const cancel = new AbortController();
  const stop = () => cancel.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  const t = filmStrings(host.uiLang);
  const cover = document.createElement('div');
  frame.append(cover);
  let progress: FilmProgress = { chapter: null, done: 0, total: 0, secondsLeft: null };
  const show = () => render(renderFilmProgress({ t, progress, onCancel: stop }), cover);
  show();
  const focusStop = () =>
    cover.querySelector<HTMLElement>('[data-film-stop]')?.focus({ preventScroll: true });
  focusStop();

  const saved = {
    chapter: host.chapter,
    state: {
      selected: host.selected,
      selectedLink: host.selectedLink,
      filters: host.filters,
      path: host.path,
      panelOpen: host.panelOpen,
      tableOpen: host.tableOpen,
    },
    camera: view.camera(),
    moved: view.moved,
  };
  host.toggleAttribute('exporting', true);
  story.jump = true;
  try {
    const blob = await view.atPixelRatio(pixelRatioFor(view, size), () =>
      renderFrames(
        ctx,
        view,
        writer,
        { size, fps, list, titleCard: options.titleCard === true },
        {
          signal: cancel.signal,
          onChapter: focusStop,
          onProgress: (next) => {
            progress = next;
            show();
          },
        },
      ),
    );
    return blob;
  } catch (error) {
    writer.close();
    throw cancel.signal.aborted ? aborted() : error;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await restore(ctx, view, saved);
    story.jump = false;
    host.removeAttribute('exporting');
    render(null, cover);
    cover.remove();
    frame.focus({ preventScroll: true });
  }
}

async function renderFrames(
  ctx: FilmContext,
  view: CameraView,
  writer: FilmWriter,
  film: {
    size: { width: number; height: number };
    fps: number;
    list: ArchipelagoHost['chapters'];
    titleCard: boolean;
  },
  hooks: { signal: AbortSignal; onChapter: () => void; onProgress: (p: FilmProgress) => void },
): Promise<Blob> {
  const { host, map } = ctx;
  const { size, list } = film;
  const lang = host.uiLang;
  // Each chapter's camera as the live story shows it (bounds fitted to this map's size and insets).
  const cameras: ReturnType<CameraView['camera']>[] = [];
  for (const chapter of list) {
    host.chapter = chapter.id;
    await host.updateComplete;
    cameras.push(view.camera());
  }
  const viewport = view.viewport();
  const plan = planFilm(
    list.map((c, i) => ({ camera: cameras[i]!, hold: c.hold ?? DEFAULT_HOLD })),
    { fps: film.fps, side: Math.max(viewport.width, viewport.height), titleCard: film.titleCard },
  );
  if (plan.frames === 0)
    throw new RangeError('the film would have no frames: give the chapter a hold above 0 s');
  const canvas = document.createElement('canvas');
  let shownChapter = -2;
  let drawn = '';
  const started = performance.now();
  for (let n = 0; n < plan.frames; n++) {
    if (hooks.signal.aborted) throw aborted();
    const f = frameAt(plan, n);
    // A hold (or the title card) is one picture: drawn once, encoded for every frame of it.
    const key = `${f.phase}:${f.chapter}`;
    if (f.phase === 'flight' || key !== drawn) {
      if (f.phase === 'title') drawTitle(ctx, canvas, size);
      else {
        if (f.chapter !== shownChapter) {
          host.chapter = list[f.chapter]!.id;
          await host.updateComplete;
          shownChapter = f.chapter;
          hooks.onChapter();
        }
        view.jumpTo(f.camera);
        map.redraw();
        map.flush();
        await view.idle();
        const source = ctx.source();
        if (!source) throw new Error('the map went away while the film was made');
        await composeFrame(source, size, canvas);
      }
      drawn = key;
    }
    await writer.add(canvas, n);
    const done = n + 1;
    const elapsed = (performance.now() - started) / 1000;
    const chapter = list[f.chapter];
    hooks.onProgress({
      chapter: chapter
        ? { n: f.chapter + 1, count: list.length, title: localize(chapter.title, lang) }
        : null,
      done,
      total: plan.frames,
      secondsLeft: done >= Math.min(10, plan.frames) ? (elapsed / done) * (plan.frames - done) : null,
    });
  }
  if (hooks.signal.aborted) throw aborted();
  return writer.finish();
}

function drawTitle(ctx: FilmContext, canvas: HTMLCanvasElement, size: { width: number; height: number }) {
  const source = ctx.source();
  if (!source) throw new Error('the map went away while the film was made');
  const css = getComputedStyle(source.frame);
  const lang = source.lang;
  drawTitleCard(canvas, size, {
    title: localize(source.dataset.meta.title, lang),
    subtitle: localize(source.dataset.meta.subtitle, lang),
    font: css.fontFamily,
    background: css.getPropertyValue('--surface').trim() || css.backgroundColor,
    color: css.getPropertyValue('--ink').trim() || css.color,
  });
}

/** The view the reader had: chapter, selection, filters and camera. */
async function restore(
  ctx: FilmContext,
  view: CameraView,
  saved: {
    chapter: string | null;
    state: Partial<ArchipelagoHost>;
    camera: ReturnType<CameraView['camera']>;
    moved: boolean;
  },
): Promise<void> {
  const host = ctx.host;
  host.chapter = saved.chapter;
  await host.updateComplete;
  Object.assign(host, saved.state);
  await host.updateComplete;
  if (saved.moved) view.jumpTo(saved.camera);
  else view.resetView(false);
  ctx.map.redraw();
}

/** The export menu's "Video…": the options dialog, then the film, downloaded. */
export async function filmFromMenu(ctx: FilmContext, flash: (message: string) => void): Promise<void> {
  const host = ctx.host;
  const words = strings(host.uiLang);
  if (!canEncode()) {
    flash(words.videoUnsupported);
    return;
  }
  const frame = host.renderRoot.querySelector<HTMLElement>('.frame');
  if (!frame) return;
  const t = filmStrings(host.uiLang);
  const box = document.createElement('div');
  frame.append(box);
  const choice = await new Promise<Parameters<Parameters<typeof renderFilmOptions>[0]['onMake']>[0] | null>(
    (resolve) => {
      render(renderFilmOptions({ t, onMake: (c) => resolve(c), onCancel: () => resolve(null) }), box);
      box.querySelector<HTMLElement>('[data-film-format]')?.focus();
    },
  );
  render(null, box);
  box.remove();
  const back = () => host.renderRoot.querySelector<HTMLElement>('[data-export]')?.focus();
  if (!choice) {
    back();
    return;
  }
  try {
    const blob = await makeFilm(ctx, choice);
    download(blob, `baltic-archipelago-${choice.width}x${choice.height}.${choice.format}`);
    flash(words.exported);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') flash(t.cancelled);
    else flash(`${words.exportFailed}: ${error instanceof Error ? error.message : String(error)}`);
  }
  back();
}
