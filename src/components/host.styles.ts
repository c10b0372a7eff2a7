import { css, unsafeCSS } from 'lit';
import { tokenDeclarations } from './theme-tokens';

/**
 * The host's box, and the frame inside it that carries the theme: the colour tokens of each theme
 * (`theme-tokens.ts`) as custom properties, the label size and the link scale.
 */
export const hostStyles = css`
  :host {
    display: block;
    position: relative;
    width: 100%;
    height: 100%;
    min-height: 320px;
    box-sizing: border-box;
    contain: layout paint;
    font: 400 15px/1.4 var(--archipelago-font-family, 'Noto Sans', system-ui, sans-serif);
    letter-spacing: normal;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .frame {
    ${unsafeCSS(tokenDeclarations('light'))}
    --label-size: var(--archipelago-label-size, 15px);
    --link-scale: var(--archipelago-link-scale, 1);
    position: absolute;
    inset: 0;
    overflow: hidden;
    background: var(--bg);
    color: var(--ink);
    /* Set again inside the shadow root: a host page's own rules on the host ("* { font: … }") win over
       :host, and fonts inherit. */
    font: 400 15px/1.4 var(--archipelago-font-family, 'Noto Sans', system-ui, sans-serif);
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    box-sizing: border-box;
  }
  .frame[data-theme='dark'] {
    ${unsafeCSS(tokenDeclarations('dark'))}
  }
  .frame[data-theme='projector'] {
    ${unsafeCSS(tokenDeclarations('projector'))}
    --label-size: var(--archipelago-label-size, 26px);
    font-size: 24px;
  }

  .frame:focus {
    outline: none;
  }
`;
