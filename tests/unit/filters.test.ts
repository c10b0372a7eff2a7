import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  type FilterData,
  type FilterState,
  filtersFromChapter,
  isDefault,
  NO_FILTERS,
  yearExtent,
} from '../../src/data/filters';
import type { City, Dataset, Group, Link } from '../../src/data/schema';
import { METROPOLISES, shipped } from './shipped';

const data: Dataset = shipped;

const state = (over: Partial<FilterState> = {}): FilterState => ({ ...NO_FILTERS, ...over });
const sorted = (s: Set<string>) => [...s].sort();

// ---------------------------------------------------------------------------------------------------
// A tiny hand-written dataset
//
//   a —ab(t1, 2000)— b —bc(t2, 2005)— c        d (metropolis, no partnerships)
//   a —ax(t3, undated)— x (external)           c —cx(t3, 2010)— x
//   g1 {a, b, c} (t1, 1995)                    g2 {a, b, y} (t4, undated), y external, no links

const city = (id: string, kind: City['kind'] = 'metropolis'): City => ({
  id,
  kind,
  name: id,
  country: 'FI',
  coordinates: [0, 0],
});
const link = (id: string, source: string, target: string, type: string, since?: number): Link => ({
  id,
  source,
  target,
  type,
  description: id,
  sources: [],
  ...(since === undefined ? {} : { since }),
});
const group = (id: string, members: string[], type: string, since?: number): Group => ({
  id,
  name: id,
  members,
  type,
  description: id,
  sources: [],
  ...(since === undefined ? {} : { since }),
});

const tiny: FilterData & Pick<Dataset, 'linkTypes'> = {
  linkTypes: ['t1', 't2', 't3', 't4'].map((id) => ({ id, label: id })),
  cities: [city('a'), city('b'), city('c'), city('d'), city('x', 'external'), city('y', 'external')],
  links: [
    link('ab', 'a', 'b', 't1', 2000),
    link('bc', 'b', 'c', 't2', 2005),
    link('ax', 'a', 'x', 't3'),
    link('cx', 'c', 'x', 't3', 2010),
  ],
  groups: [group('g1', ['a', 'b', 'c'], 't1', 1995), group('g2', ['a', 'b', 'y'], 't4')],
  priorities: [
    { id: 'p1', name: 'P1', cities: ['a', 'c', 'ghost'] },
    { id: 'p0', name: 'P0', cities: [] },
  ],
};

