import { BASEMAP_THEMES } from '../basemap/style';
import { HEX_COLOR_PATTERN } from '../data/schema';
import { THEMES } from '../state/options';
import type { Theme } from './palette';

/** WCAG 1.4.11: a mark that carries meaning needs 3:1 against what it is drawn on. */
export const MIN_MARK_CONTRAST = 3;

/** Relative luminance (WCAG 2.x) of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast ratio (1 to 21) of two opaque `#rrggbb` colours; NaN when either is not one. */
export function contrastRatio(a: string, b: string): number {
  if (!HEX_COLOR_PATTERN.test(a) || !HEX_COLOR_PATTERN.test(b)) return Number.NaN;
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface BasemapContrast {
  theme: Theme;
  water: number;
  land: number;
  /** The lower of the two: links cross sea and land alike, so the weaker ground decides. */
  least: number;
}

/** The contrast of a link colour against the sea and the land of each theme's basemap. */
export function basemapContrast(color: string): BasemapContrast[] {
  return THEMES.map((theme) => {
    const { water, land } = BASEMAP_THEMES[theme];
    const onWater = contrastRatio(color, water);
    const onLand = contrastRatio(color, land);
    return { theme, water: onWater, land: onLand, least: Math.min(onWater, onLand) };
  });
}
