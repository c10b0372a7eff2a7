import { css, unsafeCSS } from 'lit';
import { HULL_HUE_TOKENS } from './theme-tokens';

/**
 * Overlapping hulls take turns through the hull hues (`.hue-1` … set on groups and legend rows): each
 * hue's custom property, with the frame's token of that hue as its fallback. The first hue is the frame's
 * own `--hull-stroke`. The host's property is read at the group itself, so that a `::part(group)` rule
 * setting it applies there.
 */
function hueRules(): string {
  return HULL_HUE_TOKENS.slice(1)
    .map(
      (token, i) => `.group.hue-${i + 1},
  .legend .hue-${i + 1} {
    --hull-stroke: var(--archipelago-${token}, var(--${token}));
  }`,
    )
    .join('\n  ');
}

/**
 * The overlay (`src/overlay/`): islands, edge-indicator badges, links, group hulls, labels and leader
 * lines. Stroke widths stay in screen pixels whatever the island scale (`vector-effect`).
 */
export const overlayStyles = css`
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
  /*
   * A proposed link is hollow (palette.ts, proposedMark): its line, widened and opaque, with a core in
   * the sea's colour inside, whatever the type's dash. Hover and selection widen the line, so the
   * coloured edges grow and the core stays.
   */
  .overlay .link-core {
    fill: none;
    stroke: var(--bg);
    stroke-width: calc(var(--link-core-width) * var(--link-scale));
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .overlay .link.is-path .link-core {
    stroke-dasharray: none;
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
  ${unsafeCSS(hueRules())}
  .overlay .hull {
    fill: var(--hull-stroke);
    fill-opacity: 0.05;
    stroke: var(--hull-stroke);
    stroke-width: 1.5px;
    stroke-dasharray: 5 4;
  }
  /* A proposed group's outline is hollow too: a wide dashed line with a core in the sea's colour. */
  .overlay .group.is-proposed .hull {
    stroke-width: 5px;
    stroke-dasharray: 8 10;
    stroke-linecap: round;
  }
  .overlay .hull-core {
    fill: none;
    stroke: var(--bg);
    stroke-width: 2px;
    stroke-dasharray: 8 10;
    stroke-linecap: round;
    pointer-events: none;
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
  .frame[data-theme='projector'] .overlay .group-label {
    font-size: var(--label-size);
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

  @media (prefers-reduced-motion: reduce) {
    .overlay .island,
    .overlay .link,
    .overlay .group,
    .overlay .city-label {
      transition: none;
    }
  }
`;
