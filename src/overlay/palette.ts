import { HULL_HUE_TOKENS } from '../components/theme-tokens';
import { HEX_COLOR_PATTERN } from '../data/schema';
import { hashString } from '../geo/random';
import { drawnColor } from './contrast';

export type Theme = 'light' | 'dark' | 'projector';

export interface LinkStyle {
  color: string;
  /** SVG stroke-dasharray in px at width 1; scaled with the width. */
  dash: string;
  width: number;
  /** Partnerships with every city at once (branding, markets) stay quieter than pair partnerships. */
  opacity: number;
}

/**
 * Link styles by partnership type. Colours reach 3:1 against both the sea and the land of the matching
 * basemap theme as seen, i.e. at their opacity (WCAG 1.4.11; tests/unit/contrast.test.ts); dashes separate
 * types for readers who do not tell the hues apart.
 */
const TYPE_STYLES: Record<Theme, Record<string, LinkStyle>> = {
  light: {
    'strategic-partnership': { color: '#b3400b', dash: '', width: 3, opacity: 1 },
    'growth-triangle': { color: '#0b6e63', dash: '', width: 2.5, opacity: 1 },
    'twin-city-region': { color: '#0b6e63', dash: '', width: 2.5, opacity: 1 },
    'city-agreement': { color: '#1d5fa8', dash: '', width: 2, opacity: 1 },
    'transnational-cooperation': { color: '#6a3bc4', dash: '7 4', width: 2.5, opacity: 1 },
    'cross-border-region': { color: '#2d7a2d', dash: '', width: 2.5, opacity: 1 },
    'twin-cities': { color: '#a8235a', dash: '', width: 2, opacity: 1 },
    'project-network': { color: '#5b4a9e', dash: '3 3', width: 2, opacity: 1 },
    // Quieter than pair partnerships, but no lower than 0.75: at 0.6 they fell under 3:1 on the light sea.
    'political-branding': { color: '#3f5466', dash: '1.5 4', width: 1.5, opacity: 0.75 },
    markets: { color: '#9a3412', dash: '1.5 4', width: 1.5, opacity: 0.75 },
  },
  dark: {
    'strategic-partnership': { color: '#ff9d5c', dash: '', width: 3, opacity: 1 },
    'growth-triangle': { color: '#4fd1c5', dash: '', width: 2.5, opacity: 1 },
    'twin-city-region': { color: '#4fd1c5', dash: '', width: 2.5, opacity: 1 },
    'city-agreement': { color: '#7fb6ff', dash: '', width: 2, opacity: 1 },
    'transnational-cooperation': { color: '#c4a8ff', dash: '7 4', width: 2.5, opacity: 1 },
    'cross-border-region': { color: '#8fdc7a', dash: '', width: 2.5, opacity: 1 },
    'twin-cities': { color: '#ff8fbf', dash: '', width: 2, opacity: 1 },
    'project-network': { color: '#b7a6ff', dash: '3 3', width: 2, opacity: 1 },
    'political-branding': { color: '#b8c7d6', dash: '1.5 4', width: 1.5, opacity: 0.6 },
    markets: { color: '#ffb38a', dash: '1.5 4', width: 1.5, opacity: 0.6 },
  },
  projector: {
    'strategic-partnership': { color: '#9c2f00', dash: '', width: 5, opacity: 1 },
    'growth-triangle': { color: '#00574d', dash: '', width: 4.5, opacity: 1 },
    'twin-city-region': { color: '#00574d', dash: '', width: 4.5, opacity: 1 },
    'city-agreement': { color: '#003f8c', dash: '', width: 4, opacity: 1 },
    'transnational-cooperation': { color: '#4b1fa3', dash: '7 4', width: 4.5, opacity: 1 },
    'cross-border-region': { color: '#145c14', dash: '', width: 4.5, opacity: 1 },
    'twin-cities': { color: '#8a0f45', dash: '', width: 4, opacity: 1 },
    'project-network': { color: '#3d2d82', dash: '3 3', width: 4, opacity: 1 },
    'political-branding': { color: '#1e2b36', dash: '1.5 3', width: 3, opacity: 1 },
    markets: { color: '#7a2508', dash: '1.5 3', width: 3, opacity: 1 },
  },
};

