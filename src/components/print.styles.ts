import { css } from 'lit';

/**
 * Printing: the picture without the controls.
 */
export const printStyles = css`
  @media print {
    .controls,
    .toolbar,
    .story-bar,
    .tooltip,
    .legend-toggle,
    .legend .filter-heading,
    .legend input,
    .legend select,
    .legend fieldset,
    .legend-foot button,
    .panel .close {
      display: none !important;
    }
    .story {
      background: var(--surface);
    }
  }
`;
