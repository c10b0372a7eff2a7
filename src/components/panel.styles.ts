import { css } from 'lit';

/**
 * The info panel of the selected city or link (`<archipelago-panel>`), and the shortest path in it.
 */
export const panelStyles = css`
  .panel {
    position: absolute;
    /* Above the toolbar, legend and controls that follow it in the focus order, as before. */
    z-index: 1;
    top: 12px;
    bottom: 28px;
    inset-inline-end: 60px;
    width: min(380px, calc(100% - 84px));
    overflow: auto;
    padding: 14px 16px;
    border-radius: 8px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    box-shadow: 0 6px 20px rgba(0, 0, 0, 0.16);
  }
  .frame[data-theme='projector'] .panel {
    width: min(560px, calc(100% - 84px));
  }
  .frame[data-theme='projector'] archipelago-panel {
    font-size: 24px;
  }
  /* A narrow element (not viewport: an embed can be narrow on a wide screen) has the panel as a bottom
     sheet; after the projector rule, which it overrides at equal specificity. */
  .frame[data-narrow] .panel {
    inset: auto 0 0 0;
    width: auto;
    max-height: 60%;
    border-radius: 10px 10px 0 0;
  }
  .panel:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: -3px;
  }
  .panel .close,
  .dialog .close {
    float: inline-end;
    margin: 0 0 8px 8px;
  }
  .panel .path {
    margin-bottom: 12px;
    padding-bottom: 10px;
    border-bottom: 1px solid var(--surface-border);
  }
  .panel .path h2 {
    margin: 0 0 4px;
    font-size: 1.1em;
  }
  .panel .path ol {
    margin: 4px 0 0;
    padding-inline-start: 1.4em;
  }
  .panel .no-path {
    font-weight: 600;
  }
`;
