import { css } from 'lit';

/**
 * The dialogs (keyboard help) and their backdrop.
 */
export const dialogStyles = css`
  .dialog-backdrop {
    position: absolute;
    inset: 0;
    z-index: 3;
    display: grid;
    place-items: center;
    background: rgba(0, 0, 0, 0.35);
  }
  .dialog {
    max-width: min(560px, calc(100% - 32px));
    max-height: calc(100% - 32px);
    overflow: auto;
    padding: 16px 20px;
    border-radius: 10px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    color: var(--ink);
  }
  .dialog h2 {
    margin: 0 0 10px;
    font-size: 1.2em;
  }
  .dialog table {
    border-collapse: collapse;
  }
  .dialog th {
    text-align: start;
    padding: 4px 16px 4px 0;
    white-space: nowrap;
    font-weight: 400;
  }
  .dialog td {
    padding: 4px 0;
  }
  kbd {
    font: inherit;
    font-family: ui-monospace, monospace;
    padding: 1px 6px;
    border: 1px solid var(--surface-border);
    border-bottom-width: 2px;
    border-radius: 4px;
  }
`;
