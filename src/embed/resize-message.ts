/** The message an embedded map sends its parent page so the iframe can take the map's height. */
export interface ResizeMessage {
  type: 'archipelago:resize';
  height: number;
}

export const RESIZE_TYPE = 'archipelago:resize';
