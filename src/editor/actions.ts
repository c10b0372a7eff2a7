import { localize } from '../data/text';
import { fill } from '../i18n/strings';
import type { ArchipelagoEditor } from './archipelago-editor';
import { loadChapters } from './chapters-loader';
import { datasetFile, saveFile } from './download';
import { cityDependents, freshId, getAt, type Json, type JsonObject } from './draft';
import { loadTypes } from './types-loader';

export type Tab = 'cities' | 'links' | 'groups' | 'linkTypes' | 'chapters';
export const TABS: readonly Tab[] = ['cities', 'links', 'groups', 'linkTypes', 'chapters'];
/** The tabs whose forms are in the editor's own chunk (Link types and the story load when opened). */
export type ListTab = Exclude<Tab, 'linkTypes' | 'chapters'>;
/** The tabs whose entries Add makes from `newItem`. */
type AddTab = ListTab | 'linkTypes';

const list = (draft: JsonObject, tab: Tab) => {
  const items = draft[tab];
  return Array.isArray(items) ? items : [];
};

/** Saves the draft as `archipelago.json` when it is valid; false when it is not. */
export function downloadDataset(draft: JsonObject): boolean {
  const file = datasetFile(draft);
  if (!file.ok) return false;
  saveFile(file.text, 'archipelago.json');
  return true;
}

/**
 * The name an entry is listed by: its name in the interface language; for a partnership, the names of
 * its two cities (`cityName`); else its id.
 */
export function itemLabel(item: Json | undefined, lang: string, cityName = (id: string) => id): string {
  const id = getAt(item, ['id']);
  const name = getAt(item, ['name']);
  const named =
    typeof name === 'string' || (name && typeof name === 'object' && !Array.isArray(name))
      ? localize(name as Parameters<typeof localize>[0], lang)
      : '';
  if (named) return named;
  const source = getAt(item, ['source']);
  const target = getAt(item, ['target']);
  if (typeof source === 'string' && typeof target === 'string')
    return `${cityName(source)} – ${cityName(target)}`;
  return typeof id === 'string' && id ? id : '…';
}

/** A new entry with what the schema requires; what is left empty shows as a problem at its field. */
export function newItem(draft: JsonObject, tab: AddTab): JsonObject {
  const cities = list(draft, 'cities')
    .map((c) => getAt(c, ['id']))
    .filter((id) => typeof id === 'string');
  const type = getAt(draft, ['linkTypes', 0, 'id']) ?? '';
  switch (tab) {
    case 'cities':
      return { id: freshId(draft.cities, 'city'), kind: 'metropolis', name: { en: '' }, country: '' };
    case 'links':
      return {
        id: freshId(draft.links, 'link'),
        source: cities[0] ?? '',
        target: cities[1] ?? '',
        type,
        description: { en: '' },
        sources: [],
      };
    case 'groups':
      return {
        id: freshId(draft.groups, 'group'),
        name: { en: '' },
        members: [],
        type,
        description: { en: '' },
        sources: [],
      };
    case 'linkTypes':
      return { id: freshId(draft.linkTypes, 'type'), label: { en: '' } };
  }
}

/** Focuses the first field of the form once it is drawn. */
export async function focusForm(
  editor: ArchipelagoEditor,
  selector = '.form :is(input, select)',
): Promise<void> {
  await editor.updateComplete;
  editor.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}

export function addItem(editor: ArchipelagoEditor, tab: AddTab): void {
  const index = list(editor.draft, tab).length;
  editor.edit({ kind: 'insert', path: [tab], index, value: newItem(editor.draft, tab) });
  editor.selected = { ...editor.selected, [tab]: index };
  void focusForm(editor);
}

export function selectItem(editor: ArchipelagoEditor, tab: Tab, index: number): void {
  editor.tab = tab;
  editor.selected = { ...editor.selected, [tab]: index };
}

/** Deletes an entry; a city after one confirmation that lists what goes with it. */
export function deleteItem(editor: ArchipelagoEditor, tab: Tab, index: number): void {
  const done = () => void focusForm(editor, `[data-add="${tab}"]`);
  const item = list(editor.draft, tab)[index];
  if (tab !== 'cities') {
    editor.edit({ kind: 'remove', path: [tab], index });
    done();
    return;
  }
  const id = getAt(item, ['id']);
  const t = editor.t;
  const name = itemLabel(item, editor.lang);
  if (typeof id !== 'string') {
    editor.edit({ kind: 'remove', path: ['cities'], index });
    done();
    return;
  }
  const goes = cityDependents(editor.draft, id);
  const items = [
    [t.goesLinks, goes.links],
    [t.goesGroups, goes.groups],
    [t.goesPriorities, goes.priorities],
    [t.goesChapters, goes.chapters],
  ] as const;
  const lines = items
    .filter(([, ids]) => ids.length > 0)
    .map(([text, ids]) => fill(text, { list: ids.join(', ') }));
  editor.confirm = {
    message: fill(lines.length ? t.deleteCityAsk : t.deleteOnly, { name }),
    items: lines,
    run: () => {
      editor.edit({ kind: 'delete-city', id });
      done();
    },
  };
}

/**
 * Shows the field a problem is about: selects its entry and focuses the field at the problem's path, or
 * the nearest one above it (`cities[2].coordinates` → the coordinates' first field).
 */
export async function goToProblem(editor: ArchipelagoEditor, path: string): Promise<void> {
  const match = /^(cities|links|groups|linkTypes|chapters)\[(\d+)\]/.exec(path);
  if (!match) return;
  selectItem(editor, match[1] as Tab, Number(match[2]));
  if (match[1] === 'chapters' || match[1] === 'linkTypes') {
    await (match[1] === 'chapters' ? loadChapters() : loadTypes());
    editor.requestUpdate();
  }
  await editor.updateComplete;
  let here = path;
  while (here) {
    const field = editor.renderRoot.querySelector<HTMLElement>(`.form [data-path="${CSS.escape(here)}"]`);
    if (field) {
      const target = field.matches('fieldset')
        ? field.querySelector<HTMLElement>('input, select, button')
        : field;
      target?.focus();
      return;
    }
    const up = here.replace(/(\.[^.[]+|\[[^\]]*\])$/, '');
    if (up === here) return;
    here = up;
  }
}