describe('applyFilters on a tiny dataset', () => {
  it('shows everything with no filters; a city without partnerships stays', () => {
    const r = applyFilters(tiny, NO_FILTERS);
    expect(sorted(r.links)).toEqual(['ab', 'ax', 'bc', 'cx']);
    expect(sorted(r.groups)).toEqual(['g1', 'g2']);
    expect(sorted(r.cities)).toEqual(['a', 'b', 'c', 'd', 'x', 'y']);
    expect(r.counts).toEqual({ cities: 6, links: 4, groups: 2, proposed: 0 });
  });

  it('hiding a type removes its links; an external whose links are all hidden fades', () => {
    const r = applyFilters(tiny, state({ hiddenTypes: ['t3'] }));
    expect(sorted(r.links)).toEqual(['ab', 'bc']);
    expect(sorted(r.groups)).toEqual(['g1', 'g2']);
    expect(sorted(r.cities)).toEqual(['a', 'b', 'c', 'd', 'y']);
    expect(r.counts).toEqual({ cities: 5, links: 2, groups: 2, proposed: 0 });
  });

  it('hiding a type also hides the groups of that type', () => {
    const r = applyFilters(tiny, state({ hiddenTypes: ['t1'] }));
    expect(sorted(r.links)).toEqual(['ax', 'bc', 'cx']);
    expect(sorted(r.groups)).toEqual(['g2']);
    expect(r.counts).toEqual({ cities: 6, links: 3, groups: 1, proposed: 0 });
  });

  it('an external that is only in a group fades when the group is hidden', () => {
    const r = applyFilters(tiny, state({ hiddenTypes: ['t4'] }));
    expect(sorted(r.groups)).toEqual(['g1']);
    expect(sorted(r.cities)).toEqual(['a', 'b', 'c', 'd', 'x']);
  });

  it('with everything hidden, only the city with no partnerships at all stands out', () => {
    const r = applyFilters(tiny, state({ hiddenTypes: ['t1', 't2', 't3', 't4'] }));
    expect(r.links.size).toBe(0);
    expect(r.groups.size).toBe(0);
    expect(sorted(r.cities)).toEqual(['d']);
    expect(r.counts).toEqual({ cities: 1, links: 0, groups: 0, proposed: 0 });
  });

  it('hides a group by id, leaving links alone', () => {
    const r = applyFilters(tiny, state({ hiddenGroups: ['g1'] }));
    expect(sorted(r.groups)).toEqual(['g2']);
    expect(r.links.size).toBe(4);
    expect(r.counts).toEqual({ cities: 6, links: 4, groups: 1, proposed: 0 });
  });

  it('a year range keeps links and groups active in it; undated ones are hidden and counted', () => {
    const r = applyFilters(tiny, state({ years: [2000, 2005] }));
    expect(sorted(r.links)).toEqual(['ab', 'bc']); // ax is undated, cx starts in 2010
    expect(sorted(r.groups)).toEqual(['g1']); // g1 began in 1995 and has not ended; g2 is undated
    expect(sorted(r.cities)).toEqual(['a', 'b', 'c', 'd']);
    expect(r.counts).toEqual({ cities: 4, links: 2, groups: 1, proposed: 0 });
    expect(r.undated).toBe(2); // ax and g2
    expect(applyFilters(tiny, NO_FILTERS).undated).toBe(0);
    expect(applyFilters(tiny, state({ years: [2000, 2005], hiddenTypes: ['t3'] })).undated).toBe(1);
    // Ends included; a reversed range is read as [min, max].
    expect(applyFilters(tiny, state({ years: [2005, 2000] }))).toEqual(r);
    expect(sorted(applyFilters(tiny, state({ years: [1995, 1995] })).groups)).toEqual(['g1']);
  });

  it('a metropolis fades when all its partnerships are filtered away', () => {
    const r = applyFilters(tiny, state({ years: [1995, 1999] }));
    expect(sorted(r.links)).toEqual([]);
    expect(sorted(r.groups)).toEqual(['g1']);
    expect(sorted(r.cities)).toEqual(['a', 'b', 'c', 'd']);
    const late = applyFilters(tiny, state({ years: [2010, 2010], hiddenTypes: ['t1', 't2'] }));
    expect(sorted(late.cities)).toEqual(['c', 'd', 'x']);
  });

  it('until ends a partnership: active while since ≤ to and until ≥ from', () => {
    const ended: FilterData = {
      ...tiny,
      links: [{ ...link('ab', 'a', 'b', 't1', 2000), until: 2003 }, link('bc', 'b', 'c', 't2', 2005)],
      groups: [{ ...group('g1', ['a', 'b', 'c'], 't1', 1995), until: 1999 }],
    };
    const years = (from: number, to: number) =>
      sorted(applyFilters(ended, state({ years: [from, to] })).links);
    expect(years(2003, 2003)).toEqual(['ab']); // the last year is included
    expect(years(2004, 2004)).toEqual([]);
    expect(years(2004, 2005)).toEqual(['bc']);
    expect(years(1990, 1999)).toEqual([]);
    expect(years(1990, 2000)).toEqual(['ab']); // the first year is included
    expect(years(2003, 2005)).toEqual(['ab', 'bc']);
    expect(sorted(applyFilters(ended, state({ years: [1999, 1999] })).groups)).toEqual(['g1']);
    expect(sorted(applyFilters(ended, state({ years: [2000, 2000] })).groups)).toEqual([]);
  });

  it('a priority makes exactly its (known) cities stand out, links untouched', () => {
    const r = applyFilters(tiny, state({ priority: 'p1' }));
    expect(sorted(r.cities)).toEqual(['a', 'c']);
    expect(r.counts).toEqual({ cities: 2, links: 4, groups: 2, proposed: 0 });
    const empty = applyFilters(tiny, state({ priority: 'p0' }));
    expect(empty.cities.size).toBe(0);
    expect(empty.counts).toEqual({ cities: 0, links: 4, groups: 2, proposed: 0 });
  });

  it('ignores unknown ids and malformed year ranges', () => {
    const all = applyFilters(tiny, NO_FILTERS);
    expect(
      applyFilters(tiny, state({ hiddenTypes: ['nope'], hiddenGroups: ['nada'], priority: 'none' })),
    ).toEqual(all);
    expect(applyFilters(tiny, state({ years: [Number.NaN, 2000] }))).toEqual(all);
  });

  it('does not change the dataset or the state', () => {
    const before = JSON.stringify(tiny);
    const s = state({ hiddenTypes: ['t1'], years: [1990, 2000] });
    applyFilters(tiny, s);
    expect(JSON.stringify(tiny)).toBe(before);
    expect(s).toEqual({
      hiddenTypes: ['t1'],
      hiddenGroups: [],
      priority: null,
      years: [1990, 2000],
      proposed: true,
    });
  });
});

