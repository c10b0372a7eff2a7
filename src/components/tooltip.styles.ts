import { css } from 'lit';

/**
 * The tooltip of the mark under the pointer or focus.
 */
export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: 300px;
    padding: 8px 10px;
    border-radius: 6px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    box-shadow: 0 4px 14px rgba(0, 0, 0, 0.18);
    color: var(--ink);
    font-size: 13px;
    /* The pointer can move onto the tooltip to read it (WCAG 1.4.13: hoverable). */
    pointer-events: auto;
    transform: translate(-50%, calc(-100% - 10px));
  }
  .frame[data-theme='projector'] .tooltip {
    font-size: 24px;
    max-width: 520px;
  }
  .tooltip strong {
    display: block;
    font-size: 1.08em;
  }
  .tooltip .local {
    color: var(--muted);
    font-weight: 400;
  }
  .tooltip p {
    margin: 2px 0 0;
  }
  .tooltip .proposed {
    font-weight: 600;
  }
  .tooltip .unverified {
    font-style: italic;
    color: var(--muted);
  }
`;