/** Every type with its own style, so the contrast test can reach the ones no shipped link uses. */
export const KNOWN_LINK_TYPES: readonly string[] = Object.keys(TYPE_STYLES.light);

/** Types a partner's own data introduces get a stable colour from this list. */
export const FALLBACK_COLORS: Record<Theme, readonly string[]> = {
  light: ['#7a4b00', '#005f73', '#9b2226', '#3a5a40', '#5a189a', '#6d4c41'],
  dark: ['#ffd27a', '#7ad7e6', '#ff9a9e', '#a7d49b', '#d0a6ff', '#e0b8a8'],
  projector: ['#5c3400', '#004452', '#7a0f14', '#22402b', '#3c0f70', '#4a2f27'],
};

/**
 * Number of distinct group hull colours (`.hue-0` …), one per hull hue token (`theme-tokens.ts`).
 * Overlapping hulls need their own hues to be told apart.
 */
export const GROUP_HUES = HULL_HUE_TOKENS.length;

/**
 * A dash pattern (`"7 4"`, px at width 1, as the palette writes them) scaled to a line `width` px wide:
 * the lengths of `stroke-dasharray` and of a canvas's `setLineDash`. Empty for a solid line, and for a
 * pattern that is not one (negative, not a number, all zero).
 */
export function scaledDash(dash: string, width: number): number[] {
  if (!dash || dash === 'none') return [];
  const parts = dash
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((p) => Number.parseFloat(p));
  const valid = parts.every((p) => Number.isFinite(p) && p >= 0) && parts.some((p) => p > 0);
  return valid ? parts.map((p) => p * width) : [];
}

/** `scaledDash` as an SVG `stroke-dasharray` value: `none` for a solid line. */
export function dashArray(dash: string, width: number): string {
  const lengths = scaledDash(dash, width);
  return lengths.length > 0 ? lengths.join(' ') : 'none';
}

/**
 * How a proposed link (a recommendation, not a partnership that existed) is drawn: hollow, whatever its
 * type's dash. The line in the type's colour, `outer` px wide and opaque, with a `core` px line in the
 * sea's colour inside it, so two thin edges of the colour show; both carry the type's dash, its gaps
 * scaled to the outer width so that a dotted type becomes a row of small rings rather than a smear.
 */
export interface ProposedMark {
  outer: number;
  core: number;
  /** The type's dash scaled to `outer` (`scaledDash`'s lengths); empty for a solid type. */
  dash: number[];
}

/** Width of each coloured edge of a proposed link: 3:1 needs a line, not a hairline, to be seen. */
const PROPOSED_EDGE: Record<Theme, number> = { light: 1.5, dark: 1.5, projector: 2 };

export function proposedMark(style: LinkStyle, theme: Theme): ProposedMark {
  const core = Math.max(2, style.width);
  const outer = core + 2 * PROPOSED_EDGE[theme];
  // Dashes keep the type's length (a dot stays a short ring), gaps grow with the width, so that the round
  // caps, as wide as the line, do not close them.
  const dash = scaledDash(style.dash, 1).map((p, i) => p * (i % 2 === 0 ? style.width : outer));
  return { outer, core, dash };
}

/**
 * How links of a type are drawn in a theme: the one rule every renderer, the legend and the exports use.
 * `color` is the type's own colour from the data (`linkTypes[].color`): used as given in each theme where
 * it reaches 3:1 on the basemap, else darkened or lightened there until it does (`drawnColor`; the editor
 * shows both and warns), and drawn opaque, so that the contrast measured is the one seen. What is not a
 * `#rrggbb` colour is ignored, whatever reached here; the width and dash stay the type's.
 */
export function linkStyle(type: string, theme: Theme, color?: string): LinkStyle {
  const style = paletteStyle(type, theme);
  return color && HEX_COLOR_PATTERN.test(color)
    ? { ...style, color: drawnColor(color, theme), opacity: 1 }
    : style;
}

function paletteStyle(type: string, theme: Theme): LinkStyle {
  const known = TYPE_STYLES[theme][type];
  if (known) return known;
  const palette = FALLBACK_COLORS[theme];
  return {
    color: palette[hashString(type) % palette.length] ?? '#555',
    dash: '',
    width: theme === 'projector' ? 4 : 2,
    opacity: 1,
  };
}