// The tiny dataset with proposals: cx (t3, 2010) and g2 (t4) are recommendations, and a proposed
// link joins d to x (d then has partnerships, but only a proposed one).
const withProposals: FilterData & Pick<Dataset, 'linkTypes'> = {
  ...tiny,
  links: [
    ...tiny.links.map((l) => (l.id === 'cx' ? { ...l, status: 'proposed' as const } : l)),
    { ...link('dx', 'd', 'x', 't3'), status: 'proposed' },
  ],
  groups: tiny.groups.map((g) => (g.id === 'g2' ? { ...g, status: 'proposed' as const } : g)),
};

describe('proposed links and groups', () => {
  it('are shown by default and counted', () => {
    const r = applyFilters(withProposals, NO_FILTERS);
    expect(sorted(r.links)).toEqual(['ab', 'ax', 'bc', 'cx', 'dx']);
    expect(sorted(r.groups)).toEqual(['g1', 'g2']);
    expect(r.counts).toEqual({ cities: 6, links: 5, groups: 2, proposed: 3 });
  });

  it('proposed: false hides them; the cities they alone touch fade; the count stays', () => {
    const r = applyFilters(withProposals, state({ proposed: false }));
    expect(sorted(r.links)).toEqual(['ab', 'ax', 'bc']);
    expect(sorted(r.groups)).toEqual(['g1']);
    // d has only a proposed partnership: it fades like any metropolis whose partnerships are all
    // hidden; y is only in the proposed group.
    expect(sorted(r.cities)).toEqual(['a', 'b', 'c', 'x']);
    expect(r.counts).toEqual({ cities: 4, links: 3, groups: 1, proposed: 3 });
  });

  it('the proposed count follows the other filters', () => {
    expect(applyFilters(withProposals, state({ hiddenTypes: ['t3'] })).counts.proposed).toBe(1);
    expect(applyFilters(withProposals, state({ hiddenGroups: ['g2'] })).counts.proposed).toBe(2);
    // Undated proposals (dx, g2) are hidden by a year range; cx is 2010.
    expect(applyFilters(withProposals, state({ years: [2010, 2010] })).counts.proposed).toBe(1);
    // ab (2000) and bc (2005) have not ended, so they are still active in 2010.
    expect(applyFilters(withProposals, state({ years: [2010, 2010], proposed: false })).links).toEqual(
      new Set(['ab', 'bc']),
    );
  });

  it('isDefault: hiding proposals filters something only when there are proposals', () => {
    expect(isDefault(state({ proposed: false }))).toBe(false);
    expect(isDefault(state({ proposed: false }), withProposals)).toBe(false);
    expect(isDefault(state({ proposed: false }), tiny)).toBe(true);
  });

  it('a chapter filter proposed: false hides them; absent or true shows them', () => {
    expect(filtersFromChapter({ proposed: false }, withProposals)).toEqual(state({ proposed: false }));
    expect(filtersFromChapter({ proposed: true }, withProposals)).toEqual(NO_FILTERS);
    expect(filtersFromChapter({}, withProposals)).toEqual(NO_FILTERS);
  });

  it('on the shipped data: the 22 Brussels and China recommendations', () => {
    const r = applyFilters(data, state({ proposed: false }));
    expect(r.counts).toEqual({ cities: 11, links: 8, groups: 3, proposed: 22 });
    // Oslo's only partnerships are the two recommendations.
    expect(r.cities.has('oslo')).toBe(false);
    expect([...r.links].some((id) => id.startsWith('brussels-') || id.startsWith('china-'))).toBe(false);
    // Brussels has only proposals; China keeps the Berlin–Beijing twinning.
    expect(r.cities.has('brussels')).toBe(false);
    expect(r.cities.has('china')).toBe(true);
    expect(r.links.has('berlin-beijing-twin')).toBe(true);
  });
});

