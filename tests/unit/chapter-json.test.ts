import { describe, expect, it } from 'vitest';
import { type FilterState, filtersFromChapter, NO_FILTERS } from '../../src/data/filters';
import type { Chapter } from '../../src/data/schema';
import { formatIssue, validateDataset } from '../../src/data/validate';
import { type ChapterView, chapterFromView, chapterJsonText, slugify } from '../../src/export/chapter-json';
import { shipped, shippedRaw } from './shipped';

const camera = { center: [24.938379, 60.169856] as [number, number], zoom: 5.123456, bearing: 0 };

const view = (over: Partial<ChapterView> = {}): ChapterView => ({
  camera,
  selected: null,
  filters: NO_FILTERS,
  dataset: shipped,
  ...over,
});

/** The shipped file with the chapter appended to its story, through the real validator. */
function validateWith(chapter: Chapter) {
  const chapters = (shippedRaw.chapters as unknown[]) ?? [];
  // Through JSON, as an author pasting the copied text would.
  const pasted = JSON.parse(chapterJsonText(chapter)) as unknown;
  return validateDataset({ ...shippedRaw, chapters: [...chapters, pasted] });
}

/** The shipped link types a filter leaves shown, in the file's order. */
const shownTypes = (filters: FilterState) =>
  shipped.linkTypes.map((t) => t.id).filter((id) => !filters.hiddenTypes.includes(id));

function expectValid(chapter: Chapter) {
  const result = validateWith(chapter);
  expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
}

