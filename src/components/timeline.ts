import { html, LitElement, nothing, svg } from 'lit';
import { type FilterResult, yearExtent } from '../data/filters';
import type { Dataset } from '../data/schema';
import { type SliderKey, sliderYear, startHistogram } from '../data/timeline';
import { fill, strings, uiLang } from '../i18n/strings';
import { timelineStrings } from '../i18n/timeline-strings';
import { keyCommand } from '../state/keys';
import { timelineStyles } from './timeline.styles';

/** Seconds a year while playing, offered in the speed menu. */
export const SPEEDS = [2, 1, 0.5] as const;

export type Years = [number, number] | null;

/** What the timeline asks of the map: `years`, `play` (toggle), `step` (±1 year) or `speed`. */
export interface TimelineRequest {
  years?: Years;
  play?: true;
  step?: 1 | -1;
  speed?: number;
}

/**
 * The timeline under the map: partnerships by start year (established and proposed apart), a slider
 * for one year or, in range mode, two handles for a range, play/pause/step and the speed. It holds no
 * state of the map: it shows `years` and asks for changes with `archipelago-timeline` events, which the
 * map's timeline controller carries out. Loaded after the map is ready.
 *
 * @element archipelago-timeline
 * @fires archipelago-timeline - a `TimelineRequest` (bubbles; not composed).
 */
export class ArchipelagoTimeline extends LitElement {
  static override properties = {
    data: { attribute: false },
    lang: { type: String },
    theme: { type: String, reflect: true },
    years: { attribute: false },
    result: { attribute: false },
    playing: { type: Boolean },
    speed: { type: Number },
    range: { state: true },
  };

  static override styles = timelineStyles;

  declare data: Dataset | null;
  declare theme: string;
  declare years: Years;
  declare result: FilterResult | null;
  declare playing: boolean;
  declare speed: number;
  /** Range mode: two handles. Opens in it when the range set spans more than one year. */
  declare range: boolean;
  /** The handle a pointer drags. */
  private dragging: 0 | 1 | null = null;