describe('applyFilters on the shipped dataset', () => {
  it('shows all 30 links, 3 groups and 13 cities with no filters', () => {
    const r = applyFilters(data, NO_FILTERS);
    expect(r.counts).toEqual({ cities: 13, links: 30, groups: 3, proposed: 22 });
    expect(sorted(r.cities)).toEqual([...METROPOLISES, 'brussels', 'china'].sort());
  });

  it('hiding markets removes the 11 proposed China links; China stays for the Berlin–Beijing twinning', () => {
    const r = applyFilters(data, state({ hiddenTypes: ['markets'] }));
    expect(r.counts).toEqual({ cities: 13, links: 19, groups: 3, proposed: 11 });
    expect([...r.links].some((id) => id.startsWith('china-'))).toBe(false);
    expect(r.cities.has('china')).toBe(true);
    expect(r.cities.has('brussels')).toBe(true);
  });

  it('hiding markets and political branding fades Brussels and Oslo', () => {
    const r = applyFilters(data, state({ hiddenTypes: ['markets', 'political-branding'] }));
    expect(sorted(r.links)).toEqual([
      'berlin-beijing-twin',
      'berlin-warsaw-twin',
      'copenhagen-malmo-oresund',
      'helsinki-berlin-strategic',
      'helsinki-st-petersburg-agreement',
      'helsinki-stockholm-strategic',
      'helsinki-tallinn-euregio',
      'st-petersburg-helsinki-innoreg',
    ]);
    // Vilnius keeps BaltMet Invest; Oslo has nothing else.
    expect(sorted(r.cities)).toEqual([...METROPOLISES.filter((c) => c !== 'oslo'), 'china'].sort());
    expect(r.counts).toEqual({ cities: 11, links: 8, groups: 3, proposed: 0 });
  });

  it('hides one group', () => {
    const r = applyFilters(data, state({ hiddenGroups: ['baltmet-invest'] }));
    expect(sorted(r.groups)).toEqual(['baltic-palette', 'gulf-of-finland-triangle']);
    expect(r.counts).toEqual({ cities: 13, links: 30, groups: 2, proposed: 22 });
  });

  it('priority science-parks: exactly Riga and Warsaw stand out', () => {
    expect(data.priorities.find((p) => p.id === 'science-parks')?.cities).toEqual(['riga', 'warsaw']);
    const r = applyFilters(data, state({ priority: 'science-parks' }));
    expect(sorted(r.cities)).toEqual(['riga', 'warsaw']);
    expect(r.counts).toEqual({ cities: 2, links: 30, groups: 3, proposed: 22 });
  });

  it('a priority naming no cities gives 0 cities', () => {
    const r = applyFilters(data, state({ priority: 'public-procurement' }));
    expect(r.counts).toEqual({ cities: 0, links: 30, groups: 3, proposed: 22 });
  });

  it('years 1990-2000: exactly the five 1990s links and one group', () => {
    const r = applyFilters(data, state({ years: [1990, 2000] }));
    expect(sorted(r.links)).toEqual([
      'berlin-beijing-twin',
      'berlin-warsaw-twin',
      'copenhagen-malmo-oresund',
      'helsinki-st-petersburg-agreement',
      'helsinki-tallinn-euregio',
    ]);
    // The Gulf of Finland triangle has no known start year.
    expect(sorted(r.groups)).toEqual(['baltic-palette']);
    expect(sorted(r.cities)).toEqual(
      [...METROPOLISES.filter((c) => c !== 'oslo' && c !== 'vilnius'), 'china'].sort(),
    );
    expect(r.counts).toEqual({ cities: 10, links: 5, groups: 1, proposed: 0 });
  });

  it('a year filter hides the undated: the two strategic partnerships and the 22 proposals', () => {
    const r = applyFilters(data, state({ years: [1000, 3000] }));
    expect(r.counts.links).toBe(6);
    expect(r.counts.proposed).toBe(0);
    expect(r.links.has('helsinki-berlin-strategic')).toBe(false);
    expect(r.links.has('helsinki-stockholm-strategic')).toBe(false);
  });

  it('the year 2007: every dated link, Baltic Palette, and BaltMet Invest in its last year', () => {
    const r = applyFilters(data, state({ years: [2007, 2007] }));
    expect(r.counts.links).toBe(6);
    expect(sorted(r.groups)).toEqual(['baltic-palette', 'baltmet-invest']);
    expect(r.undated).toBe(25); // two strategic partnerships, the triangle, the 22 proposals
  });

  it('the year 2008: BaltMet Invest (2005–2007) has ended', () => {
    const r = applyFilters(data, state({ years: [2008, 2008] }));
    expect(sorted(r.groups)).toEqual(['baltic-palette']);
    expect(r.counts.links).toBe(6);
  });
});

