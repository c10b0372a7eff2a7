/**
 * The presenter's state machine: which key does what (read from the one key table, src/state/keys.ts),
 * and where a step lands. Pure (no DOM), so the element and the speaker view agree on a clicker's keys.
 */

import { keyCommand } from '../state/keys';

export type StoryCommand = 'next' | 'previous' | 'first' | 'last' | 'blackout' | 'fullscreen' | 'speaker';

export type StepCommand = Extract<StoryCommand, 'next' | 'previous' | 'first' | 'last'>;

/** The presenter command for a `KeyboardEvent.key` (from the one key table), or null. */
export function storyCommand(key: string): StoryCommand | null {
  const command = keyCommand(key, 'present');
  return command === null ? null : (command as StoryCommand);
}

/** True for the commands that move between chapters. */
export function isStep(command: string | null): command is StepCommand {
  return command === 'next' || command === 'previous' || command === 'first' || command === 'last';
}

/**
 * The chapter index after a step, clamped to the story (no wrap-around): next on the last chapter stays
 * there, previous on the first stays there. An empty story is always at -1. From before the story (-1, no
 * chapter shown yet) both next and previous land on the first chapter; from past the end, on the last ones.
 */
export function stepIndex(index: number, count: number, command: StepCommand): number {
  if (!Number.isFinite(count) || count < 1) return -1;
  const last = Math.floor(count) - 1;
  if (command === 'first') return 0;
  if (command === 'last') return last;
  // Before the story (no chapter shown yet): either step lands on the first chapter.
  if (!Number.isFinite(index) || index < 0) return 0;
  const at = Math.min(Math.trunc(index), last);
  return command === 'next' ? Math.min(at + 1, last) : Math.max(at - 1, 0);
}

/** Where the chapter with this id is in the story; -1 when absent (or when the id is null). */
export function chapterIndex(chapters: readonly { id: string }[], id: string | null): number {
  if (id === null) return -1;
  return chapters.findIndex((c) => c.id === id);
}

/** Where the presenter is: a chapter, and the year shown when that chapter plays years (else null). */
export interface StoryPosition {
  index: number;
  year: number | null;
}

/**
 * A step through a story whose chapters may play years (`play: [from, to]`): next advances a year until
 * `to`, then goes to the next chapter; previous steps back a year until `from`, then goes to the previous
 * chapter, arriving at the end of its years when it plays (stepping back retraces the talk). First and
 * last arrive at the start of their chapter's years. A year outside the range counts as its start.
 */
export function storyStep(
  chapters: readonly { play?: readonly [number, number] | undefined }[],
  at: StoryPosition,
  command: StepCommand,
): StoryPosition {
  const play = chapters[at.index]?.play;
  if (play && at.year !== null && (command === 'next' || command === 'previous')) {
    const year = Math.max(play[0], Math.min(play[1], at.year));
    if (command === 'next' && year < play[1]) return { index: at.index, year: year + 1 };
    if (command === 'previous' && year > play[0]) return { index: at.index, year: year - 1 };
  }
  const index = stepIndex(at.index, chapters.length, command);
  if (index === at.index) return { index, year: play && at.year !== null ? at.year : (play?.[0] ?? null) };
  const next = chapters[index]?.play;
  if (!next) return { index, year: null };
  return { index, year: command === 'previous' ? next[1] : next[0] };
}
