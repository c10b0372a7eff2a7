import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASEMAP_THEMES } from '../../src/basemap/style';
import { validateDataset } from '../../src/data/validate';
import { applyEdit, type JsonObject } from '../../src/editor/draft';
import { basemapContrast, typeUses } from '../../src/editor/link-types';
import { contrastRatio, drawnColor } from '../../src/overlay/contrast';
import { overlayModel } from '../../src/overlay/from-dataset';
import { canvasLinksOf } from '../../src/overlay/large-network';
import { linkStyle } from '../../src/overlay/palette';
import { shipped, shippedRaw } from './shipped';
import { contrast } from './wcag';

const withColor = (color: unknown, at = 2) => {
  const linkTypes = (shippedRaw.linkTypes as object[]).map((t, i) => (i === at ? { ...t, color } : t));
  return validateDataset({ ...shippedRaw, linkTypes });
};

describe('linkTypes[].color', () => {
  it('takes #rrggbb in either case', () => {
    for (const color of ['#1d5fa8', '#ABCDEF', '#000000']) expect(withColor(color).ok, color).toBe(true);
  });

  it.each([
    'red',
    '#abc',
    '#1d5fa8ff',
    ' #1d5fa8',
    'url(javascript:alert(1))',
    '#000000;}</style><script>alert(1)</script>',
    'var(--ink)',
    'rgb(0, 0, 0)',
    '',
    12,
  ])('refuses %j with a message at its path', (color) => {
    const result = withColor(color);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue?.path).toBe('linkTypes[2].color');
    expect(issue?.code).toBe('schema');
    if (typeof color === 'string')
      expect(issue?.message).toBe(
        `a colour must be "#" and six hex digits such as "#1d5fa8"; got ${JSON.stringify(color)}`,
      );
  });
});

describe('contrastRatio', () => {
  it('gives the WCAG ratio of two colours, whichever comes first', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#dde7ee', '#dde7ee')).toBe(1);
    expect(contrastRatio('#1d5fa8', '#dde7ee')).toBeCloseTo(5.143375, 6);
    expect(contrastRatio('#1D5FA8', '#0f1b2a')).toBeCloseTo(2.688564, 6);
  });

  it('agrees with the test suite’s own WCAG helper for any two colours', () => {
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        expect(contrastRatio(a, b)).toBeCloseTo(contrast(a, b), 10);
      }),
    );
  });

  it('gives NaN for what is not #rrggbb', () => {
    expect(contrastRatio('red', '#ffffff')).toBeNaN();
    expect(contrastRatio('#fff', '#ffffff')).toBeNaN();
  });
});

describe('basemapContrast', () => {
  it('measures a colour on the sea and the land of each theme, the weaker ground deciding', () => {
    const rows = basemapContrast('#808080');
    expect(rows.map((r) => r.theme)).toEqual(['light', 'dark', 'projector']);
    const rounded = rows.map((r) => [r.water, r.land, r.least].map((x) => Math.round(x * 1e6) / 1e6));
    expect(rounded).toEqual([
      [3.148156, 3.595493, 3.148156],
      [4.392507, 3.478614, 3.478614],
      [2.049828, 3.65452, 2.049828],
    ]);
  });

  it('finds a colour close to the light sea too weak there and strong in the dark', () => {
    const [light, dark, projector] = basemapContrast('#ccdde8');
    expect(light?.least).toBeLessThan(3);
    expect(dark?.least).toBeGreaterThan(9);
    expect(projector?.least).toBeLessThan(3);
  });
});

const hex = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
const THEMES = ['light', 'dark', 'projector'] as const;

