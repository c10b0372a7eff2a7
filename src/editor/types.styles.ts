import { css } from 'lit';

/** The "Link types" tab: the colour fields and the contrast of the colour on each theme's map. */
export const typesStyles = css`
  .type-color input[type='color'] {
    width: 4em;
    height: 2.2em;
    padding: 2px;
  }
  .contrast-title {
    margin: 8px 0 2px;
    font-weight: 600;
  }
  .contrast {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .contrast li {
    display: flex;
    gap: 6px;
    align-items: flex-start;
    margin: 3px 0;
  }
  .chips {
    display: flex;
    flex: none;
    gap: 2px;
    margin-top: 0.15em;
  }
  /* The colour as a line on a patch of each theme's sea, then of its land. */
  .chip {
    display: inline-flex;
    align-items: center;
    width: 2em;
    height: 1.2em;
    border: 1px solid var(--surface-border);
  }
  .chip span {
    display: block;
    width: 100%;
    height: 3px;
  }
  .contrast-low {
    margin: 4px 0;
    padding: 4px 8px;
    border-inline-start: 4px solid var(--error);
    font-weight: 600;
  }
`;
