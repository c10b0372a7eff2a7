import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASEMAP_THEMES } from '../../src/basemap/style';
import { HULL_HUE_TOKENS, THEME_TOKENS } from '../../src/components/theme-tokens';
import {
  FALLBACK_COLORS,
  KNOWN_LINK_TYPES,
  linkStyle,
  proposedMark,
  type Theme,
} from '../../src/overlay/palette';
import { shipped } from './shipped';
import { contrast, onGround } from './wcag';

/*
 * WCAG 2.2 AA: text 4.5:1 (1.4.3), marks and focus rings 3:1 (1.4.11) against the basemap they are drawn
 * on. Overlay marks lie on the sea and on the land alike (cities sit on coasts), so both grounds count.
 *
 * Exempt, and so not checked:
 * - faded marks (`.is-faded`, opacity 0.22): they stand for what is filtered out or not selected, the
 *   inactive state 1.4.11 leaves out;
 * - the coast rings around an island (`.coast-1`, `.coast-2`, translucent in overlay.styles.ts): ornament, the
 *   island's edge is already drawn by its land outline. The one ring that carries meaning, `.coast-2` as
 *   the focus ring, is drawn opaque in the focus colour, checked below.
 */

const THEMES: Theme[] = ['light', 'dark', 'projector'];
/** The types the shipped data uses and the ones a partner's data may bring that have their own style. */
const LINK_TYPES = [...new Set([...shipped.linkTypes.map((t) => t.id), ...KNOWN_LINK_TYPES])];

describe('contrast()', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#fff')).toBeCloseTo(4.48, 2);
    expect(contrast('#fff', '#fff')).toBe(1);
    // Half-transparent black on white is mid grey.
    expect(contrast('rgba(0, 0, 0, 0.5)', '#ffffff')).toBeCloseTo(contrast('#808080', '#fff'), 1);
  });

  it('sees a translucent stroke as weaker than an opaque one', () => {
    expect(contrast('#000', '#fff', 0.6)).toBeLessThan(contrast('#000', '#fff'));
  });
});

