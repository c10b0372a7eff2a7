import { describe, expect, it } from 'vitest';
import { BASEMAP_THEMES } from '../../src/basemap/style';
import { THEME_TOKENS } from '../../src/components/theme-tokens';
import { linkStyle, type Theme } from '../../src/overlay/palette';
import { shipped } from './shipped';
import { contrast, onGround } from './wcag';

const THEMES: Theme[] = ['light', 'dark', 'projector'];
const LINK_TYPES = shipped.linkTypes.map((t) => t.id);

describe('contrast()', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#fff')).toBeCloseTo(4.48, 2);
    expect(contrast('#fff', '#fff')).toBe(1);
    // Half-transparent black on white is mid grey.
    expect(contrast('rgba(0, 0, 0, 0.5)', '#ffffff')).toBeCloseTo(contrast('#808080', '#fff'), 1);
  });
});

describe.each(THEMES)('the %s theme against its basemap', (theme) => {
  const tokens = THEME_TOKENS[theme];
  const base = BASEMAP_THEMES[theme];

  it('uses the basemap sea as its own background', () => {
    expect(tokens.water).toBe(base.water);
  });

  it('outlines islands at 3:1 or more against sea and land', () => {
    for (const ground of [base.water, base.land]) {
      expect(contrast(tokens['island-stroke'] ?? '', ground)).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws focus rings at 3:1 or more against sea and land', () => {
    for (const ground of [base.water, base.land]) {
      expect(contrast(tokens.focus ?? '', ground)).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes labels at 4.5:1 or more on their halo', () => {
    // The halo is composited on the ground it covers; check both grounds.
    for (const ground of [base.water, base.land]) {
      expect(contrast(tokens.label ?? '', onGround(tokens.halo ?? '', ground))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('writes panel text at 4.5:1 or more on the panel surface', () => {
    const surface = onGround(tokens.surface ?? '', base.land);
    expect(contrast(tokens.ink ?? '', surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tokens.muted ?? '', surface)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('links in the projector theme', () => {
  it.each(LINK_TYPES)('%s reaches 3:1 against sea and land', (type) => {
    const style = linkStyle(type, 'projector');
    const base = BASEMAP_THEMES.projector;
    for (const ground of [base.water, base.land]) {
      expect(contrast(style.color, ground, style.opacity)).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws links at least as thick as in the other themes', () => {
    for (const type of LINK_TYPES) {
      expect(linkStyle(type, 'projector').width).toBeGreaterThan(linkStyle(type, 'light').width);
    }
  });
});
