import type { Theme } from '../overlay/palette';

/**
 * The element's colours per theme, in one place: the stylesheet is built from these, and the contrast
 * test checks them against the basemap's colours. Each can be overridden by the host through the custom
 * property `--archipelago-<name>` (e.g. `--archipelago-island-fill`).
 */
export const THEME_TOKENS: Record<Theme, Record<string, string>> = {
  light: {
    water: '#dde7ee',
    ink: '#14232e',
    muted: '#425563',
    surface: 'rgba(255, 255, 255, 0.94)',
    'surface-border': '#9fb2bf',
    'island-fill': '#efc56b',
    'island-stroke': '#6a4210',
    'coast-stroke': '#2a6a88',
    label: '#14232e',
    halo: 'rgba(250, 248, 242, 0.92)',
    focus: '#0b57d0',
    'focus-inner': '#0b57d0',
    accent: '#c2410c',
    'hull-stroke': '#0b6e63',
    'hull-stroke-2': '#7a3e9d',
    'hull-stroke-3': '#8a5a00',
    'hull-stroke-4': '#1d5fa8',
    error: '#b42318',
  },
  dark: {
    water: '#0f1b2a',
    ink: '#e8eef3',
    muted: '#b4c3cf',
    surface: 'rgba(18, 30, 42, 0.94)',
    'surface-border': '#4a6275',
    'island-fill': '#d9a441',
    'island-stroke': '#fde7b0',
    'coast-stroke': '#7cc4e4',
    label: '#f4f7fa',
    halo: 'rgba(10, 22, 34, 0.9)',
    focus: '#8ab4ff',
    // The light focus ring is as bright as the island fill: a dark outline inside keeps it apart.
    'focus-inner': '#0a1622',
    accent: '#ffb078',
    'hull-stroke': '#4fd1c5',
    'hull-stroke-2': '#d2a8ff',
    'hull-stroke-3': '#f2c46d',
    'hull-stroke-4': '#8ab8ff',
    error: '#b42318',
  },
  projector: {
    water: '#9cbfdc',
    ink: '#000000',
    muted: '#1b1b1b',
    surface: '#ffffff',
    'surface-border': '#000000',
    'island-fill': '#f5b700',
    'island-stroke': '#000000',
    'coast-stroke': '#06304d',
    label: '#000000',
    halo: '#ffffff',
    focus: '#0038a8',
    'focus-inner': '#0038a8',
    accent: '#9c2f00',
    'hull-stroke': '#00574d',
    'hull-stroke-2': '#7a3e9d',
    'hull-stroke-3': '#8a5a00',
    'hull-stroke-4': '#1d5fa8',
    error: '#b42318',
  },
};

/**
 * The token of each group hull hue (`.hue-0` … `.hue-${GROUP_HUES - 1}`, `palette.ts`): overlapping hulls
 * take turns through them.
 */
export const HULL_HUE_TOKENS: readonly string[] = [
  'hull-stroke',
  'hull-stroke-2',
  'hull-stroke-3',
  'hull-stroke-4',
];

/** Short names used inside the stylesheet for a few tokens. */
const ALIAS: Record<string, string> = { water: 'bg' };

/** `--name: var(--archipelago-name, value);` lines for one theme. */
export function tokenDeclarations(theme: Theme): string {
  return Object.entries(THEME_TOKENS[theme])
    .map(([name, value]) => `--${ALIAS[name] ?? name}: var(--archipelago-${name}, ${value});`)
    .join('\n');
}
