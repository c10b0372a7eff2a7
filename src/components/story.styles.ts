import { css } from 'lit';

/**
 * Story mode: caption, step bar and progress, the presenter's blackout and notices.
 */
export const storyStyles = css`
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
`;
