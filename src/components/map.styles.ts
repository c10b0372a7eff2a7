import { css } from 'lit';

/**
 * The map under the overlay: MapLibre's canvas and its focus rings, and the map without WebGL (the
 * simplified SVG map, its attribution and the note that says it is simplified).
 */
export const mapStyles = css`
  .map {
    position: absolute;
    inset: 0;
  }
  .map:focus-visible,
  .map .maplibregl-canvas:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: -3px;
  }
  /* MapLibre's own attribution button: the element's focus ring rather than a faint glow (WCAG 2.4.7). */
  .map .maplibregl-ctrl-attrib-button:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 1px;
    box-shadow: none;
  }

  .simplified {
    position: absolute;
    bottom: 8px;
    left: 50%;
    transform: translateX(-50%);
    z-index: 2;
    max-width: min(90%, 36em);
    margin: 0;
    padding: 4px 10px;
    border-radius: 6px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    font-size: 0.8em;
    text-align: center;
  }
  .frame[data-presenting] .simplified {
    top: 8px;
    bottom: auto;
  }
  .map .simplified-map {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    cursor: grab;
    touch-action: none;
  }
  .map .simplified-attribution {
    position: absolute;
    right: 6px;
    bottom: 4px;
    padding: 1px 6px;
    border-radius: 4px;
    background: var(--surface);
    color: var(--ink);
    font-size: 12px;
  }
`;
