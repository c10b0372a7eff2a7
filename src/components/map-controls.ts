import { html, nothing } from 'lit';
import type { Strings } from '../i18n/strings';

export interface MapControlsProps {
  t: Strings;
  /** Full screen is offered with `controls="full"` only. */
  full: boolean;
  fullscreen: boolean;
  onZoom: (delta: number) => void;
  onReset: () => void;
  onFullscreen: () => void;
  /** The folded timeline's button (no room for it under the map), or null when it is not folded. */
  timeline: { open: boolean; years: readonly [number, number] | null } | null;
  onTimeline: () => void;
}

/** Zoom in, zoom out, reset the view, (with full controls) full screen, and the folded timeline. */
export function renderMapControls(p: MapControlsProps) {
  const t = p.t;
  const fullscreenLabel = p.fullscreen ? t.exitFullscreen : t.fullscreen;
  return html`<div class="controls">
    <button type="button" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => p.onZoom(1)}>
      <svg viewBox="0 0 18 18" aria-hidden="true"><path d="M9 3v12M3 9h12" /></svg>
    </button>
    <button type="button" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => p.onZoom(-1)}>
      <svg viewBox="0 0 18 18" aria-hidden="true"><path d="M3 9h12" /></svg>
    </button>
    <button type="button" aria-label=${t.resetView} title=${t.resetView} @click=${p.onReset}>
      <svg viewBox="0 0 18 18" aria-hidden="true"><path d="M3 9a6 6 0 1 0 2-4.5M3 3v3h3" /></svg>
    </button>
    ${
      p.full
        ? html`<button type="button" aria-label=${fullscreenLabel} title=${fullscreenLabel} @click=${p.onFullscreen}>
          <svg viewBox="0 0 18 18" aria-hidden="true"><path d="M3 7V3h4M11 3h4v4M15 11v4h-4M7 15H3v-4" /></svg>
        </button>`
        : nothing
    }
    ${p.timeline ? renderTimelineButton(p, p.timeline) : nothing}
  </div>`;
}

function renderTimelineButton(p: MapControlsProps, timeline: NonNullable<MapControlsProps['timeline']>) {
  const years = timeline.years;
  const shown = years ? (years[0] === years[1] ? `${years[0]}` : `${years[0]}–${years[1]}`) : '';
  const label = timeline.open ? p.t.timelineHide : shown ? `${p.t.timelineShow}: ${shown}` : p.t.timelineShow;
  return html`<button
    type="button"
    data-timeline-toggle
    aria-label=${label}
    title=${label}
    aria-expanded=${String(timeline.open)}
    aria-controls="timeline-slot"
    @click=${p.onTimeline}
  >
    ${
      timeline.open
        ? html`<svg viewBox="0 0 18 18" aria-hidden="true"><path d="M4 4l10 10M14 4L4 14" /></svg>`
        : html`<svg viewBox="0 0 18 18" aria-hidden="true"><circle cx="9" cy="9" r="6.5" /><path d="M9 5v4l3 2" /></svg>`
    }
    ${shown ? html`<span class="year-dot" aria-hidden="true"></span>` : nothing}
  </button>`;
}
