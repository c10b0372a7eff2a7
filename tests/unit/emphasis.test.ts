import { describe, expect, it } from 'vitest';
import type { FilterResult } from '../../src/data/filters';
import { chapterEmphasis, emphasisFor } from '../../src/overlay/emphasis';

const filtered: FilterResult = {
  links: new Set(['ab', 'bc', 'cd']),
  groups: new Set(['g']),
  cities: new Set(['a', 'b', 'c', 'd']),
  undated: 0,
  counts: { cities: 4, links: 3, groups: 1, proposed: 0 },
};
const ends = new Map<string, readonly [string, string]>([
  ['ab', ['a', 'b']],
  ['bc', ['b', 'c']],
  ['cd', ['c', 'd']],
  ['hidden', ['a', 'd']],
]);
const linksOf = new Map([
  ['a', { links: new Set(['ab', 'hidden']) }],
  ['b', { links: new Set(['ab', 'bc']) }],
]);
const members = new Map([['g', ['a', 'b', 'c']]]);

/** The emphasis of the small network above, with nothing selected unless `over` says so. */
const emphasis = (over: Partial<Parameters<typeof emphasisFor>[0]> = {}) =>
  emphasisFor({ filtered, linksOf, ends, members, selected: null, selectedLink: null, path: null, ...over });

describe('emphasisFor', () => {
  it('puts a selected city, its visible links, their other ends and fellow group members forward', () => {
    const e = emphasis({ selected: 'a' });
    // b by a link; c as a fellow member of group g.
    expect([...(e.cities ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect([...(e.links ?? [])]).toEqual(['ab']);
    expect([...(e.groups ?? [])]).toEqual(['g']);
  });

  it('lets a path win over the selection', () => {
    const e = emphasis({ selected: 'a', path: { cities: ['a', 'b', 'c'], links: ['ab', 'bc'], groups: [] } });
    expect([...(e.path ?? [])]).toEqual(['ab', 'bc']);
    expect([...(e.cities ?? [])]).toEqual(['a', 'b', 'c']);
  });

  it('keeps the filters emphasis when nothing is selected', () => {
    const e = emphasis();
    expect(e.cities).toBe(filtered.cities);
    expect(e.links).toBeNull();
  });
});

describe('chapterEmphasis', () => {
  it('brings forward the named cities and the visible links among them', () => {
    const e = chapterEmphasis(filtered, { cities: ['b', 'c'] }, ends);
    expect([...(e.cities ?? [])].sort()).toEqual(['b', 'c']);
    expect([...(e.links ?? [])]).toEqual(['bc']);
  });

  it('adds the ends of named links', () => {
    const e = chapterEmphasis(filtered, { links: ['cd'] }, ends);
    expect([...(e.cities ?? [])].sort()).toEqual(['c', 'd']);
    expect([...(e.links ?? [])]).toEqual(['cd']);
  });

  it('leaves the filters emphasis when the chapter highlights nothing', () => {
    const e = chapterEmphasis(filtered, undefined, ends);
    expect(e.cities).toBe(filtered.cities);
    expect(e.links).toBeNull();
  });
});
