/**
 * The editor's draft and its history, pure: no DOM, no storage. A draft is plain JSON that may be invalid
 * (the forms keep whatever the person typed, and the validator says what is wrong), so it is typed as JSON
 * rather than as `Dataset`.
 *
 * Edits are data (`Edit`); `apply` returns a new history and never changes the old one. Unchanged parts are
 * shared between drafts, so keeping every earlier draft for undo costs only what each edit changed.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Path = readonly (string | number)[];

export type Edit =
  /**
   * Sets the value at `path`; `undefined` removes the key (or the item, in a list). `alone`: a step of its
   * own, never merged with a `set` of the same path before or after it (a drag on the map, not typing).
   */
  | { kind: 'set'; path: Path; value: Json | undefined; alone?: boolean }
  /** Inserts `value` into the list at `path`, before `index` (at the end when `index` is past it). */
  | { kind: 'insert'; path: Path; index: number; value: Json }
  /** Removes the item at `index` of the list at `path`. */
  | { kind: 'remove'; path: Path; index: number }
  /** Moves the item at `from` of the list at `path` so that it ends at `to` (the story's chapters). */
  | { kind: 'move'; path: Path; from: number; to: number }
  /** Removes a city and what goes with it (see `cityDependents`). */
  | { kind: 'delete-city'; id: string };

export interface History {
  readonly present: JsonObject;
  /** Earlier drafts, oldest first, with the edit that left each. */
  readonly past: readonly { readonly draft: JsonObject; readonly edit: Edit }[];
  /** Undone drafts, the next redo last. */
  readonly future: readonly { readonly draft: JsonObject; readonly edit: Edit }[];
}

export function start(draft: JsonObject): History {
  return { present: draft, past: [], future: [] };
}

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function getAt(root: Json | undefined, path: Path): Json | undefined {
  let here: Json | undefined = root;
  for (const key of path) {
    if (Array.isArray(here) && typeof key === 'number') here = here[key];
    else if (isObject(here) && typeof key === 'string')
      here = Object.hasOwn(here, key) ? here[key] : undefined;
    else return undefined;
  }
  return here;
}

/** A copy of `root` with `update` applied to the value at `path` (missing objects on the way are made). */
function updateAt(root: Json | undefined, path: Path, update: (old: Json | undefined) => Json | undefined) {
  if (path.length === 0) return update(root);
  const [key, ...rest] = path;
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    const next = updateAt(list[key], rest, update);
    if (next === undefined) list.splice(key, 1);
    else list[key] = next;
    return list;
  }
  const object: JsonObject = isObject(root) ? { ...root } : {};
  const next = updateAt(
    Object.hasOwn(object, key as string) ? object[key as string] : undefined,
    rest,
    update,
  );
  if (next === undefined) delete object[key as string];
  else object[key as string] = next;
  return object;
}

const asList = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const idOf = (value: Json | undefined): string | undefined =>
  isObject(value) && typeof value.id === 'string' ? value.id : undefined;

export interface CityDependents {
  /** Ids of the partnerships that join the city (removed with it). */
  links: string[];
  /** Ids of the groups it is a member of (it leaves them). */
  groups: string[];
  /** Ids of the priorities and chapters that name it (it is taken out of them). */
  priorities: string[];
  chapters: string[];
}

/** What goes with a city when it is deleted. */
export function cityDependents(draft: JsonObject, id: string): CityDependents {
  const naming = (list: Json | undefined, path: Path) =>
    asList(list)
      .filter((item) => asList(getAt(item, path)).includes(id))
      .map((item) => idOf(item) ?? '');
  return {
    links: asList(draft.links)
      .filter((l) => isObject(l) && (l.source === id || l.target === id))
      .map((l) => idOf(l) ?? ''),
    groups: naming(draft.groups, ['members']),
    priorities: naming(draft.priorities, ['cities']),
    chapters: naming(draft.chapters, ['highlight', 'cities']),
  };
}

