import { css, unsafeCSS } from 'lit';
import { tokenDeclarations } from './theme-tokens';

/**
 * The element's own look. Every colour is a custom property so hosts can theme it; the three themes set
 * them on the frame. The overlay keeps its stroke widths in screen pixels whatever the island scale.
 */
export const elementStyles = css`
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
  .legend {
    max-height: calc(100% - 130px);
  }

  .map {
    position: absolute;
    inset: 0;
  }
  .map:focus-visible,
  .map .maplibregl-canvas:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: -3px;
  }
  /* MapLibre's own attribution button: the element's focus ring rather than a faint glow (WCAG 2.4.7). */
  .map .maplibregl-ctrl-attrib-button:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 1px;
    box-shadow: none;
  }
  svg.overlay {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    pointer-events: none;
    font-family: inherit;
  }
  /* Links of a large network (renderer="canvas"), drawn beyond the view's edges and moved as one. */
  .link-canvas,
  svg.overlay.is-picture {
    position: absolute;
    pointer-events: none;
    transform-origin: 0 0;
    will-change: transform;
  }
  .overlay .island,
  .overlay .link,
  .overlay .group {
    pointer-events: visiblePainted;
    transition: opacity 180ms ease;
  }
  .overlay .island {
    cursor: pointer;
    outline: none;
  }
  .overlay .island .hit {
    fill: transparent;
    stroke: none;
  }
  .overlay .land {
    fill: var(--island-fill);
    stroke: var(--island-stroke);
    stroke-width: 1.6px;
    vector-effect: non-scaling-stroke;
  }
  .overlay .coast {
    fill: none;
    stroke: var(--coast-stroke);
    vector-effect: non-scaling-stroke;
  }
  .overlay .coast-1 {
    stroke-width: 1.1px;
    stroke-opacity: 0.75;
  }
  .overlay .coast-2 {
    stroke-width: 0.8px;
    stroke-opacity: 0.45;
  }
  .overlay .indicator .badge {
    fill: var(--surface);
    stroke: var(--island-stroke);
    stroke-width: 2px;
  }
  .overlay .indicator .arrow {
    fill: var(--island-stroke);
  }
  .overlay .island:hover .land,
  .overlay .island.is-selected .land {
    stroke: var(--accent);
    stroke-width: 3px;
  }
  /* The focused island: its outline in the inner focus colour, ringed by the focus colour (.coast-2). */
  .overlay .island:focus-visible .land {
    stroke: var(--focus-inner);
    stroke-width: 4px;
  }
  .overlay .island:focus-visible .badge {
    stroke: var(--focus);
    stroke-width: 4px;
  }
  .overlay .island:focus-visible .coast-2 {
    stroke: var(--focus);
    stroke-width: 3px;
    stroke-opacity: 1;
    stroke-dasharray: none;
  }
  .overlay .is-faded {
    opacity: 0.22;
  }
  .overlay .link-line {
    fill: none;
    stroke: var(--link-color);
    stroke-width: calc(var(--link-width) * var(--link-scale));
    stroke-linecap: round;
    stroke-opacity: var(--link-opacity, 1);
    /* While the camera moves a link is a unit curve under a matrix: widths and dashes stay in screen px. */
    vector-effect: non-scaling-stroke;
  }
  .overlay .link.is-active .link-line,
  .overlay .link:hover .link-line {
    stroke-opacity: 1;
  }
  .overlay .link-hit {
    fill: none;
    stroke: transparent;
    stroke-width: 14px;
  }
  .overlay .link:hover .link-line,
  .overlay .link.is-selected .link-line {
    stroke-width: calc(var(--link-width) * var(--link-scale) + 2px);
  }
  .group.hue-1,
  .legend .hue-1 {
    --hull-stroke: var(--archipelago-hull-stroke-2, #7a3e9d);
  }
  .group.hue-2,
  .legend .hue-2 {
    --hull-stroke: var(--archipelago-hull-stroke-3, #8a5a00);
  }
  .group.hue-3,
  .legend .hue-3 {
    --hull-stroke: var(--archipelago-hull-stroke-4, #1d5fa8);
  }
  .frame[data-theme='dark'] .hue-1 {
    --hull-stroke: var(--archipelago-hull-stroke-2, #d2a8ff);
  }
  .frame[data-theme='dark'] .hue-2 {
    --hull-stroke: var(--archipelago-hull-stroke-3, #f2c46d);
  }
  .frame[data-theme='dark'] .hue-3 {
    --hull-stroke: var(--archipelago-hull-stroke-4, #8ab8ff);
  }
  .overlay .hull {
    fill: var(--hull-stroke);
    fill-opacity: 0.05;
    stroke: var(--hull-stroke);
    stroke-width: 1.5px;
    stroke-dasharray: 5 4;
  }
  .overlay .group-label {
    fill: var(--hull-stroke);
    font-size: calc(var(--label-size) * 0.8);
    font-style: italic;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--halo);
    stroke-width: 4px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .overlay .city-label {
    fill: var(--label);
    font-size: var(--label-size);
    font-weight: 650;
    paint-order: stroke;
    stroke: var(--halo);
    stroke-width: 4px;
    stroke-linejoin: round;
    pointer-events: none;
    transition: opacity 180ms ease;
  }
  .overlay .city-label.external {
    font-weight: 500;
    font-style: italic;
  }
  .overlay .city-label.is-selected {
    fill: var(--accent);
  }
  .overlay .leader line {
    stroke: var(--island-stroke);
    stroke-width: 1.2px;
    stroke-dasharray: 2 2;
  }
  .overlay .leader circle {
    fill: var(--island-stroke);
  }

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
    border: 2px solid #b42318;
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
  .tooltip .unverified {
    font-style: italic;
    color: var(--muted);
  }

  .toolbar {
    position: absolute;
    top: 12px;
    inset-inline-start: 12px;
    inset-inline-end: 64px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    pointer-events: none;
  }
  .toolbar > *,
  .toolbar-items > * {
    pointer-events: auto;
  }
  .toolbar-items {
    display: contents;
  }
  .toolbar.folded {
    flex-direction: column;
    align-items: stretch;
  }
  .toolbar.folded .toolbar-items {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 8px;
    padding: 10px;
    border-radius: 8px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    box-shadow: 0 6px 20px rgba(0, 0, 0, 0.16);
    z-index: 2;
  }
  .toolbar.folded archipelago-search {
    width: 100%;
  }
  .export {
    position: relative;
  }
  .export-menu {
    position: absolute;
    top: calc(100% + 4px);
    inset-inline-start: 0;
    z-index: 3;
    min-width: 16em;
    margin: 0;
    padding: 6px;
    list-style: none;
    border-radius: 8px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    box-shadow: 0 6px 20px rgba(0, 0, 0, 0.16);
  }
  .export-menu button {
    width: 100%;
    text-align: start;
    border: none;
    background: none;
  }
  .export-menu button:hover {
    background: var(--bg);
  }
  :host([exporting]) .overlay * {
    transition: none !important;
  }
  .menu-button {
    align-self: flex-start;
  }
  .toolbar archipelago-search {
    width: min(280px, 100%);
  }
  .frame[data-theme='projector'] .toolbar archipelago-search {
    width: min(440px, 100%);
  }
  .tool {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 36px;
    padding: 0 8px;
    border-radius: 6px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    color: var(--ink);
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
  .legend fieldset {
    border: none;
    margin: 8px 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
  }
  .legend legend {
    padding: 0;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .legend fieldset label {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .legend input[type='number'] {
    font: inherit;
    width: 5.2em;
    min-height: 28px;
    color: var(--ink);
    background: var(--surface);
    border: 1px solid var(--muted);
    border-radius: 5px;
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
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }

  @media (max-width: 599px) {
    .panel {
      inset: auto 0 0 0 !important;
      width: auto !important;
      max-height: 60%;
      border-radius: 10px 10px 0 0;
    }
  }
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
  .frame[data-theme='projector'] .overlay .group-label {
    font-size: var(--label-size);
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
  .overlay .link.is-path .link-line {
    stroke: var(--accent);
    stroke-width: calc(var(--link-width) * var(--link-scale) + 3px);
    stroke-dasharray: none;
    stroke-opacity: 1;
  }
  .overlay [hidden] {
    display: none;
  }

  .frame:focus {
    outline: none;
  }
  .story {
    position: absolute;
    inset-inline: 0;
    bottom: 0;
    display: grid;
    gap: 8px;
    padding: 16px 24px 14px;
    background: linear-gradient(to top, var(--surface) 70%, transparent);
    color: var(--ink);
    pointer-events: none;
  }
  .story > * {
    pointer-events: auto;
  }
  .story .caption {
    max-width: 70em;
  }
  .story h2 {
    margin: 0;
    font-size: 1.7em;
    line-height: 1.2;
  }
  .story p {
    margin: 4px 0 0;
    font-size: 1.2em;
    line-height: 1.4;
  }
  .frame[data-theme='projector'] .story h2 {
    font-size: 44px;
  }
  .frame[data-theme='projector'] .story p {
    font-size: 28px;
  }
  .story-bar {
    padding-inline-end: 120px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 8px;
    flex: 1;
    min-width: 8em;
    color: var(--muted);
    font-variant-numeric: tabular-nums;
  }
  .progress .track {
    flex: 1;
    height: 4px;
    border-radius: 2px;
    background: var(--surface-border);
  }
  .progress .done {
    height: 100%;
    border-radius: 2px;
    background: var(--muted);
  }
  .blackout {
    position: absolute;
    inset: 0;
    z-index: 5;
    background: #000;
  }
  .notice {
    position: absolute;
    top: 12px;
    left: 50%;
    transform: translateX(-50%);
    z-index: 4;
    padding: 8px 14px;
    border-radius: 6px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
  }
  .simplified {
    position: absolute;
    bottom: 8px;
    left: 50%;
    transform: translateX(-50%);
    z-index: 2;
    max-width: min(90%, 36em);
    margin: 0;
    padding: 4px 10px;
    border-radius: 6px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    font-size: 0.8em;
    text-align: center;
  }
  .frame[data-presenting] .simplified {
    top: 8px;
    bottom: auto;
  }
  .map .fallback-map {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    cursor: grab;
    touch-action: none;
  }
  .map .fallback-attribution {
    position: absolute;
    right: 6px;
    bottom: 4px;
    padding: 1px 6px;
    border-radius: 4px;
    background: var(--surface);
    color: var(--ink);
    font-size: 12px;
  }

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

  @media (prefers-reduced-motion: reduce) {
    .overlay .island,
    .overlay .link,
    .overlay .group,
    .overlay .city-label {
      transition: none;
    }
  }
`;
