import { css } from 'lit';

/**
 * The loading note and the error box (invalid data, unreachable basemap) over the map.
 */
export const statusStyles = css`
  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    pointer-events: none;
  }
  .loading {
    padding: 0.6em 1em;
    border-radius: 8px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    color: var(--ink);
  }
  .error {
    pointer-events: auto;
    max-width: min(640px, calc(100% - 32px));
    max-height: calc(100% - 32px);
    overflow: auto;
    padding: 1em 1.25em;
    border-radius: 8px;
    background: var(--surface);
    border: 2px solid var(--error);
    color: var(--ink);
  }
  .error h2 {
    margin: 0 0 0.5em;
    font-size: 1.1em;
    color: inherit;
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
`;