function deleteCity(draft: JsonObject, id: string): JsonObject {
  const without = (list: Json | undefined) => asList(list).filter((x) => x !== id);
  const leave = (list: Json | undefined, path: Path): Json[] =>
    asList(list).map((item) =>
      asList(getAt(item, path)).includes(id)
        ? (updateAt(item, path, (members) => without(members)) as Json)
        : item,
    );
  const out: JsonObject = { ...draft };
  if (Array.isArray(draft.cities)) out.cities = draft.cities.filter((c) => idOf(c) !== id);
  if (Array.isArray(draft.links))
    out.links = draft.links.filter((l) => !(isObject(l) && (l.source === id || l.target === id)));
  if (Array.isArray(draft.groups)) out.groups = leave(draft.groups, ['members']);
  if (Array.isArray(draft.priorities)) out.priorities = leave(draft.priorities, ['cities']);
  if (Array.isArray(draft.chapters)) out.chapters = leave(draft.chapters, ['highlight', 'cities']);
  return out;
}

/** The draft after one edit. */
export function applyEdit(draft: JsonObject, edit: Edit): JsonObject {
  let next: Json | undefined;
  switch (edit.kind) {
    case 'set':
      if (getAt(draft, edit.path) === edit.value) return draft;
      if (edit.path.length === 0) return isObject(edit.value) ? edit.value : draft;
      next = updateAt(draft, edit.path, () => edit.value);
      break;
    case 'insert':
      next = updateAt(draft, edit.path, (list) => {
        const copy = [...asList(list)];
        copy.splice(Math.max(0, edit.index), 0, edit.value);
        return copy;
      });
      break;
    case 'remove':
      next = updateAt(draft, edit.path, (list) => asList(list).filter((_, i) => i !== edit.index));
      break;
    case 'move': {
      const list = asList(getAt(draft, edit.path));
      // A move nowhere, or from or to a place the list does not have, changes nothing (and is no step).
      if (edit.from === edit.to || !(edit.from in list) || !(edit.to in list)) return draft;
      const copy = [...list];
      const [item] = copy.splice(edit.from, 1);
      copy.splice(edit.to, 0, item as Json);
      next = updateAt(draft, edit.path, () => copy);
      break;
    }
    case 'delete-city':
      next = deleteCity(draft, edit.id);
      break;
  }
  return isObject(next) ? next : draft;
}

const typing = (edit: Edit): edit is Extract<Edit, { kind: 'set' }> => edit.kind === 'set' && !edit.alone;

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((key, i) => key === b[i]);

/**
 * The history after one edit. Typing into one field is one step to undo: a `set` of the same path as the
 * edit before it replaces that step instead of adding one. An edit that changes nothing is no step.
 */
export function apply(history: History, edit: Edit): History {
  const present = applyEdit(history.present, edit);
  if (present === history.present) return history;
  const last = history.past.at(-1);
  if (last && typing(edit) && typing(last.edit) && samePath(last.edit.path, edit.path)) {
    return { present, past: [...history.past.slice(0, -1), { draft: last.draft, edit }], future: [] };
  }
  return { present, past: [...history.past, { draft: history.present, edit }], future: [] };
}

export function undo(history: History): History {
  const last = history.past.at(-1);
  if (!last) return history;
  return {
    present: last.draft,
    past: history.past.slice(0, -1),
    future: [...history.future, { draft: history.present, edit: last.edit }],
  };
}

export function redo(history: History): History {
  const next = history.future.at(-1);
  if (!next) return history;
  return {
    present: next.draft,
    past: [...history.past, { draft: history.present, edit: next.edit }],
    future: history.future.slice(0, -1),
  };
}

export const canUndo = (history: History) => history.past.length > 0;
export const canRedo = (history: History) => history.future.length > 0;

/** An empty dataset: one link type to start with, no cities yet (which the validator reports). */
export function emptyDraft(): JsonObject {
  return {
    meta: { title: { en: 'My archipelago' } },
    linkTypes: [{ id: 'partnership', label: { en: 'Partnership' } }],
    cities: [],
    links: [],
    groups: [],
  };
}

/** An id not yet used in `list`: `prefix-1`, `prefix-2`, … */
export function freshId(list: Json | undefined, prefix: string): string {
  const used = new Set(asList(list).map(idOf));
  let n = asList(list).length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