describe('drawnColor', () => {
  it('keeps a colour that reaches 3:1 on the sea and the land of the theme', () => {
    expect(drawnColor('#1d5fa8', 'light')).toBe('#1d5fa8');
    expect(drawnColor('#1D5FA8', 'projector')).toBe('#1d5fa8');
    expect(drawnColor('#ccdde8', 'dark')).toBe('#ccdde8');
  });

  it('darkens it on the light maps and lightens it on the dark one, by the least 5 % step that reaches 3:1', () => {
    // #1d5fa8 is 2.1:1 on the dark land; 20 % of the way to white reaches 3:1, 15 % (#3f77b5) does not.
    expect(drawnColor('#1d5fa8', 'dark')).toBe('#4a7fb9');
    expect(contrastRatio('#4a7fb9', '#252e39')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio('#3f77b5', '#252e39')).toBeLessThan(3);
    // Near the light sea: 40 % of the way to black.
    expect(drawnColor('#ccdde8', 'light')).toBe('#7a858b');
  });

  it('draws any colour at 3:1 or more on the sea and the land of every theme', () => {
    fc.assert(
      fc.property(hex, (color) => {
        for (const row of basemapContrast(color)) {
          const { water, land } = BASEMAP_THEMES[row.theme];
          expect(contrastRatio(row.drawn, water)).toBeGreaterThanOrEqual(3);
          expect(contrastRatio(row.drawn, land)).toBeGreaterThanOrEqual(3);
          if (row.least >= 3) expect(row.drawn).toBe(color);
        }
      }),
    );
  });
});

describe('linkStyle with a data colour', () => {
  it('draws the data colour (as drawnColor gives it) in every theme, opaque, with the type’s width and dash', () => {
    for (const theme of THEMES) {
      const palette = linkStyle('political-branding', theme);
      const own = linkStyle('political-branding', theme, '#1d5fa8');
      expect(own).toEqual({ ...palette, color: drawnColor('#1d5fa8', theme), opacity: 1 });
    }
    expect(linkStyle('markets', 'light', '#1d5fa8').color).toBe('#1d5fa8');
  });

  it('keeps the palette colour when the data has none, or has something that is no #rrggbb', () => {
    const palette = linkStyle('markets', 'dark');
    expect(linkStyle('markets', 'dark', undefined)).toEqual(palette);
    expect(linkStyle('markets', 'dark', 'url(x)')).toEqual(palette);
    expect(linkStyle('markets', 'dark', '#000000;}</style>')).toEqual(palette);
  });

  it('reaches the overlay: each link carries its type’s data colour', () => {
    const dataset = {
      ...shipped,
      linkTypes: shipped.linkTypes.map((t, i) => (i === 0 ? { ...t, color: '#123456' } : t)),
    };
    const first = dataset.linkTypes[0]?.id;
    const model = overlayModel(dataset, {
      lang: 'en',
      words: { population: 'p', offMap: 'o', links: 'l', proposed: 'x' },
    });
    const coloured = model.links.filter((l) => l.color === '#123456');
    expect(coloured.length).toBeGreaterThan(0);
    expect(coloured.every((l) => l.type === first)).toBe(true);
    expect(model.links.filter((l) => l.type !== first).every((l) => l.color === undefined)).toBe(true);
    // The canvas of a large network gets it too.
    expect(canvasLinksOf(model.links).filter((l) => l.color === '#123456')).toHaveLength(coloured.length);
  });
});

describe('editing link types', () => {
  const draft: JsonObject = {
    linkTypes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    links: [
      { id: 'l1', type: 'a' },
      { id: 'l2', type: 'b' },
    ],
    groups: [{ id: 'g1', type: 'a' }],
    chapters: [{ id: 'ch1', filters: { linkTypes: ['a', 'c'] } }, { id: 'ch2' }],
  };

  it('moves a type in the legend order', () => {
    const ids = (d: JsonObject) => (d.linkTypes as { id: string }[]).map((t) => t.id);
    expect(ids(applyEdit(draft, { kind: 'move', path: ['linkTypes'], from: 0, to: 2 }))).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(ids(applyEdit(draft, { kind: 'move', path: ['linkTypes'], from: 2, to: 1 }))).toEqual([
      'a',
      'c',
      'b',
    ]);
  });

  it('changes nothing for a move outside the list or to the same place', () => {
    for (const [from, to] of [
      [0, 3],
      [-1, 0],
      [1, 1],
    ] as const)
      expect(applyEdit(draft, { kind: 'move', path: ['linkTypes'], from, to })).toBe(draft);
  });

  it('says what uses a type: partnerships, groups and chapter filters', () => {
    expect(typeUses(draft, 'a')).toEqual({ links: ['l1'], groups: ['g1'], chapters: ['ch1'] });
    expect(typeUses(draft, 'c')).toEqual({ links: [], groups: [], chapters: ['ch1'] });
    expect(typeUses({ linkTypes: [] }, 'a')).toEqual({ links: [], groups: [], chapters: [] });
  });
});