describe.each(THEMES)('the %s theme against its basemap', (theme) => {
  const base = BASEMAP_THEMES[theme];
  const grounds = { sea: base.water, land: base.land };
  const token = (name: string): string => {
    const value = THEME_TOKENS[theme][name];
    if (value === undefined) throw new Error(`no "${name}" token in the ${theme} theme`);
    return value;
  };
  /** A filled shape with an outline stands out if either its fill or its outline does (1.4.11). */
  const edge = (fill: string, stroke: string, ground: string) =>
    Math.max(contrast(onGround(fill, ground), ground), contrast(stroke, ground));

  it('uses the basemap sea as its own background', () => {
    expect(token('water')).toBe(base.water);
  });

  describe.each(Object.entries(grounds))('on the %s', (_, ground) => {
    it.each(LINK_TYPES)('draws %s links at 3:1 or more, at their opacity', (type) => {
      const style = linkStyle(type, theme);
      expect(contrast(style.color, ground, style.opacity)).toBeGreaterThanOrEqual(3);
    });

    it('draws the data colours of the shipped types (linkTypes[].color), and any other, at 3:1 or more', () => {
      // A data colour is the data's choice, not the palette's: linkStyle draws it darker or lighter where
      // it would fall under 3:1 (overlay/contrast.ts, drawnColor), proposed links' core (the sea) included.
      const shippedColors = shipped.linkTypes.flatMap((t) => (t.color ? [[t.id, t.color] as const] : []));
      const hex = fc
        .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
        .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
      const check = (type: string, color: string) => {
        const style = linkStyle(type, theme, color);
        expect(contrast(style.color, ground, style.opacity), `${type} ${color}`).toBeGreaterThanOrEqual(3);
        expect(contrast(style.color, token('water'))).toBeGreaterThanOrEqual(3);
      };
      for (const [type, color] of shippedColors) check(type, color);
      fc.assert(
        fc.property(fc.constantFrom(...LINK_TYPES), hex, (type, color) => check(type, color)),
        { numRuns: 200 },
      );
    });

    it('draws the links of types it does not know at 3:1 or more', () => {
      const { opacity } = linkStyle('a-type-no-palette-knows', theme);
      for (const color of FALLBACK_COLORS[theme]) {
        expect(contrast(color, ground, opacity)).toBeGreaterThanOrEqual(3);
      }
    });

    it.each(LINK_TYPES)(
      'draws proposed %s links hollow: edges at 3:1 on the ground and on their core',
      (type) => {
        // A proposed link is opaque whatever its type's opacity; its core is the sea's colour (--bg).
        const style = linkStyle(type, theme);
        const mark = proposedMark(style, theme);
        expect(contrast(style.color, ground)).toBeGreaterThanOrEqual(3);
        expect(contrast(style.color, token('water'))).toBeGreaterThanOrEqual(3);
        // Each coloured edge is at least 1.5 px: a hairline would not carry the contrast.
        expect((mark.outer - mark.core) / 2).toBeGreaterThanOrEqual(1.5);
      },
    );

    it('draws proposed links of types it does not know hollow at 3:1', () => {
      for (const color of FALLBACK_COLORS[theme]) {
        expect(contrast(color, ground)).toBeGreaterThanOrEqual(3);
        expect(contrast(color, token('water'))).toBeGreaterThanOrEqual(3);
      }
    });

    it('draws the outlines of proposed groups hollow: every hue at 3:1 on its core', () => {
      for (const name of HULL_HUE_TOKENS)
        expect(contrast(token(name), token('water'))).toBeGreaterThanOrEqual(3);
    });

    it('edges islands and external-partner badges at 3:1 or more', () => {
      expect(edge(token('island-fill'), token('island-stroke'), ground)).toBeGreaterThanOrEqual(3);
      expect(edge(token('surface'), token('island-stroke'), ground)).toBeGreaterThanOrEqual(3);
      // The badge's arrow is filled with the outline colour.
      expect(contrast(token('island-stroke'), ground)).toBeGreaterThanOrEqual(3);
    });

    it('draws focus rings at 3:1 or more, on the map and on panels over it', () => {
      expect(contrast(token('focus'), ground)).toBeGreaterThanOrEqual(3);
      expect(contrast(token('focus'), onGround(token('surface'), ground))).toBeGreaterThanOrEqual(3);
    });

    it('rings a focused island so that the ring stands out from the island too', () => {
      // Inside the ring (.coast-2, in the focus colour) the island's outline takes the inner focus colour:
      // either the same colour, or one that differs from both the ring and the island's fill.
      const inner = token('focus-inner');
      expect(contrast(inner, token('island-fill'))).toBeGreaterThanOrEqual(3);
      if (inner !== token('focus')) expect(contrast(inner, token('focus'))).toBeGreaterThanOrEqual(3);
    });

    it('marks the selected island and the shortest path at 3:1 or more', () => {
      // Both are drawn in the accent: the selected island's outline and the path's links.
      expect(contrast(token('accent'), ground)).toBeGreaterThanOrEqual(3);
    });

    it('writes labels, the selected one too, at 4.5:1 or more on their halo', () => {
      // The halo is translucent: composite it on the ground it covers.
      const halo = onGround(token('halo'), ground);
      expect(contrast(token('label'), halo)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(token('accent'), halo)).toBeGreaterThanOrEqual(4.5);
    });

    it('outlines group hulls of every hue at 3:1 or more, and writes group names at 4.5:1 on their halo', () => {
      const halo = onGround(token('halo'), ground);
      for (const name of HULL_HUE_TOKENS) {
        expect(contrast(token(name), ground)).toBeGreaterThanOrEqual(3);
        expect(contrast(token(name), halo)).toBeGreaterThanOrEqual(4.5);
      }
    });

    it('writes panel text at 4.5:1 or more on the panel surface', () => {
      const surface = onGround(token('surface'), ground);
      expect(contrast(token('ink'), surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(token('muted'), surface)).toBeGreaterThanOrEqual(4.5);
    });

    it('draws the timeline on its surface: bars, handle and axis at 3:1, the year in large type at 4.5:1', () => {
      // timeline.styles.ts: established bars in coast-stroke, proposed outlines in ink, the handle in the
      // accent, the axis in muted; the year while playing is ink on the surface (timeline-slot.styles.ts).
      const surface = onGround(token('surface'), ground);
      for (const name of ['coast-stroke', 'ink', 'accent', 'muted', 'focus']) {
        expect(contrast(token(name), surface), name).toBeGreaterThanOrEqual(3);
      }
      expect(contrast(token('ink'), surface)).toBeGreaterThanOrEqual(4.5);
    });
  });
});

describe('links in the projector theme', () => {
  it('are drawn thicker than in the other themes', () => {
    for (const type of LINK_TYPES) {
      expect(linkStyle(type, 'projector').width).toBeGreaterThan(linkStyle(type, 'light').width);
    }
  });
});

describe('proposedMark', () => {
  it('is wider than the type, with a core inside, and carries the type’s dash scaled to its width', () => {
    const dotted = linkStyle('political-branding', 'light');
    const mark = proposedMark(dotted, 'light');
    expect(mark).toEqual({ outer: 5, core: 2, dash: [2.25, 20] });
    // The gap between two dots is wider than the round caps that close it: rings, not a smear.
    expect(mark.dash[1]!).toBeGreaterThan(mark.outer);
    expect(proposedMark(linkStyle('strategic-partnership', 'projector'), 'projector')).toEqual({
      outer: 9,
      core: 5,
      dash: [],
    });
  });
});
