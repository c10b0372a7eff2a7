import { css } from 'lit';

/**
 * The legend, which doubles as the filters.
 */
export const legendStyles = css`
  .legend {
    max-height: calc(100% - 130px);
  }

  .legend {
    position: absolute;
    bottom: 28px;
    inset-inline-start: 12px;
    max-width: min(320px, calc(100% - 24px));
    max-height: calc(100% - 60px);
    overflow: auto;
    padding: 10px 12px;
    border-radius: 8px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    font-size: 13px;
  }
  .frame[data-theme='projector'] .legend {
    font-size: 24px;
    max-width: min(560px, calc(100% - 24px));
  }
  .legend.closed {
    padding: 0;
    border: none;
    background: none;
  }
  .legend-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
  }
  .legend h2 {
    margin: 4px 0;
    font-size: 1em;
    font-weight: 700;
  }
  .legend-toggle {
    flex: none;
    font-size: 0.9em;
  }
  .legend:not(.closed) .legend-toggle::after {
    content: ' ×';
  }
  .legend h3 {
    margin: 8px 0 2px;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 1.6em;
  }
  .legend svg {
    flex: none;
    width: 2.4em;
    height: 1.2em;
    overflow: visible;
  }
  .legend .count {
    color: var(--muted);
    margin-inline-start: auto;
    padding-inline-start: 8px;
  }

  .legend .switch {
    display: flex;
    align-items: center;
    gap: 6px;
    min-height: 24px;
    cursor: pointer;
    flex: 1;
  }
  .legend input[type='checkbox'] {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--focus);
  }
  .legend select {
    width: 100%;
  }
  .legend .hint {
    margin: 2px 0 0;
    font-size: 0.85em;
    color: var(--muted);
  }
  .legend-foot {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin-top: 8px;
    padding-top: 6px;
    border-top: 1px solid var(--surface-border);
  }
  .legend .counts {
    margin: 0;
    color: var(--muted);
  }
  .legend-foot button {
    flex: none;
    white-space: nowrap;
  }
`;