describe('yearExtent', () => {
  it('is the min since to the max since or until over links and groups', () => {
    expect(yearExtent(data)).toEqual([1991, 2010]); // InnoReg runs to 2010
    expect(yearExtent(tiny)).toEqual([1995, 2010]);
  });
  it('is null when nothing is dated', () => {
    expect(yearExtent({ links: [link('l', 'a', 'b', 't')], groups: [] })).toBeNull();
    expect(yearExtent({ links: [], groups: [] })).toBeNull();
  });
});

describe('isDefault and NO_FILTERS', () => {
  it('NO_FILTERS is default and frozen', () => {
    expect(NO_FILTERS).toEqual({
      hiddenTypes: [],
      hiddenGroups: [],
      priority: null,
      years: null,
      proposed: true,
    });
    expect(isDefault(NO_FILTERS)).toBe(true);
    expect(Object.isFrozen(NO_FILTERS)).toBe(true);
    expect(Object.isFrozen(NO_FILTERS.hiddenTypes)).toBe(true);
  });

  it('any filter makes a state non-default; a reset returns to default', () => {
    expect(isDefault(state({ hiddenTypes: ['markets'] }))).toBe(false);
    expect(isDefault(state({ hiddenGroups: ['baltic-palette'] }))).toBe(false);
    expect(isDefault(state({ priority: 'science-parks' }))).toBe(false);
    expect(isDefault(state({ years: [1990, 2000] }))).toBe(false);
    const reset = { ...NO_FILTERS };
    expect(isDefault(reset)).toBe(true);
    expect(applyFilters(data, reset)).toEqual(applyFilters(data, NO_FILTERS));
  });

  it('with a dataset, unknown ids do not count', () => {
    const s = state({ hiddenTypes: ['nope'], hiddenGroups: ['nada'], priority: 'none' });
    expect(isDefault(s)).toBe(false);
    expect(isDefault(s, data)).toBe(true);
    expect(isDefault(state({ hiddenTypes: ['markets'] }), data)).toBe(false);
  });
});

describe('filtersFromChapter', () => {
  const chapter = (id: string) => data.chapters.find((c) => c.id === id)?.filters;

  it('no filters → nothing hidden', () => {
    expect(filtersFromChapter(chapter('archipelago'), data)).toEqual(NO_FILTERS);
    expect(filtersFromChapter(undefined, data)).toEqual(NO_FILTERS);
  });

  it('linkTypes lists the shown types: all others are hidden', () => {
    const s = filtersFromChapter(chapter('case-brussels'), data);
    expect(s.hiddenTypes).toEqual(data.linkTypes.map((t) => t.id).filter((t) => t !== 'political-branding'));
    expect(s).toMatchObject({ hiddenGroups: [], priority: null, years: null });
    const r = applyFilters(data, s);
    expect(r.counts).toEqual({ cities: 12, links: 11, groups: 0, proposed: 11 });
    expect(r.cities.has('china')).toBe(false);
  });

  it('groups lists the shown groups', () => {
    expect(filtersFromChapter(chapter('gulf-of-finland'), data)).toEqual({
      hiddenTypes: [],
      hiddenGroups: ['baltic-palette', 'baltmet-invest'],
      priority: null,
      years: null,
      proposed: true,
    });
  });

  it('priorities: the first known one', () => {
    expect(filtersFromChapter(chapter('action-plan'), data)).toEqual(state({ priority: 'science-parks' }));
    expect(filtersFromChapter({ priorities: ['nope', 'p0', 'p1'] }, tiny).priority).toBe('p0');
    expect(filtersFromChapter({ priorities: ['nope'] }, tiny).priority).toBeNull();
  });

  it('years, ordered', () => {
    expect(filtersFromChapter({ years: [2008, 1990] }, data).years).toEqual([1990, 2008]);
  });

  it('empty lists hide everything of their kind; unknown shown ids are ignored', () => {
    const s = filtersFromChapter({ linkTypes: ['t2', 'bogus'], groups: [] }, tiny);
    expect(s.hiddenTypes).toEqual(['t1', 't3', 't4']);
    expect(s.hiddenGroups).toEqual(['g1', 'g2']);
    expect(applyFilters(tiny, s).counts).toEqual({ cities: 3, links: 1, groups: 0, proposed: 0 });
  });
});
