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
}

/** Zoom in, zoom out, reset the view and (with full controls) full screen. */
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
  </div>`;
}
