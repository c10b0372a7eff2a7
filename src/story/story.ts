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
