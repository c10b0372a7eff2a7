import { css } from 'lit';

/**
 * The timeline under the map (`<archipelago-timeline>`'s own shadow root). Colours are the element's theme
 * tokens, inherited as custom properties.
 */
export const timelineStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font: inherit;
    font-size: 13px;
    color: var(--ink, #14232e);
  }
  /* On a phone its map button names it: the heading gives its room to the buttons. */
  @container (max-width: 360px) {
    h2 {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  :host([theme='projector']) {
    font-size: 24px;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  section {
    padding: 6px 10px 4px;
    border-radius: 8px;
    background: var(--surface, #fff);
    border: 1px solid var(--surface-border, #9fb2bf);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 10px;
  }
  h2 {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }
  .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    min-width: 5ch;
  }
  button,
  select {
    font: inherit;
    color: var(--ink, #14232e);
    background: var(--surface, #fff);
    border: 1px solid var(--muted, #425563);
    border-radius: 6px;
    min-height: 32px;
    min-width: 32px;
    padding: 0 8px;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  .handle:focus-visible {
    outline: 3px solid var(--focus, #0b57d0);
    outline-offset: 2px;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 32px;
  }
  .track {
    position: relative;
    height: 44px;
    margin: 4px 10px 0;
    touch-action: none;
    cursor: pointer;
  }
  :host([theme='projector']) .track {
    height: 84px;
  }
  .bars {
    position: absolute;
    inset: 0 0 18px;
    width: 100%;
    height: calc(100% - 18px);
  }
  .established {
    fill: var(--coast-stroke, #2a6a88);
  }
  .proposed {
    fill: none;
    stroke: var(--ink, #14232e);
    stroke-width: 1.5px;
    stroke-dasharray: 3 2;
    vector-effect: non-scaling-stroke;
  }
  .out {
    opacity: 0.3;
  }
  .axis {
    position: absolute;
    inset: auto 0 0;
    height: 18px;
    border-top: 1px solid var(--muted, #425563);
    display: flex;
    justify-content: space-between;
    font-size: 0.85em;
    color: var(--muted, #425563);
    line-height: 18px;
  }
  .selected {
    position: absolute;
    top: 0;
    bottom: 18px;
    background: var(--focus, #0b57d0);
    opacity: 0.12;
    pointer-events: none;
  }
  /* A 24 px wide target (WCAG 2.5.8) around a 12 px wide grip. */
  .handle {
    position: absolute;
    top: 0;
    bottom: 12px;
    width: 24px;
    margin-inline-start: -12px;
    border-radius: 6px;
  }
  .handle::before {
    content: '';
    position: absolute;
    inset: 0 6px;
    border-radius: 6px;
    background: var(--accent, #c2410c);
    border: 2px solid var(--surface, #fff);
    box-shadow: 0 0 0 1px var(--ink, #14232e);
  }
  .counts {
    margin: 4px 0 0;
    color: var(--muted, #425563);
  }
  .key {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-inline-end: 2px;
  }
  .key.established {
    background: var(--coast-stroke, #2a6a88);
  }
  .key.proposed {
    border: 1.5px dashed var(--ink, #14232e);
  }
`;