  constructor() {
    super();
    this.data = null;
    this.lang = 'en';
    this.theme = 'light';
    this.years = null;
    this.result = null;
    this.playing = false;
    this.speed = 1;
    this.range = false;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('years') && this.years && this.years[0] !== this.years[1]) this.range = true;
  }

  override render() {
    const data = this.data;
    const extent = data ? yearExtent(data) : null;
    if (!data || !extent) return nothing;
    const lang = uiLang(this.lang);
    const t = timelineStrings(lang);
    const years = this.years;
    const bins = startHistogram(data, extent);
    const n = bins.length;
    const top = Math.max(1, ...bins.map((b) => b.established + b.proposed));
    const at = (year: number) => `${(((year - extent[0] + 0.5) / n) * 100).toFixed(3)}%`;
    // Bars of partnerships started by the (last) year shown stand out: those may be active in it.
    const inside = (year: number) => !years || year <= years[1];
    const bars = bins.map((b, i) => {
      const e = (b.established / top) * 100;
      const p = (b.proposed / top) * 100;
      const cls = inside(b.year) ? '' : ' out';
      return svg`<rect class=${`established${cls}`} x=${i + 0.15} width="0.7" y=${100 - e} height=${e} />
        ${b.proposed ? svg`<rect class=${`proposed${cls}`} x=${i + 0.15} width="0.7" y=${100 - e - p} height=${p} />` : nothing}`;
    });
    const value = years
      ? years[0] === years[1]
        ? String(years[0])
        : fill(t.yearsRange, { from: years[0], to: years[1] })
      : t.all;
    const counts = this.result?.counts;
    const handles: (0 | 1)[] = this.range ? [0, 1] : [1];
    const handleYear = (i: 0 | 1) => (years ? years[i] : i === 0 ? extent[0] : extent[1]);
    return html`<section aria-label=${t.timeline}>
      <div class="bar">
        <h2>${t.timeline}</h2>
        <span class="value" data-timeline-value>${value}</span>
        <button type="button" data-play aria-pressed=${String(this.playing)} @click=${() => this.ask({ play: true })}>
          ${this.playing ? t.pause : t.play}
        </button>
        <button type="button" data-step="-1" aria-label=${t.stepBack} @click=${() => this.ask({ step: -1 })}>◀</button>
        <button type="button" data-step="1" aria-label=${t.stepForward} @click=${() => this.ask({ step: 1 })}>▶</button>
        <label>
          <input type="checkbox" data-range .checked=${this.range} @change=${this.onRangeMode} />
          ${t.range}
        </label>
        <button type="button" data-all ?disabled=${!years} @click=${() => this.ask({ years: null })}>${t.all}</button>
        <label>
          ${t.speed}
          <select data-speed @change=${(e: Event) => this.ask({ speed: Number((e.target as HTMLSelectElement).value) })}>
            ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === this.speed}>${fill(t.perYear, { s: s.toLocaleString(lang) })}</option>`)}
          </select>
        </label>
      </div>
      <div
        class="track"
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
      >
        <svg class="bars" viewBox=${`0 0 ${n} 100`} preserveAspectRatio="none" role="img" aria-label=${`${t.histogram}: ${bins
          .filter((b) => b.established + b.proposed > 0)
          .map((b) => `${b.year} ${b.established}${b.proposed ? ` + ${b.proposed} ${t.proposed}` : ''}`)
          .join(', ')}`}>${bars}</svg>
        ${years ? html`<div class="selected" style=${`left:${(((Math.max(years[0], extent[0]) - extent[0]) / n) * 100).toFixed(3)}%;right:${(((extent[1] - Math.min(years[1], extent[1])) / n) * 100).toFixed(3)}%`}></div>` : nothing}
        ${handles.map((i) => {
          const year = handleYear(i);
          const shown = Math.max(extent[0], Math.min(extent[1], year));
          return html`<div
            class="handle"
            role="slider"
            tabindex="0"
            data-handle=${this.range ? (i === 0 ? 'from' : 'to') : 'year'}
            aria-label=${this.range ? (i === 0 ? t.from : t.to) : t.year}
            aria-valuemin=${extent[0]}
            aria-valuemax=${extent[1]}
            aria-valuenow=${shown}
            aria-valuetext=${years ? String(year) : t.all}
            style=${`left:${at(shown)}`}
            @keydown=${(e: KeyboardEvent) => this.onKey(e, i, extent)}
          ></div>`;
        })}
        <div class="axis" aria-hidden="true"><span>${extent[0]}</span><span>${extent[1]}</span></div>
      </div>
      <p class="counts" data-timeline-counts>
        <span class="key established" aria-hidden="true"></span>${t.established}
        <span class="key proposed" aria-hidden="true"></span>${t.proposed}
        ${counts ? html` · ${fill(strings(lang).visibleCounts, counts)}` : nothing}
        ${this.result?.undated ? html` · <span data-timeline-undated>${fill(t.undated, { n: this.result.undated })}</span>` : nothing}
      </p>
    </section>`;
  }

  private ask(request: TimelineRequest): void {
    this.dispatchEvent(new CustomEvent('archipelago-timeline', { detail: request, bubbles: true }));
  }

  /** Sets the year of handle `i` (the only one in year mode), keeping a range in order. */
  private setHandle(i: 0 | 1, year: number, extent: [number, number]): void {
    if (!this.range) {
      this.ask({ years: [year, year] });
      return;
    }
    const [from, to] = this.years ?? extent;
    this.ask({ years: i === 0 ? [Math.min(year, to), to] : [from, Math.max(year, from)] });
  }

  private onKey(event: KeyboardEvent, i: 0 | 1, extent: [number, number]): void {
    const command = keyCommand(event.key, 'timeline');
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    const year = this.years ? this.years[i] : extent[1];
    // From "all years", a step back lands on the year before the last, a step on the last.
    const from = this.years === null && command === 'year-up' ? year - 1 : year;
    this.setHandle(i, sliderYear(command as SliderKey, from, extent), extent);
  }

  private readonly onRangeMode = (event: Event) => {
    const data = this.data;
    const extent = data ? yearExtent(data) : null;
    if (!extent) return;
    this.range = (event.target as HTMLInputElement).checked;
    const years = this.years;
    if (this.range) this.ask({ years: years ? [extent[0], years[1]] : extent });
    else this.ask({ years: years ? [years[1], years[1]] : null });
  };

  private yearAt(event: PointerEvent): number | null {
    const extent = this.data ? yearExtent(this.data) : null;
    const track = event.currentTarget as HTMLElement;
    if (!extent) return null;
    const box = track.getBoundingClientRect();
    const n = extent[1] - extent[0] + 1;
    const i = Math.floor(((event.clientX - box.left) / Math.max(1, box.width)) * n);
    return extent[0] + Math.max(0, Math.min(n - 1, i));
  }

  private readonly onPointerDown = (event: PointerEvent) => {
    const year = this.yearAt(event);
    const extent = this.data ? yearExtent(this.data) : null;
    if (year === null || !extent) return;
    const years = this.years ?? extent;
    this.dragging = this.range && Math.abs(year - years[0]) < Math.abs(year - years[1]) ? 0 : 1;
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    this.setHandle(this.dragging, year, extent);
    this.renderRoot.querySelectorAll<HTMLElement>('.handle')[this.range ? this.dragging : 0]?.focus();
    event.preventDefault();
  };

  private readonly onPointerMove = (event: PointerEvent) => {
    if (this.dragging === null) return;
    const year = this.yearAt(event);
    const extent = this.data ? yearExtent(this.data) : null;
    if (year === null || !extent) return;
    const current = this.years?.[this.dragging];
    if (current !== year) this.setHandle(this.dragging, year, extent);
  };

  private readonly onPointerUp = () => {
    this.dragging = null;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'archipelago-timeline': ArchipelagoTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'archipelago-timeline': CustomEvent<TimelineRequest>;
  }
}

// Defining twice (two bundles on one page) must not throw.
if (!customElements.get('archipelago-timeline')) {
  customElements.define('archipelago-timeline', ArchipelagoTimeline);
}
