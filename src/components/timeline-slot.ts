import { html, nothing } from 'lit';
import type { ArchipelagoHost } from './host';
import type { Network } from './network';
import type { TimelineController } from './timeline-controller';

/**
 * Where the timeline goes: under the map where it fits; elsewhere (a narrow or short element) folded into a
 * map button that opens it, with its own close button (and Escape). On a narrow element it sits at the top,
 * over the empty north: the camera can keep every city clear of it there, which the region's bounds do
 * not allow at the bottom. `<archipelago-timeline>` itself loads after the map is ready.
 */
export function renderTimeline(host: ArchipelagoHost, network: Network, timing: TimelineController) {
  const folded = timing.folded;
  const where = host.narrow ? 'top' : host.panelOpen ? 'beside-panel' : '';
  // Escape in the opened timeline folds it again, back to its map button (which also closes it).
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !folded) return;
    event.stopPropagation();
    host.timelineOpen = false;
    void host.updateComplete.then(() =>
      host.renderRoot.querySelector<HTMLElement>('[data-timeline-toggle]')?.focus(),
    );
  };
  return html`<div
    id="timeline-slot"
    class=${['timeline-slot', folded ? 'folded' : '', where].filter(Boolean).join(' ')}
    @keydown=${onKey}
  >
    <archipelago-timeline
      .data=${network.dataset}
      lang=${host.uiLang}
      theme=${host.activeTheme}
      .years=${host.filters.years}
      .result=${network.filtered}
      ?playing=${timing.playing}
      .speed=${timing.speed}
      @archipelago-timeline=${(e: CustomEvent) => timing.request(e.detail)}
    ></archipelago-timeline>
  </div>`;
}

/** The year in large type over the map while the years play; the live region says it, so hidden from it. */
export function renderBigYear(year: number | null) {
  return year === null ? nothing : html`<p class="big-year" data-big-year aria-hidden="true">${year}</p>`;
}
