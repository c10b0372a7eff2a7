import { css } from 'lit';

/**
 * Buttons and form fields everywhere in the element, and the zoom controls.
 */
export const controlsStyles = css`
  .controls {
    position: absolute;
    top: 12px;
    inset-inline-end: 12px;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  button {
    font: inherit;
    color: var(--ink);
    background: var(--surface);
    border: 1px solid var(--surface-border);
    border-radius: 6px;
    min-width: 36px;
    min-height: 36px;
    padding: 0 8px;
    cursor: pointer;
    line-height: 1;
  }
  button:hover {
    border-color: var(--ink);
  }
  button:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  .controls button {
    position: relative;
  }
  /* The folded timeline's button: a dot says a year or range is set. */
  .controls .year-dot {
    position: absolute;
    top: 3px;
    inset-inline-end: 3px;
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--accent);
  }
  .controls button svg {
    width: 18px;
    height: 18px;
    display: block;
    margin: auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  select {
    font: inherit;
    color: var(--ink);
    background: var(--surface);
    /* --muted, not --surface-border: a field's edge needs 3:1 against the surface (WCAG 1.4.11). */
    border: 1px solid var(--muted);
    border-radius: 5px;
    min-height: 28px;
    max-width: 100%;
  }
  select:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 1px;
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
`;
