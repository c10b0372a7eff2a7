import { css } from 'lit';
import { controlsStyles } from './controls.styles';
import { dialogStyles } from './dialog.styles';
import { hostStyles } from './host.styles';
import { legendStyles } from './legend.styles';
import { mapStyles } from './map.styles';
import { overlayStyles } from './overlay.styles';
import { panelStyles } from './panel.styles';
import { printStyles } from './print.styles';
import { statusStyles } from './status.styles';
import { storyStyles } from './story.styles';
import { tablesStyles } from './tables.styles';
import { timelineSlotStyles } from './timeline-slot.styles';
import { toolbarStyles } from './toolbar.styles';
import { tooltipStyles } from './tooltip.styles';

/**
 * The element's own look, composed from one stylesheet per part it styles, in cascade order. Every colour
 * is a custom property so hosts can theme it; the three themes set them on the frame (`host.styles.ts`,
 * from `theme-tokens.ts`).
 */
export const elementStyles = css`
  ${hostStyles}
  ${mapStyles}
  ${overlayStyles}
  ${statusStyles}
  ${controlsStyles}
  ${legendStyles}
  ${tooltipStyles}
  ${toolbarStyles}
  ${panelStyles}
  ${tablesStyles}
  ${dialogStyles}
  ${storyStyles}
  ${timelineSlotStyles}
  ${printStyles}
`;
