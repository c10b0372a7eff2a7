import { css } from 'lit';

/**
 * The timeline's place under the map, the year in large type while it plays, and links and groups fading
 * in and out as the years pass (in the element's own stylesheet; the timeline has its own).
 */
export const timelineSlotStyles = css`
  .big-year {
    position: absolute;
    top: 12px;
    left: 50%;
    transform: translateX(-50%);
    margin: 0;
    padding: 0 16px;
    border-radius: 8px;
    background: var(--surface);
    color: var(--ink);
    font-size: 64px;
    font-weight: 800;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
    pointer-events: none;
  }
  .frame[data-theme='projector'] .big-year {
    font-size: 120px;
  }
  /* Links and groups fade in and out as the years pass (not under reduced motion: they simply change). */
  .frame[data-playing] .overlay .link,
  .frame[data-playing] .overlay .group {
    transition:
      opacity 400ms ease,
      display 400ms allow-discrete;
  }
  .frame[data-playing] .overlay .link[hidden],
  .frame[data-playing] .overlay .group[hidden] {
    opacity: 0;
  }
  @starting-style {
    .frame[data-playing] .overlay .link,
    .frame[data-playing] .overlay .group {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .frame[data-playing] .overlay .link,
    .frame[data-playing] .overlay .group {
      transition: none;
    }
  }
  /*
   * Its height is set before the timeline's code arrives, so the camera keeps the islands above it, and
   * at least as tall as the timeline in one row (114.2 px), so that its arrival moves no inset: a refit
   * of the camera then would cost another idle of the map before ready, and a visible jump.
   */
  .timeline-slot {
    position: absolute;
    bottom: 28px;
    inset-inline-start: 344px;
    inset-inline-end: 60px;
    max-width: 720px;
    min-height: 116px;
  }
  .timeline-slot.beside-panel {
    inset-inline-end: 452px;
  }
  .frame[data-theme='projector'] .timeline-slot {
    inset-inline-start: 600px;
    max-width: none;
    min-height: 200px;
  }
  .frame[data-theme='projector'] .timeline-slot.beside-panel {
    inset-inline-end: 632px;
  }
  /* A narrow element: at the top, between the menu and the map buttons. */
  .timeline-slot.top,
  .frame[data-theme='projector'] .timeline-slot.top {
    top: 60px;
    bottom: auto;
    inset-inline-start: 8px;
    inset-inline-end: 56px;
    max-width: none;
    min-height: 0;
  }
`;
