import { css } from 'lit';

/**
 * The data tables view (`<archipelago-tables>`) over the map.
 */
export const tablesStyles = css`
  .tables {
    position: absolute;
    inset: 60px 60px 28px 12px;
    overflow: auto;
    padding: 12px 16px;
    border-radius: 8px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    box-shadow: 0 6px 20px rgba(0, 0, 0, 0.16);
    z-index: 1;
  }
  .tables-head {
    display: flex;
    justify-content: flex-end;
  }
`;
