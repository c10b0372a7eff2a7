import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apply,
  applyEdit,
  cityDependents,
  type Edit,
  type JsonObject,
  redo,
  start,
  undo,
} from '../../src/editor/draft';

const base = (): JsonObject => ({
  meta: { title: { en: 'Test' } },
  linkTypes: [{ id: 'partnership', label: 'Partnership' }],
  cities: [
    { id: 'a', kind: 'metropolis', name: { en: 'A' }, country: 'FI', coordinates: [24, 60] },
    { id: 'b', kind: 'metropolis', name: 'B', country: 'EE', coordinates: [25, 59] },
    { id: 'c', kind: 'external', name: { en: 'C' }, country: 'BE', coordinates: [4, 50] },
  ],
  links: [
    { id: 'a-b', source: 'a', target: 'b', type: 'partnership', description: 'x', sources: [] },
    { id: 'b-c', source: 'b', target: 'c', type: 'partnership', description: 'y', sources: [] },
  ],
  groups: [
    { id: 'g', name: 'G', members: ['a', 'b', 'c'], type: 'partnership', description: 'z', sources: [] },
  ],
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const key = fc.constantFrom('cities', 'links', 'groups', 'meta', 'extra');
const sub = fc.oneof(fc.nat({ max: 3 }), fc.constantFrom('name', 'id', 'en', 'coordinates', 'members'));
const path = fc.tuple(key, fc.array(sub, { maxLength: 3 })).map(([k, rest]) => [k, ...rest]);
const json = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonObject[string]>;
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path, value: fc.option(json, { nil: undefined }) }),
  fc.record({ kind: fc.constant('insert' as const), path, index: fc.nat({ max: 4 }), value: json }),
  fc.record({ kind: fc.constant('remove' as const), path, index: fc.nat({ max: 4 }) }),
  fc.record({ kind: fc.constant('move' as const), path, from: fc.nat({ max: 4 }), to: fc.nat({ max: 4 }) }),
  fc.record({ kind: fc.constant('delete-city' as const), id: fc.constantFrom('a', 'b', 'c', 'zz') }),
);

describe('draft history', () => {
  it('undoing every edit gives back the start exactly, and redoing them all gives the end', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const first = deepFreeze(base());
        const snapshot = JSON.stringify(first);
        let h = start(first);
        for (const e of edits) h = apply(h, e);
        const end = h.present;
        const endText = JSON.stringify(end);
        const steps = h.past.length;
        for (let i = 0; i < steps; i++) h = undo(h);
        expect(h.past).toHaveLength(0);
        expect(JSON.stringify(h.present)).toBe(snapshot);
        expect(h.present).toBe(first);
        for (let i = 0; i < steps; i++) h = redo(h);
        expect(JSON.stringify(h.present)).toBe(endText);
        expect(h.future).toHaveLength(0);
      }),
      { numRuns: 300 },
    );
  });

  it('typing into one field is one step; another field is another', () => {
    let h = start(base());
    h = apply(h, { kind: 'set', path: ['cities', 0, 'name', 'en'], value: 'H' });
    h = apply(h, { kind: 'set', path: ['cities', 0, 'name', 'en'], value: 'He' });
    h = apply(h, { kind: 'set', path: ['cities', 0, 'country', 'x'], value: 'x' });
    expect(h.past).toHaveLength(2);
    h = undo(undo(h));
    expect(h.present).toEqual(base());
  });

  it('a new edit after undo drops the redo steps', () => {
    let h = apply(start(base()), { kind: 'remove', path: ['links'], index: 0 });
    h = undo(h);
    h = apply(h, { kind: 'set', path: ['meta', 'title'], value: 'New' });
    expect(h.future).toHaveLength(0);
    expect(redo(h)).toBe(h);
  });

  it('deleting a city removes its partnerships and takes it out of groups', () => {
    const draft = base();
    expect(cityDependents(draft, 'a')).toEqual({
      links: ['a-b'],
      groups: ['g'],
      priorities: [],
      chapters: [],
    });
    const after = applyEdit(draft, { kind: 'delete-city', id: 'a' });
    expect((after.cities as JsonObject[]).map((c) => c.id)).toEqual(['b', 'c']);
    expect((after.links as JsonObject[]).map((l) => l.id)).toEqual(['b-c']);
    expect((after.groups as JsonObject[])[0]?.members).toEqual(['b', 'c']);
  });
});
