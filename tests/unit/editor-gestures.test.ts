import { describe, expect, it } from 'vitest';
import { apply, type JsonObject, start, undo } from '../../src/editor/draft';
import {
  addCityAt,
  addLinkBetween,
  linkId,
  moveCity,
  roundLngLat,
  toggleMember,
} from '../../src/editor/gesture-edits';

const base = (): JsonObject => ({
  meta: { title: { en: 'Test' } },
  linkTypes: [
    { id: 'twins', label: 'Twins' },
    { id: 'other', label: 'Other' },
  ],
  cities: [
    { id: 'a', kind: 'metropolis', name: { en: 'A' }, country: 'FI', coordinates: [24, 60] },
    { id: 'b', kind: 'metropolis', name: 'B', country: 'EE', coordinates: [25, 59] },
  ],
  links: [{ id: 'a-b', source: 'a', target: 'b', type: 'twins', description: 'x', sources: [] }],
  groups: [{ id: 'g', name: 'G', members: ['a'], type: 'twins', description: 'z', sources: [] }],
});

describe('edits made by gestures on the map', () => {
  it('rounds a place on the map to four decimals', () => {
    expect(roundLngLat([24.123456, 60.000049])).toEqual([24.1235, 60]);
  });

  it('moves a city as one step of its own: two drags of one city are two undos', () => {
    let h = start(base());
    h = apply(h, moveCity(h.present, 'b', [26.11111, 58.5])!);
    h = apply(h, moveCity(h.present, 'b', [27, 57])!);
    expect(h.past).toHaveLength(2);
    expect(undo(h).present.cities).toMatchObject([{}, { coordinates: [26.1111, 58.5] }]);
    expect(moveCity(base(), 'nowhere', [0, 0])).toBeNull();
  });

  it('keeps typing in one field one step, but never merges it with a drag', () => {
    let h = start(base());
    const path = ['cities', 0, 'coordinates'];
    h = apply(h, { kind: 'set', path, value: [1, 1] });
    h = apply(h, { kind: 'set', path, value: [1, 2] });
    expect(h.past).toHaveLength(1);
    h = apply(h, moveCity(h.present, 'a', [3, 3])!);
    h = apply(h, { kind: 'set', path, value: [4, 4] });
    expect(h.past).toHaveLength(3);
  });

  it('adds a city at a point, with the fields the schema asks for, at the end of the list', () => {
    const { edit, index } = addCityAt(base(), [19.61234, 56.2]);
    expect(index).toBe(2);
    expect(edit).toEqual({
      kind: 'insert',
      path: ['cities'],
      index: 2,
      value: {
        id: 'city-3',
        kind: 'metropolis',
        name: { en: '' },
        country: '',
        coordinates: [19.6123, 56.2],
      },
    });
  });

  it('draws a partnership with an id of its own and the first link type; none from a city to itself', () => {
    const draft = base();
    expect(linkId(draft, 'b', 'a')).toBe('b-a');
    expect(linkId(draft, 'a', 'b')).toBe('a-b-2');
    const made = addLinkBetween(draft, 'a', 'b');
    expect(made?.index).toBe(1);
    expect(made?.edit).toMatchObject({
      kind: 'insert',
      path: ['links'],
      value: { id: 'a-b-2', source: 'a', target: 'b', type: 'twins', sources: [] },
    });
    expect(addLinkBetween(draft, 'a', 'a')).toBeNull();
  });

  it("puts a city in a group's members, and takes it out again", () => {
    const draft = base();
    expect(toggleMember(draft, 0, 'b')).toEqual({
      kind: 'set',
      path: ['groups', 0, 'members'],
      value: ['a', 'b'],
      alone: true,
    });
    expect(toggleMember(draft, 0, 'a')).toMatchObject({ value: [] });
    expect(toggleMember(draft, 3, 'a')).toBeNull();
  });
});
