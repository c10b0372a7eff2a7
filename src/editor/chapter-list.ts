/**
 * The story's chapters in the editor, pure: each change (add from the view, move, delete, update from the
 * view) is one `Edit` of the draft's `chapters`, so it is one step to undo. No DOM.
 */
import { localize } from '../data/text';
import type { Edit, Json, JsonObject } from './draft';

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const chaptersOf = (draft: JsonObject): Json[] =>
  Array.isArray(draft.chapters) ? draft.chapters : [];

export const chapterIds = (draft: JsonObject): string[] =>
  chaptersOf(draft).map((c) => (isObject(c) && typeof c.id === 'string' ? c.id : ''));

/** What a chapter is listed by: its title in the interface language, else its id. */
export function chapterLabel(chapter: Json | undefined, lang: string): string {
  if (!isObject(chapter)) return '…';
  const title = chapter.title;
  const text =
    typeof title === 'string' || isObject(title)
      ? localize(title as Parameters<typeof localize>[0], lang)
      : '';
  if (typeof text === 'string' && text.trim()) return text;
  return typeof chapter.id === 'string' && chapter.id ? chapter.id : '…';
}

/** `wanted` when no chapter of the draft has it as its id, else `wanted-2`, `wanted-3`, … */
export function uniqueChapterId(draft: JsonObject, wanted: string): string {
  const taken = new Set(chapterIds(draft));
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n++;
  return `${wanted}-${n}`;
}

/**
 * `chapter` inserted after the chapter at `after` (first when `after` is -1), with an id no other chapter
 * has: the map makes its id unique among the chapters it shows, which may be an earlier draft's.
 */
export function insertChapter(
  draft: JsonObject,
  chapter: JsonObject,
  after: number,
): { edit: Edit; index: number } {
  const index = Math.max(0, Math.min(chaptersOf(draft).length, after + 1));
  const { id, ...rest } = chapter;
  const value = { id: uniqueChapterId(draft, typeof id === 'string' && id ? id : 'chapter'), ...rest };
  return { index, edit: { kind: 'insert', path: ['chapters'], index, value } };
}

/** Chapter `from` moved to place `to`; null when either is not a chapter or they are the same. */
export function moveChapter(draft: JsonObject, from: number, to: number): Edit | null {
  const n = chaptersOf(draft).length;
  const inside = (i: number) => Number.isInteger(i) && i >= 0 && i < n;
  return inside(from) && inside(to) && from !== to ? { kind: 'move', path: ['chapters'], from, to } : null;
}

export function removeChapter(draft: JsonObject, index: number): Edit | null {
  return index in chaptersOf(draft) ? { kind: 'remove', path: ['chapters'], index } : null;
}

/** What a chapter takes from the view; its words, id and timing are the author's. */
const VIEW_KEYS = ['camera', 'highlight', 'filters'] as const;

/**
 * "Update from this view": the chapter with the view's camera, highlight and filters (those the view has
 * not are removed), everything else kept.
 */
export function updateFromView(draft: JsonObject, index: number, view: JsonObject): Edit | null {
  const chapter = chaptersOf(draft)[index];
  if (!isObject(chapter)) return null;
  const value: JsonObject = {};
  for (const [key, v] of Object.entries(chapter))
    if (!(VIEW_KEYS as readonly string[]).includes(key)) value[key] = v;
  for (const key of VIEW_KEYS) {
    const v = view[key];
    if (v !== undefined) value[key] = v;
  }
  return { kind: 'set', path: ['chapters', index], value };
}

/**
 * Where a dragged chapter lands: `mids` are the vertical middles of the chapters as listed, `y` the
 * pointer's. It goes before the first chapter whose middle is below the pointer; its own place is taken
 * out of the count.
 */
export function dropTarget(mids: readonly number[], from: number, y: number): number {
  const slot = mids.filter((mid) => mid < y).length;
  return Math.max(0, Math.min(mids.length - 1, slot > from ? slot - 1 : slot));
}
