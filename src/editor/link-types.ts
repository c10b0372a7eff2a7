import { BASEMAP_THEMES } from '../basemap/style';
import { contrastRatio, drawnColor } from '../overlay/contrast';
import type { Theme } from '../overlay/palette';
import { THEMES } from '../state/options';
import { getAt, type Json, type JsonObject } from './draft';

/** What refers to a link type: a type is deleted only when all three are empty. */
export interface TypeUses {
  links: string[];
  groups: string[];
  /** Chapters whose filters show the type (`filters.linkTypes`). */
  chapters: string[];
}

const items = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const idOf = (item: Json): string => {
  const id = getAt(item, ['id']);
  return typeof id === 'string' ? id : '';
};

export function typeUses(draft: JsonObject, type: string): TypeUses {
  const typed = (list: Json | undefined) =>
    items(list)
      .filter((item) => getAt(item, ['type']) === type)
      .map(idOf);
  return {
    links: typed(draft.links),
    groups: typed(draft.groups),
    chapters: items(draft.chapters)
      .filter((chapter) => items(getAt(chapter, ['filters', 'linkTypes'])).includes(type))
      .map(idOf),
  };
}

export const isUsed = (uses: TypeUses) => uses.links.length + uses.groups.length + uses.chapters.length > 0;

export interface BasemapContrast {
  theme: Theme;
  water: number;
  land: number;
  /** What the map draws instead when the colour is under 3:1 there (`drawnColor`); else the colour. */
  drawn: string;
  /** The lower of the two: links cross sea and land alike, so the weaker ground decides. */
  least: number;
}

/** The contrast of a link colour against the sea and the land of each theme's basemap. */
export function basemapContrast(color: string): BasemapContrast[] {
  return THEMES.map((theme) => {
    const { water, land } = BASEMAP_THEMES[theme];
    const onWater = contrastRatio(color, water);
    const onLand = contrastRatio(color, land);
    return {
      theme,
      water: onWater,
      land: onLand,
      least: Math.min(onWater, onLand),
      drawn: drawnColor(color, theme),
    };
  });
}
