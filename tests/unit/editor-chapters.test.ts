import { describe, expect, it } from 'vitest';
import {
  chapterLabel,
  dropTarget,
  insertChapter,
  moveChapter,
  removeChapter,
  uniqueChapterId,
  updateFromView,
} from '../../src/editor/chapter-list';
import { apply, applyEdit, type Edit, type JsonObject, start, undo } from '../../src/editor/draft';

// Issue #20, the story: each change of the chapters is one edit of the draft, so one step to undo.

const story = (): JsonObject => ({
  meta: { title: 'T' },
  chapters: [
    { id: 'one', title: { en: 'One', fi: 'Yksi' }, caption: 'first' },
    { id: 'two', title: 'Two', camera: { center: [24, 60], zoom: 5 }, hold: 6 },
    { id: 'three', title: 'Three', highlight: { cities: ['a'] }, filters: { proposed: false } },
  ],
});

const ids = (draft: JsonObject) => (draft.chapters as { id: string }[]).map((c) => c.id);
const run = (draft: JsonObject, edit: Edit | null) => {
  if (!edit) throw new Error('no edit');
  return applyEdit(draft, edit);
};

describe('the chapters of the story in the editor', () => {
  it('inserts a chapter from the view after the chosen one, with an id no chapter has', () => {
    const view = { id: 'two', title: 'Helsinki', camera: { center: [25, 60.2], zoom: 6 } };
    const { edit, index } = insertChapter(story(), view, 0);
    expect(index).toBe(1);
    expect(edit).toEqual({
      kind: 'insert',
      path: ['chapters'],
      index: 1,
      value: { id: 'two-2', title: 'Helsinki', camera: { center: [25, 60.2], zoom: 6 } },
    });
    expect(ids(run(story(), edit))).toEqual(['one', 'two-2', 'two', 'three']);
  });

  it('inserts first when no chapter is chosen, at the end after the last, and into a draft without a story', () => {
    expect(insertChapter(story(), { id: 'view' }, -1).index).toBe(0);
    expect(insertChapter(story(), { id: 'view' }, 2).index).toBe(3);
    expect(insertChapter(story(), { id: 'view' }, 99).index).toBe(3);
    const { edit } = insertChapter({ meta: {} }, { title: 'x' }, -1);
    expect(run({ meta: {} }, edit)).toEqual({ meta: {}, chapters: [{ id: 'chapter', title: 'x' }] });
  });

  it('numbers ids past those taken', () => {
    const draft = { chapters: [{ id: 'view' }, { id: 'view-2' }, { id: 'view-4' }] };
    expect(uniqueChapterId(draft, 'view')).toBe('view-3');
    expect(uniqueChapterId(draft, 'other')).toBe('other');
  });

  it('moves a chapter down, up and by drag to any place; nowhere and out of the list is no edit', () => {
    expect(ids(run(story(), moveChapter(story(), 0, 1)))).toEqual(['two', 'one', 'three']);
    expect(ids(run(story(), moveChapter(story(), 2, 1)))).toEqual(['one', 'three', 'two']);
    expect(ids(run(story(), moveChapter(story(), 2, 0)))).toEqual(['three', 'one', 'two']);
    expect(ids(run(story(), moveChapter(story(), 0, 2)))).toEqual(['two', 'three', 'one']);
    expect(moveChapter(story(), 1, 1)).toBeNull();
    expect(moveChapter(story(), 0, -1)).toBeNull();
    expect(moveChapter(story(), 2, 3)).toBeNull();
    expect(moveChapter(story(), 0.5, 1)).toBeNull();
  });

  it('keeps the moved chapter itself, and a move that changes nothing is no step of the history', () => {
    const draft = story();
    const moved = run(draft, moveChapter(draft, 0, 2));
    expect((moved.chapters as unknown[])[2]).toBe((draft.chapters as unknown[])[0]);
    const history = start(draft);
    expect(apply(history, { kind: 'move', path: ['chapters'], from: 1, to: 1 })).toBe(history);
    expect(apply(history, { kind: 'move', path: ['chapters'], from: 0, to: 5 })).toBe(history);
  });

  it('deletes a chapter as one step, and undo brings it back exactly', () => {
    const history = start(story());
    const edit = removeChapter(history.present, 1);
    expect(edit).toEqual({ kind: 'remove', path: ['chapters'], index: 1 });
    const after = apply(history, edit as Edit);
    expect(ids(after.present)).toEqual(['one', 'three']);
    expect(after.past).toHaveLength(1);
    expect(undo(after).present).toEqual(story());
    expect(removeChapter(story(), 3)).toBeNull();
  });

  it('two moves in a row are two steps to undo', () => {
    let history = start(story());
    history = apply(history, moveChapter(history.present, 0, 1) as Edit);
    history = apply(history, moveChapter(history.present, 1, 2) as Edit);
    expect(ids(history.present)).toEqual(['two', 'three', 'one']);
    expect(ids(undo(history).present)).toEqual(['two', 'one', 'three']);
    expect(undo(undo(history)).present).toEqual(story());
  });

  it('updates a chapter from the view: camera, highlight and filters from it, its words and timing kept', () => {
    const view = {
      id: 'view-riga',
      title: 'Riga',
      camera: { center: [24.1, 56.9], zoom: 7 },
      highlight: { cities: ['b'] },
    };
    const edit = updateFromView(story(), 1, view);
    expect(edit).toEqual({
      kind: 'set',
      path: ['chapters', 1],
      value: {
        id: 'two',
        title: 'Two',
        hold: 6,
        camera: { center: [24.1, 56.9], zoom: 7 },
        highlight: { cities: ['b'] },
      },
    });
    // What the view has not (no filters) goes.
    const three = updateFromView(story(), 2, { camera: { center: [0, 0], zoom: 1 } });
    expect(three).toEqual({
      kind: 'set',
      path: ['chapters', 2],
      value: { id: 'three', title: 'Three', camera: { center: [0, 0], zoom: 1 } },
    });
    expect(updateFromView(story(), 7, view)).toBeNull();
  });

  it('lands a dragged chapter before the first whose middle is below the pointer', () => {
    const mids = [10, 30, 50];
    expect(dropTarget(mids, 0, 5)).toBe(0);
    expect(dropTarget(mids, 0, 20)).toBe(0);
    expect(dropTarget(mids, 0, 35)).toBe(1);
    expect(dropTarget(mids, 0, 99)).toBe(2);
    expect(dropTarget(mids, 2, 5)).toBe(0);
    expect(dropTarget(mids, 2, 25)).toBe(1);
    expect(dropTarget(mids, 2, 45)).toBe(2);
    expect(dropTarget(mids, 1, 0)).toBe(0);
    expect(dropTarget(mids, 1, 60)).toBe(2);
  });

  it('lists a chapter by its title in the interface language, else its id', () => {
    const [one, two] = story().chapters as JsonObject[];
    expect(chapterLabel(one, 'fi')).toBe('Yksi');
    expect(chapterLabel(one, 'de')).toBe('One');
    expect(chapterLabel(two, 'fi')).toBe('Two');
    expect(chapterLabel({ id: 'x', title: '  ' }, 'en')).toBe('x');
    expect(chapterLabel(7, 'en')).toBe('…');
  });
});
