import type { ReactiveController } from 'lit';
import { localize } from '../data/text';
import { strings } from '../i18n/strings';
import type { SpeakerView } from '../story/speaker-view';
import { isStep, type StepCommand, type StoryCommand, storyStep } from '../story/story';
import { emit } from './emit';
import type { ArchipelagoHost } from './host';
import type { MapHostController } from './map-host';

/**
 * Presenting the story: stepping between chapters, flying the camera to each, blackout, full screen and
 * the speaker view in its second window. The chapter itself is the element's `chapter` attribute; this
 * controller moves to it once it is rendered and tells the page.
 */
export class StoryController implements ReactiveController {
  /** Chapters are jumped to, not flown to (exporting every chapter). */
  jump = false;
  private speaker: SpeakerView | null = null;
  /** The speaker view's code loads when presenting starts, so S opens it at once. */
  private speakerModule: Promise<typeof import('../story/speaker-view')> | null = null;
  private shown: string | null = null;
  /** The year a chapter that plays years opens on, when a step back arrives at its end. */
  private entryYear: number | null = null;

  constructor(
    private readonly host: ArchipelagoHost,
    private readonly map: MapHostController,
    private readonly flash: (message: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.speaker?.close();
    this.speaker = null;
  }

  /** A new dataset: its first chapter is shown afresh. */
  reset(): void {
    this.shown = null;
  }

  /** Whether a chapter was shown before this update (leaving the story resets the filters). */
  get wasPresenting(): boolean {
    return this.shown !== null;
  }

  goTo(index: number): void {
    const list = this.host.chapters;
    if (list.length === 0) return;
    const i = Math.max(0, Math.min(list.length - 1, Math.round(index)));
    this.host.chapter = list[i]?.id ?? null;
  }

  step(command: 'next' | 'previous'): void {
    this.stepStory(command, Math.max(0, this.host.chapterIndex));
  }

  /** The year a chapter that plays years opens on (read once by the element as it enters the chapter). */
  takeEntryYear(): number | null {
    const year = this.entryYear;
    this.entryYear = null;
    return year;
  }

  /** A presenter key: a step, blackout, full screen or the speaker view. */
  command(command: StoryCommand): void {
    const host = this.host;
    if (isStep(command)) this.stepStory(command, host.chapterIndex);
    else if (command === 'blackout') host.blackout = !host.blackout;
    else if (command === 'fullscreen') void this.toggleFullscreen();
    else if (command === 'speaker') void this.openSpeaker();
  }

  /** A step: a year within a chapter that plays years, else a chapter (see `storyStep`). */
  private stepStory(command: StepCommand, index: number): void {
    const host = this.host;
    const years = host.filters.years;
    const year = years && years[0] === years[1] ? years[0] : null;
    const to = storyStep(host.chapters, { index, year }, command);
    if (to.index !== index || index !== host.chapterIndex) {
      this.entryYear = to.year;
      this.goTo(to.index);
    } else if (to.year !== null && to.year !== year) {
      host.filters = { ...host.filters, years: [to.year, to.year] };
    }
  }

  /** Moves the camera to the chapter, tells the page and the speaker view (after rendering). */
  show(): void {
    const host = this.host;
    const index = host.chapterIndex;
    const chapter = host.chapters[index];
    const id = chapter?.id ?? null;
    if (id === this.shown) return;
    const was = this.shown;
    this.shown = id;
    if (chapter) {
      this.speakerModule ??= import('../story/speaker-view');
      this.map.view?.moveToChapter(chapter.camera, this.jump);
      this.speaker?.update(index);
      host.renderRoot.querySelector<HTMLElement>('.frame')?.focus({ preventScroll: true });
      emit(host, 'archipelago-chapter', { id, index });
    } else if (was !== null) {
      this.speaker?.close();
      this.speaker = null;
      this.map.view?.resetView();
      emit(host, 'archipelago-chapter', { id: null, index: -1 });
    }
  }

  async openSpeaker(): Promise<void> {
    if (this.speaker && !this.speaker.closed) {
      this.speaker.window.focus();
      return;
    }
    this.speakerModule ??= import('../story/speaker-view');
    const { openSpeakerView } = await this.speakerModule;
    const host = this.host;
    const lang = host.uiLang;
    this.speaker = openSpeakerView({
      chapters: host.chapters.map((c) => ({
        id: c.id,
        title: localize(c.title, lang),
        caption: localize(c.caption, lang),
        notes: localize(c.notes, lang),
      })),
      index: Math.max(0, host.chapterIndex),
      lang,
      onNavigate: (i) => this.goTo(i),
      onClose: () => {
        this.speaker = null;
      },
    });
    if (!this.speaker) this.flash(strings(lang).popupBlocked);
  }

  readonly toggleFullscreen = async () => {
    const host = this.host;
    if (document.fullscreenElement === host) await document.exitFullscreen();
    else await host.requestFullscreen?.();
    host.requestUpdate();
  };
}
