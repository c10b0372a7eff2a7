import { css } from 'lit';

/** The Chapters tab: its list with drag handles and where a dragged chapter would land. */
export const chapterStyles = css`
  .chapters li {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .chapters .grip {
    flex: none;
    display: grid;
    place-items: center;
    width: 28px;
    min-height: 32px;
    color: var(--muted);
    cursor: grab;
    touch-action: none;
    user-select: none;
  }
  .chapters li[data-dragging] {
    opacity: 0.6;
  }
  .chapters li[data-dragging] .grip {
    cursor: grabbing;
  }
  .chapters li[data-drop='before'] {
    box-shadow: inset 0 3px 0 var(--focus);
  }
  .chapters li[data-drop='after'] {
    box-shadow: inset 0 -3px 0 var(--focus);
  }
  .chapters .n {
    color: var(--muted);
    font-variant-numeric: tabular-nums;
  }
  /* Moving past either end stays a focusable button (the focus is not lost as it reaches the end). */
  .story-actions button[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--muted);
    border-style: dashed;
  }
  .view-summary {
    margin: 2px 0;
  }
`;
