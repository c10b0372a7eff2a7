import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS } from '../../src/data/filters';
import { adjacency } from '../../src/data/graph';
import { networkGraph } from '../../src/data/metrics';
import {
  announcement,
  chapterEntry,
  clearSelection,
  emphasisOf,
  escapeTarget,
  findPath,
  networkIndex,
  type OpenThings,
  pathEnds,
  pathEvent,
  selectMark,
} from '../../src/state/explore';
import { shipped } from './shipped';

const none = { selected: null, selectedLink: null };

describe('selectMark', () => {
  it('selects a city, clears a link and the path, opens the panel and asks for one event', () => {
    const t = selectMark({ selected: null, selectedLink: 'x' }, 'city', 'helsinki');
    expect(t).toEqual({
      next: { path: null, selectedLink: null, selected: 'helsinki', panelOpen: true },
      select: { kind: 'city', id: 'helsinki' },
    });
  });

  it('clears the selection when the selected city is chosen again', () => {
    const t = selectMark({ selected: 'helsinki', selectedLink: null }, 'city', 'helsinki');
    expect(t.next).toEqual({ path: null, selectedLink: null, selected: null, panelOpen: false });
    expect(t.select).toEqual({ kind: null, id: null });
  });

  it('keeps it selected with toggle: false (a panel, search or table choice), still one event', () => {
    const t = selectMark({ selected: 'helsinki', selectedLink: null }, 'city', 'helsinki', { toggle: false });
    expect(t.next.selected).toBe('helsinki');
    expect(t.select).toEqual({ kind: 'city', id: 'helsinki' });
  });

  it('selects a link and clears the city', () => {
    const t = selectMark({ selected: 'helsinki', selectedLink: null }, 'link', 'berlin-warsaw-twin');
    expect(t.next).toEqual({
      path: null,
      selected: null,
      selectedLink: 'berlin-warsaw-twin',
      panelOpen: true,
    });
    expect(t.select).toEqual({ kind: 'link', id: 'berlin-warsaw-twin' });
  });

  it('extends to a path from the selected city, with no selection event', () => {
    const t = selectMark({ selected: 'berlin', selectedLink: null }, 'city', 'tallinn', { extend: true });
    expect(t).toEqual({ next: { path: 'berlin,tallinn', panelOpen: true } });
  });

  it('extending with nothing selected, or onto the selected city, is a plain selection', () => {
    expect(selectMark(none, 'city', 'tallinn', { extend: true }).next.selected).toBe('tallinn');
    const same = selectMark({ selected: 'tallinn', selectedLink: null }, 'city', 'tallinn', { extend: true });
    expect(same.next.selected).toBeNull();
  });
});

describe('clearSelection', () => {
  it('is null when nothing is selected', () => {
    expect(clearSelection({ ...none, path: null })).toBeNull();
  });
  it('clears a selection or a path and sends the empty selection', () => {
    for (const state of [
      { selected: 'oslo', selectedLink: null, path: null },
      { selected: null, selectedLink: 'l', path: null },
      { selected: null, selectedLink: null, path: 'a,b' },
    ]) {
      expect(clearSelection(state)).toEqual({
        next: { selected: null, selectedLink: null, path: null },
        select: { kind: null, id: null },
      });
    }
  });
});

describe('paths', () => {
  const graph = networkGraph(shipped);
  it('reads two different ids, trimmed', () => {
    expect(pathEnds(' berlin , tallinn ')).toEqual(['berlin', 'tallinn']);
    for (const bad of [null, '', 'berlin', 'berlin,berlin', 'a,b,c', ',b']) expect(pathEnds(bad)).toBeNull();
  });
  it('finds the shortest path between known cities, and null for unknown ones', () => {
    const p = findPath(graph, shipped, 'berlin,tallinn');
    expect(p?.from).toBe('berlin');
    expect(p?.cities?.[0]).toBe('berlin');
    expect(p?.cities?.at(-1)).toBe('tallinn');
    expect(p?.cities).toEqual(['berlin', 'helsinki', 'tallinn']);
    expect(p?.links).toEqual(['helsinki-berlin-strategic', 'helsinki-tallinn-euregio']);
    expect(findPath(graph, shipped, 'berlin,atlantis')).toBeNull();
  });
  it('sends a path event only when the path changed', () => {
    const a = findPath(graph, shipped, 'berlin,tallinn');
    expect(pathEvent(null, null)).toBeNull();
    expect(pathEvent(a, a)).toBeNull();
    expect(pathEvent(null, a)).toEqual({ from: 'berlin', to: 'tallinn', ids: a?.cities });
    expect(pathEvent(a, null)).toEqual({ from: null, to: null, ids: null });
  });
});

