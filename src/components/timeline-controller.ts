import type { PropertyValues, ReactiveController } from 'lit';
import { type FilterState, yearExtent } from '../data/filters';
import type { ArchipelagoHost } from './host';
import type { Network } from './network';
import type { TimelineRequest } from './timeline';

/** Seconds a year while playing, unless the reader picks another speed. */
const DEFAULT_SPEED = 1;

/**
 * The timeline's life: playing (a timer stepping the year), stepping, the speed, the element's `year`
 * attribute, and what screen readers hear on a year step. The year itself is `filters.years` ([Y, Y]),
 * so the hash, the overlay and the counts follow it as they follow any filter.
 */
export class TimelineController implements ReactiveController {
  playing = false;
  /** Seconds a year. */
  speed = DEFAULT_SPEED;
  private timer: number | null = null;
  private loading: Promise<unknown> | null = null;
  private timelineLoading: Promise<unknown> | null = null;
  /** The timeline's arithmetic and words (src/data/timeline.ts), loaded after ready with the timeline. */
  private words: typeof import('../data/timeline') | null = null;

  constructor(
    private readonly host: ArchipelagoHost,
    private readonly network: Network,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** The single year shown, or null when no year or a range of several is set. */
  get year(): number | null {
    const years = this.host.filters.years;
    return years && years[0] === years[1] ? years[0] : null;
  }

  /**
   * The timeline: with `full` controls where it fits (`timelineFitsAt`, not on a narrow screen), and with
   * `full` or `minimal` at any size when the `timeline` attribute asks for it. Folded, it is shown while
   * its map button has it open.
   */
  get shown(): boolean {
    const host = this.host;
    const controls = host.controls ?? 'full';
    if (controls === 'none' || host.tableOpen) return false;
    if (host.timeline) return true;
    return controls === 'full' && ((host.timelineRoom && !host.narrow) || host.timelineOpen);
  }

  /** With `full` controls and no room under the map: the timeline is a map button that opens it. */
  get folded(): boolean {
    const host = this.host;
    return (host.controls ?? 'full') === 'full' && !host.timeline && (!host.timelineRoom || host.narrow);
  }

  /** Opens or closes the folded timeline; on a narrow screen the legend folds to make room. */
  toggleFolded(): void {
    const host = this.host;
    host.timelineOpen = !host.timelineOpen;
    if (host.timelineOpen && host.narrow) host.legendOpen = false;
    if (host.timelineOpen) this.load(true);
  }

  /** The year in large type: while playing, and in a chapter that plays years. */
  get bigYear(): number | null {
    const host = this.host;
    const playsYears = host.presenting && host.chapters[host.chapterIndex]?.play;
    return this.playing || playsYears ? this.year : null;
  }

  /**
   * The timeline's code comes after the first picture (it is not needed to draw the map); what a year
   * step says is loaded then too, even without the timeline (the `year` attribute, a chapter that plays).
   */
  load(withTimeline: boolean): void {
    this.loading ??= import('../data/timeline').then((words) => {
      this.words = words;
    });
    if (withTimeline) this.timelineLoading ??= import('./timeline');
  }

  /** Before rendering, ahead of the explore state: the `year` attribute, and a chapter stops playing. */
  willUpdate(changed: PropertyValues): void {
    if (changed.has('year'))
      this.yearAttribute(this.host.year, changed.get('year') as string | null | undefined);
    if (changed.has('chapter')) this.stop();
  }

  /** After the explore state's announcement: a year step says the year and what changed instead. */
  speak(changed: PropertyValues): void {
    if (!changed.has('filters') || changed.has('chapter')) return;
    const said = this.announcement(changed.get('filters') as FilterState | undefined);
    if (said) this.host.announcement = said;
  }

  /** A request from the timeline's controls. */
  request(request: TimelineRequest): void {
    if (request.play) {
      if (this.playing) this.stop();
      else this.play();
      return;
    }
    if (request.speed !== undefined && request.speed > 0) {
      this.speed = request.speed;
      this.host.requestUpdate();
      return;
    }
    // Moving the year by hand takes over from playing.
    this.stop();
    if (request.step !== undefined) this.step(request.step);
    else if (request.years !== undefined) this.setYears(request.years);
  }

  /** One year on (or back), from the year shown; from no year, the first (or last) year of the data. */
  step(delta: 1 | -1): void {
    const extent = this.extent;
    if (!extent) return;
    const years = this.host.filters.years;
    const from = years ? (delta > 0 ? years[1] : years[0]) : delta > 0 ? extent[0] - 1 : extent[1] + 1;
    const year = Math.max(extent[0], Math.min(extent[1], from + delta));
    this.setYears([year, year]);
  }

  play(): void {
    const extent = this.extent;
    if (!extent) return;
    const year = this.year;
    // At the end (or with no single year), playing starts again from the first year.
    if (year === null || year >= extent[1]) this.setYears([extent[0], extent[0]]);
    this.playing = true;
    this.host.requestUpdate();
    this.schedule();
  }

  stop(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    if (!this.playing) return;
    this.playing = false;
    this.host.requestUpdate();
  }

  /**
   * The `year` attribute: an integer sets [Y, Y] (years outside the data are kept: an empty map is the
   * true answer); removing it clears the range; anything else is ignored with a warning.
   */
  yearAttribute(value: string | null, previous: string | null | undefined): void {
    if (value === null) {
      if (previous != null) this.setYears(null);
      return;
    }
    const year = /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(year)) {
      console.warn(`archipelago-map: year="${value}" is not a whole year; ignored`);
      return;
    }
    this.setYears([year, year]);
  }

  /**
   * What to say for a change of filters that only moved a single year (null otherwise): the year and
   * what began and ended, worked out from the data.
   */
  announcement(previous: FilterState | undefined): string | null {
    const dataset = this.network.dataset;
    const now = this.host.filters;
    const year = this.year;
    const words = this.words;
    if (!words || !dataset || !previous || year === null || !onlyYearsDiffer(previous, now)) return null;
    const before = previous.years && previous.years[0] === previous.years[1] ? previous.years[0] : null;
    return words.yearAnnouncement(
      dataset,
      now,
      before,
      year,
      this.host.uiLang,
      this.network.filtered ?? undefined,
    );
  }

  private get extent(): [number, number] | null {
    const dataset = this.network.dataset;
    return dataset ? yearExtent(dataset) : null;
  }

  private setYears(years: [number, number] | null): void {
    this.host.filters = { ...this.host.filters, years };
  }

  private schedule(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = null;
      const extent = this.extent;
      const next = extent && this.playing && this.words ? this.words.nextYear(this.year, extent) : null;
      if (next === null) {
        this.stop();
        return;
      }
      this.setYears([next, next]);
      this.schedule();
    }, this.speed * 1000);
  }
}

function onlyYearsDiffer(a: FilterState, b: FilterState): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    same(a.hiddenTypes, b.hiddenTypes) &&
    same(a.hiddenGroups, b.hiddenGroups) &&
    a.priority === b.priority &&
    a.proposed === b.proposed
  );
}