describe('chapterFromView', () => {
  it('turns the plain view into a camera-only chapter with rounded numbers', () => {
    const chapter = chapterFromView(view());
    expect(chapter).toEqual({
      id: 'view',
      title: 'New chapter',
      camera: { center: [24.9384, 60.1699], zoom: 5.12 },
    });
    expectValid(chapter);
    expect(filtersFromChapter(chapter.filters, shipped)).toEqual(NO_FILTERS);
  });

  it('keeps a bearing that is not 0, rounded to 2 decimals, and never writes -0', () => {
    expect(chapterFromView(view({ camera: { ...camera, bearing: -12.3456 } })).camera).toEqual({
      center: [24.9384, 60.1699],
      zoom: 5.12,
      bearing: -12.35,
    });
    const near = chapterFromView(
      view({ camera: { center: [-0.00001, -0.00001], zoom: 4, bearing: -0.001 } }),
    );
    expect(near.camera).toEqual({ center: [0, 0], zoom: 4 });
    expect(Object.is((near.camera as { center: number[] }).center[0], -0)).toBe(false);
  });

  it('wraps the longitude and clamps the latitude so the chapter validates', () => {
    const chapter = chapterFromView(view({ camera: { center: [384.5, 95], zoom: 3, bearing: 0 } }));
    expect(chapter.camera).toEqual({ center: [24.5, 90], zoom: 3 });
    expectValid(chapter);
  });

  it('highlights a selected city with its partners over the visible links, its links and groups', () => {
    const filters: FilterState = {
      hiddenTypes: ['markets'],
      hiddenGroups: [],
      priority: null,
      years: null,
      proposed: true,
    };
    const chapter = chapterFromView(view({ selected: 'helsinki', filters }));
    expect(chapter).toEqual({
      id: 'view-helsinki',
      title: shipped.cities.find((c) => c.id === 'helsinki')?.name,
      camera: { center: [24.9384, 60.1699], zoom: 5.12 },
      highlight: {
        cities: ['helsinki', 'berlin', 'st-petersburg', 'stockholm', 'tallinn', 'brussels'],
        links: [
          'helsinki-berlin-strategic',
          'helsinki-stockholm-strategic',
          'helsinki-tallinn-euregio',
          'helsinki-st-petersburg-agreement',
          'st-petersburg-helsinki-innoreg',
          'brussels-helsinki',
        ],
        groups: ['gulf-of-finland-triangle', 'baltic-palette'],
      },
      filters: { linkTypes: shownTypes(filters) },
    });
    expectValid(chapter);
    expect(filtersFromChapter(chapter.filters, shipped)).toEqual(filters);
  });

  it('adds the extra highlight, without duplicates and without ids the dataset does not know', () => {
    const chapter = chapterFromView(
      view({
        highlight: {
          cities: ['riga', 'warsaw', 'riga', 'atlantis'],
          links: ['berlin-warsaw-twin', 'nowhere'],
          groups: ['baltmet-invest', 'ghost'],
        },
      }),
    );
    expect(chapter.highlight).toEqual({
      cities: ['riga', 'warsaw'],
      links: ['berlin-warsaw-twin'],
      groups: ['baltmet-invest'],
    });
    expectValid(chapter);
  });

  it('leaves out empty highlight parts: a city whose links are all hidden highlights itself only', () => {
    const filters: FilterState = { ...NO_FILTERS, years: [1900, 1950] };
    const chapter = chapterFromView(view({ selected: 'oslo', filters }));
    expect(chapter.highlight).toEqual({ cities: ['oslo'] });
    expect(chapter.filters).toEqual({ years: [1900, 1950] });
    expectValid(chapter);
  });

  it('converts every filter from the hidden form to the shown form, and back', () => {
    const filters: FilterState = {
      hiddenTypes: ['political-branding', 'markets'],
      hiddenGroups: ['baltmet-invest'],
      priority: 'science-parks',
      years: [2007, 1990],
      proposed: true,
    };
    const chapter = chapterFromView(view({ filters }));
    expect(chapter.id).toBe('view-support-for-developing-science-parks');
    expect(chapter.title).toBe('Support for developing science parks');
    expect(chapter.filters).toEqual({
      linkTypes: shownTypes(filters),
      groups: ['gulf-of-finland-triangle', 'baltic-palette'],
      priorities: ['science-parks'],
      years: [1990, 2007],
    });
    expectValid(chapter);
    expect(filtersFromChapter(chapter.filters, shipped)).toEqual({ ...filters, years: [1990, 2007] });
  });

  it('writes proposed: false when proposals are hidden, and nothing when they are shown', () => {
    const hidden = chapterFromView(view({ filters: { ...NO_FILTERS, proposed: false } }));
    expect(hidden.filters).toEqual({ proposed: false });
    expectValid(hidden);
    expect(filtersFromChapter(hidden.filters, shipped)).toEqual({ ...NO_FILTERS, proposed: false });
    expect(chapterFromView(view({ filters: { ...NO_FILTERS, proposed: true } })).filters).toBeUndefined();
  });

  it('writes an empty list when every type or group is hidden (the chapter then shows none)', () => {
    const filters: FilterState = {
      hiddenTypes: shipped.linkTypes.map((t) => t.id),
      hiddenGroups: shipped.groups.map((g) => g.id),
      priority: null,
      years: null,
      proposed: true,
    };
    const chapter = chapterFromView(view({ filters }));
    expect(chapter.filters).toEqual({ linkTypes: [], groups: [] });
    expectValid(chapter);
    expect(filtersFromChapter(chapter.filters, shipped)).toEqual(filters);
  });

  it('drops ids the dataset does not know, as the filters ignore them', () => {
    const filters: FilterState = {
      hiddenTypes: ['no-such-type'],
      hiddenGroups: ['no-such-group'],
      priority: 'no-such-priority',
      years: null,
      proposed: true,
    };
    const chapter = chapterFromView(view({ filters, selected: 'atlantis' }));
    expect(chapter).toEqual({
      id: 'view',
      title: 'New chapter',
      camera: { center: [24.9384, 60.1699], zoom: 5.12 },
    });
    expectValid(chapter);
  });

  it('round-trips every single hidden type and group', () => {
    for (const type of shipped.linkTypes) {
      const filters: FilterState = { ...NO_FILTERS, hiddenTypes: [type.id] };
      const chapter = chapterFromView(view({ filters }));
      expectValid(chapter);
      expect(filtersFromChapter(chapter.filters, shipped)).toEqual(filters);
    }
    for (const group of shipped.groups) {
      const filters: FilterState = { ...NO_FILTERS, hiddenGroups: [group.id] };
      const chapter = chapterFromView(view({ filters }));
      expectValid(chapter);
      expect(filtersFromChapter(chapter.filters, shipped)).toEqual(filters);
    }
  });

  it('makes the given id an id, and keeps it apart from the story’s own chapter ids', () => {
    expect(chapterFromView(view(), 'My Chapter!').id).toBe('my-chapter');
    expect(chapterFromView(view(), 'Ära über Öresund').id).toBe('ara-uber-oresund');
    expect(chapterFromView(view(), '!!!').id).toBe('view');
    // "archipelago" and "case-helsinki" are chapters of the shipped story already.
    const taken = chapterFromView(view(), 'archipelago');
    expect(taken.id).toBe('archipelago-2');
    expectValid(taken);
    expect(chapterFromView(view(), 'Case Helsinki').id).toBe('case-helsinki-2');
  });

  it('is deterministic: the same view gives the same chapter', () => {
    const v = view({ selected: 'riga', filters: { ...NO_FILTERS, priority: 'science-parks' } });
    expect(chapterFromView(v)).toEqual(chapterFromView(v));
    expect(chapterFromView(v).id).toBe('view-riga');
  });
});

describe('chapterJsonText', () => {
  it('is pretty JSON with 2 spaces, keys in chapter order', () => {
    const text = chapterJsonText(chapterFromView(view({ filters: { ...NO_FILTERS, years: [2000, 2007] } })));
    expect(text).toBe(
      [
        '{',
        '  "id": "view",',
        '  "title": "New chapter",',
        '  "camera": {',
        '    "center": [',
        '      24.9384,',
        '      60.1699',
        '    ],',
        '    "zoom": 5.12',
        '  },',
        '  "filters": {',
        '    "years": [',
        '      2000,',
        '      2007',
        '    ]',
        '  }',
        '}',
      ].join('\n'),
    );
  });
});

describe('slugify', () => {
  it('lower-cases, drops accents and joins words with single hyphens', () => {
    expect(slugify('  St. Petersburg  ')).toBe('st-petersburg');
    expect(slugify('Malmö')).toBe('malmo');
    expect(slugify('Санкт-Петербург')).toBe('');
    expect(slugify('a'.repeat(80))).toHaveLength(60);
  });
});
