import { localize } from '../data/text';
import { strings } from '../i18n/strings';
import type { ExportSource } from './exporter';
import type { VideoOptions } from './film';
import type { ArchipelagoHost } from './host';
import type { MapHostController } from './map-host';
import type { Network } from './network';
import type { StoryController } from './story-controller';

export type ExportKind = 'png' | 'png2x' | 'svg' | 'chapters' | 'chapter' | 'video';

const NOT_READY = 'archipelago-map: nothing to export before the map is ready';

/**
 * Pictures and files of what the map shows: PNG (basemap, marks, legend and caption composed), the
 * overlay as SVG, the view as chapter JSON, every chapter as a zip of PNGs, and the story as a film. The
 * exporters load on first use. No life cycle of its own: the element calls it.
 */
export class Exports {
  constructor(
    private readonly host: ArchipelagoHost,
    private readonly network: Network,
    private readonly map: MapHostController,
    private readonly story: StoryController,
    private readonly parts: { overlay: () => SVGSVGElement | undefined; flash: (message: string) => void },
  ) {}

  async image(size = { width: 1920, height: 1080 }): Promise<Blob> {
    const source = this.source();
    if (!source) throw new Error(NOT_READY);
    const host = this.host;
    host.toggleAttribute('exporting', true);
    try {
      await host.updateComplete;
      const { exportPng } = await import('./exporter');
      return await exportPng(source, size);
    } finally {
      host.removeAttribute('exporting');
    }
  }

  async svg(): Promise<string> {
    const source = this.source();
    if (!source) throw new Error(NOT_READY);
    const { exportOverlaySvg } = await import('./exporter');
    return exportOverlaySvg(source);
  }

  async chapterJson(): Promise<string> {
    const source = this.source();
    if (!source) throw new Error(NOT_READY);
    const { viewChapterJson } = await import('./exporter');
    return viewChapterJson(source, this.host.selected);
  }

  async chapters(size = { width: 1920, height: 1080 }): Promise<Blob> {
    const host = this.host;
    const list = host.chapters;
    const before = host.chapter;
    const files: { name: string; data: Blob }[] = [];
    const { chapterFileName, zipFiles } = await import('./exporter');
    this.story.jump = true;
    try {
      for (let i = 0; i < list.length; i++) {
        const chapter = list[i];
        host.chapter = chapter?.id ?? null;
        await host.updateComplete;
        await this.map.view?.idle();
        // A chapter that plays years gives one frame per year, named with it.
        const play = chapter?.play;
        const years = play ? Array.from({ length: play[1] - play[0] + 1 }, (_, k) => play[0] + k) : [null];
        for (const year of years) {
          if (year !== null) {
            host.filters = { ...host.filters, years: [year, year] };
            await host.updateComplete;
          }
          const id = `${chapter?.id ?? i}${year === null ? '' : `-${year}`}`;
          files.push({ name: chapterFileName(i, id, list.length), data: await this.image(size) });
        }
      }
    } finally {
      this.story.jump = false;
      host.chapter = before;
    }
    return zipFiles(files);
  }

  /** The story as a film (MP4 or WebM); the film code loads on first use. */
  async video(options: VideoOptions = {}): Promise<Blob> {
    if (!this.source()) throw new Error(NOT_READY);
    const { makeFilm } = await import('./film');
    return makeFilm(this.filmContext(), options);
  }

  private filmContext() {
    return { host: this.host, map: this.map, story: this.story, source: () => this.source() };
  }

  /** The export menu's items: make the file and download it, saying how it went. */
  async run(kind: ExportKind): Promise<void> {
    const host = this.host;
    const t = strings(host.uiLang);
    const flash = this.parts.flash;
    host.exportOpen = false;
    if (kind === 'video') {
      const { filmFromMenu } = await import('./film');
      return filmFromMenu(this.filmContext(), flash);
    }
    flash(t.exporting);
    try {
      const { download } = await import('./exporter');
      if (kind === 'png') download(await this.image(), 'baltic-archipelago-1920x1080.png');
      else if (kind === 'png2x') {
        download(await this.image({ width: 3840, height: 2160 }), 'baltic-archipelago-3840x2160.png');
      } else if (kind === 'svg') {
        download(new Blob([await this.svg()], { type: 'image/svg+xml' }), 'baltic-archipelago.svg');
      } else if (kind === 'chapters') download(await this.chapters(), 'baltic-archipelago-chapters.zip');
      else {
        const text = await this.chapterJson();
        try {
          await navigator.clipboard.writeText(text);
          flash(t.chapterCopied);
        } catch {
          download(new Blob([text], { type: 'application/json' }), 'chapter.json');
        }
        return;
      }
      flash(t.exported);
    } catch (error) {
      flash(`${t.exportFailed}: ${String(error)}`);
    }
  }

  private source(): ExportSource | null {
    const host = this.host;
    const frame = host.renderRoot.querySelector<HTMLElement>('.frame');
    const overlay = this.parts.overlay();
    const dataset = this.network.dataset;
    if (!frame || !overlay || !dataset || host.status !== 'ready') return null;
    this.map.flush();
    const chapter = host.chapters[host.chapterIndex];
    const lang = host.uiLang;
    return {
      dataset,
      view: this.map.view,
      overlay,
      frame,
      theme: host.activeTheme,
      lang,
      filters: host.filters,
      caption: withYears(
        chapter
          ? { title: localize(chapter.title, lang), text: localize(chapter.caption, lang) }
          : { title: localize(dataset.meta.title, lang), text: localize(dataset.meta.subtitle, lang) },
        host.filters.years,
      ),
    };
  }
}

/** A picture of some years says which: the title gains the year or the range (`1999`, `1991–2007`). */
export function withYears(
  caption: { title: string; text: string },
  years: [number, number] | null,
): { title: string; text: string } {
  if (!years) return caption;
  const label = years[0] === years[1] ? String(years[0]) : `${years[0]}–${years[1]}`;
  return { ...caption, title: caption.title ? `${caption.title} · ${label}` : label };
}