describe('chapterEntry', () => {
  const chapter = shipped.chapters?.find((c) => c.filters);
  it('sets the chapter filters and clears everything selected', () => {
    expect(chapter).toBeDefined();
    const entry = chapterEntry(chapter, shipped, false);
    expect(entry).toMatchObject({
      selected: null,
      selectedLink: null,
      path: null,
      panelOpen: false,
      tableOpen: false,
      hover: null,
    });
    expect(entry.filters).not.toBe(NO_FILTERS);
  });
  it('gives every filter back on leaving the story, and changes nothing when not presenting', () => {
    expect(chapterEntry(undefined, shipped, true)).toEqual({ filters: NO_FILTERS, blackout: false });
    expect(chapterEntry(undefined, shipped, false)).toEqual({});
  });
});

describe('emphasisOf and announcement', () => {
  const filtered = applyFilters(shipped, NO_FILTERS);
  const index = networkIndex(shipped, adjacency(shipped.links));
  it('puts the selected city forward, or the chapter highlight while presenting', () => {
    const e = emphasisOf({ selected: 'riga', selectedLink: null }, filtered, index, undefined, null);
    expect(e.selected).toBe('riga');
    expect(e.cities?.has('riga')).toBe(true);
    const chapter = shipped.chapters?.find((c) => c.highlight?.cities?.length);
    const c = emphasisOf(none, filtered, index, chapter, null);
    expect([...(c.cities ?? [])].sort()).toEqual(
      expect.arrayContaining([...(chapter?.highlight?.cities ?? [])]),
    );
  });
  const input = {
    dataset: shipped,
    lang: 'en' as const,
    state: none,
    chapters: shipped.chapters ?? [],
    chapterIndex: -1,
    path: null,
    filtered,
    linkCount: 0,
    previous: '',
  };
  it('says the selection, the counts, the path or that it was cleared', () => {
    expect(
      announcement(
        { ...input, state: { selected: 'oslo', selectedLink: null }, linkCount: 3 },
        new Set(['selected']),
      ),
    ).toBe('Selected: Oslo, 3 partnerships');
    // The shipped proposals (slides 8 and 9) are said apart from the counts while they are drawn.
    expect(announcement(input, new Set(['filters']))).toMatch(
      /^\d+ cities · \d+ links · \d+ groups shown, Proposed \(22\)$/,
    );
    const established = applyFilters(shipped, { ...NO_FILTERS, proposed: false });
    expect(announcement({ ...input, filtered: established }, new Set(['filters']))).toMatch(
      /^\d+ cities · \d+ links · \d+ groups shown$/,
    );
    expect(
      announcement({ ...input, previous: 'Selected: Oslo, 3 partnerships' }, new Set(['selected'])),
    ).toBe('Selection cleared');
    expect(announcement(input, new Set(['selected']))).toBe('');
    const proposal = shipped.links.find((l) => l.status === 'proposed');
    expect(
      announcement(
        { ...input, state: { selected: null, selectedLink: proposal?.id ?? '' } },
        new Set(['selectedLink']),
      ),
    ).toMatch(/^Selected: .+ \(proposed\)$/);
    const path = findPath(networkGraph(shipped), shipped, 'berlin,tallinn');
    expect(announcement({ ...input, path }, new Set(['path']))).toBe(
      'Shortest path: Berlin → Helsinki → Tallinn',
    );
    expect(announcement({ ...input, chapterIndex: 0 }, new Set(['chapter']))).toMatch(/^Chapter 1 of \d+: /);
  });
});

describe('escapeTarget', () => {
  const closed: OpenThings = {
    hover: false,
    help: false,
    exportMenu: false,
    menu: false,
    table: false,
    blackout: false,
    panel: false,
    selection: false,
    presenting: false,
  };
  it('closes the innermost thing first', () => {
    const all = Object.fromEntries(Object.keys(closed).map((k) => [k, true])) as unknown as OpenThings;
    const order: string[] = [];
    let open = { ...all };
    for (let target = escapeTarget(open); target; target = escapeTarget(open)) {
      order.push(target);
      if (target === 'panel') open = { ...open, panel: false };
      else if (target === 'story') open = { ...open, presenting: false };
      else open = { ...open, [target]: false };
    }
    expect(order).toEqual([
      'hover',
      'help',
      'exportMenu',
      'menu',
      'table',
      'blackout',
      'panel',
      'selection',
      'story',
    ]);
  });
  it('leaves an open panel with nothing to tell about to the selection step, and nothing open to the page', () => {
    expect(escapeTarget({ ...closed, panel: true })).toBeNull();
    expect(escapeTarget(closed)).toBeNull();
  });
});
