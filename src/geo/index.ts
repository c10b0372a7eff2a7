export { ARC_DEFAULTS, type ArcOptions, type LinkArc, linkArc, unitArc } from './arc';
export {
  EDGE_DEFAULTS,
  type EdgeIndicator,
  edgeIndicator,
  type IndicatorItem,
  stackIndicators,
} from './edge';
export { groupHull, groupOutline, hullLabelPoint } from './hull';
export {
  coastRings,
  ISLAND_DEFAULTS,
  type IslandOptions,
  islandOutline,
  islandPath,
  islandRadius,
} from './island';
export { LABEL_DEFAULTS, type LabelItem, type LabelOptions, type Placement, placeLabels } from './labels';
export { hashString, seededRandom } from './random';
export type { Point, Project, Viewport } from './types';
