import { html, nothing } from 'lit';
import type { ArchipelagoHost } from './host';
import type { Network } from './network';
import type { TimelineController } from './timeline-controller';

/**
 * Where the timeline goes under the map; `<archipelago-timeline>` itself loads after the map is ready.
 * Not over the table view, and not on a narrow screen, where it would cover most of the map.
 */
export function renderTimeline(host: ArchipelagoHost, network: Network, timing: TimelineController) {
  if (host.tableOpen || host.narrow) return nothing;
  return html`<div class=${host.panelOpen ? 'timeline-slot beside-panel' : 'timeline-slot'}>
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
