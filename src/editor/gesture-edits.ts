import { newItem } from './actions';
import { type Edit, getAt, type Json, type JsonObject } from './draft';

/** What a click or a drag on the map means: the editor's mode. */
export type MapMode = 'select' | 'add' | 'link' | 'members';
export const MAP_MODES: readonly MapMode[] = ['select', 'add', 'link', 'members'];

/** How far (CSS px) a pointer may move between press and release and still be a click, not a drag. */
export const CLICK_SLOP = 4;

const list = (value: Json | undefined) => (Array.isArray(value) ? value : []);

/** Four decimals: about 10 m, finer than a pointer can point on a map of the Baltic Sea. */
export function roundLngLat([lng, lat]: readonly [number, number]): [number, number] {
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  return [round(lng), round(lat)];
}

export function indexOfId(draft: JsonObject, key: 'cities' | 'links' | 'groups', id: string): number {
  return list(draft[key]).findIndex((item) => getAt(item, ['id']) === id);
}

/** Moving a city: one step of its own (two drags of one city are two steps to undo). */
export function moveCity(draft: JsonObject, id: string, lngLat: readonly [number, number]): Edit | null {
  const index = indexOfId(draft, 'cities', id);
  if (index < 0) return null;
  return { kind: 'set', path: ['cities', index, 'coordinates'], value: roundLngLat(lngLat), alone: true };
}

/** A new city at a point of the map, and where it goes in the list. */
export function addCityAt(
  draft: JsonObject,
  lngLat: readonly [number, number],
): { edit: Edit; index: number } {
  const index = list(draft.cities).length;
  const city = { ...newItem(draft, 'cities'), coordinates: roundLngLat(lngLat) };
  return { edit: { kind: 'insert', path: ['cities'], index, value: city }, index };
}

/** `a-b`, or `a-b-2`, `a-b-3`, … when that id is taken. */
export function linkId(draft: JsonObject, a: string, b: string): string {
  const used = new Set(list(draft.links).map((l) => getAt(l, ['id'])));
  let id = `${a}-${b}`;
  for (let n = 2; used.has(id); n++) id = `${a}-${b}-${n}`;
  return id;
}

/** A new partnership from city `a` to city `b`, of the draft's first link type. */
export function addLinkBetween(
  draft: JsonObject,
  a: string,
  b: string,
): { edit: Edit; index: number } | null {
  if (a === b) return null;
  const index = list(draft.links).length;
  const link = { ...newItem(draft, 'links'), id: linkId(draft, a, b), source: a, target: b };
  return { edit: { kind: 'insert', path: ['links'], index, value: link }, index };
}

/** Adds a city to a group's members, or takes it out when it is one. */
export function toggleMember(draft: JsonObject, group: number, city: string): Edit | null {
  if (getAt(draft, ['groups', group]) === undefined) return null;
  const members = list(getAt(draft, ['groups', group, 'members']));
  const value = members.includes(city) ? members.filter((m) => m !== city) : [...members, city];
  return { kind: 'set', path: ['groups', group, 'members'], value, alone: true };
}
