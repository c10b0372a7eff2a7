import { css } from 'lit';

/** The map's editing modes in the panel, and the line drawn over the map while a gesture runs. */
export const gestureStyles = css`
  .modes [aria-pressed='true'] {
    border: 2px solid var(--ink);
    font-weight: 600;
  }
  /* A finger on an island drags it (or draws from it) instead of panning the map. */
  archipelago-map::part(island) {
    touch-action: none;
  }
  .gesture-preview {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
    overflow: visible;
  }
  .gesture-preview line {
    stroke: var(--accent);
    stroke-width: 3;
    stroke-dasharray: 6 4;
  }
  .gesture-preview line.hit {
    stroke-dasharray: none;
  }
  .gesture-preview circle {
    fill: var(--accent);
  }
  .gesture-preview .ghost {
    fill: none;
    stroke: var(--ink);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
`;
