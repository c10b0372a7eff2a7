import { BASEMAP_THEMES } from '../basemap/style';
import { HEX_COLOR_PATTERN } from '../data/schema';
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

/** `hex` moved a fraction `t` of the way to black (`to` 0) or white (`to` 255), channel by channel. */
function mix(hex: string, to: number, t: number): string {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16);
    return Math.round(c + (to - c) * t)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/**
 * The colour a link of a data colour is drawn in on a theme's map. No one colour reaches 3:1 on the light,
 * the dark and the projector basemaps at once (dark grounds want a light line, light ones a dark one), so
 * the colour is used as given where it reaches 3:1 on the sea and the land, and elsewhere darkened (light
 * and projector) or lightened (dark) by the least step of 5 % that reaches it: the hue stays, and the line
 * can always be seen. A `color` that is not `#rrggbb` is returned as it is.
 */
export function drawnColor(color: string, theme: Theme): string {
  if (!HEX_COLOR_PATTERN.test(color)) return color;
  const { water, land } = BASEMAP_THEMES[theme];
  const enough = (c: string) =>
    Math.min(contrastRatio(c, water), contrastRatio(c, land)) >= MIN_MARK_CONTRAST;
  const lower = color.toLowerCase();
  if (enough(lower)) return lower;
  const to = theme === 'dark' ? 255 : 0;
  for (let step = 1; step < 20; step++) {
    const next = mix(lower, to, step / 20);
    if (enough(next)) return next;
  }
  return to === 255 ? '#ffffff' : '#000000';
}
