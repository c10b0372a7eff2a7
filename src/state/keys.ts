/**
 * Every key the map answers to, in one table: the element's keyboard controller, the islands, the
 * story and the speaker view look their keys up here, and the `?` dialog is generated from it, so a key
 * cannot work without being listed, nor be listed without working. Pure: no DOM.
 */

/** Where a binding holds: on the map while exploring, on the map while presenting, on both, or in
 * the speaker view's window. `island` bindings act on the focused island, `timeline` ones on the
 * timeline's focused year handle (the ARIA slider keys). */
export type KeyContext = 'island' | 'map' | 'present' | 'speaker' | 'timeline';

export type KeyCommand =
  | 'focus-next'
  | 'focus-direction'
  | 'select'
  | 'path'
  | 'close'
  | 'zoom-in'
  | 'zoom-out'
  | 'help'
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'blackout'
  | 'fullscreen'
  | 'speaker'
  | 'pause'
  | 'reset'
  | 'year-up'
  | 'year-down'
  | 'year-page-up'
  | 'year-page-down'
  | 'year-first'
  | 'year-last';

/** The interface strings that describe a binding in the `?` dialog (keys of `Strings`). */
export type KeyHelp =
  | 'keyTab'
  | 'keyArrows'
  | 'keyEnter'
  | 'keyShiftEnter'
  | 'keyEscape'
  | 'keyZoom'
  | 'keyHelp'
  | 'keyNextChapter'
  | 'keyPreviousChapter'
  | 'keyFirstLast'
  | 'keyTimeline'
  | 'keyBlackout'
  | 'keyFullscreen'
  | 'keySpeaker';

export interface KeyBinding {
  /** `KeyboardEvent.key` values. */
  keys: readonly string[];
  command: KeyCommand;
  contexts: readonly KeyContext[];
  /** Shift must be held (true), must not be (false), or does not matter (absent). */
  shift?: boolean;
  /** How the dialog shows the keys, and which line describes them; absent: not listed on its own. */
  shown?: string;
  help?: KeyHelp;
}

// Clickers send PageDown/PageUp (most), arrows, or Space; `b` and `.` conventions vary, so only `b`.
export const KEY_BINDINGS: readonly KeyBinding[] = [
  { keys: ['Tab'], command: 'focus-next', contexts: ['map'], shown: 'Tab', help: 'keyTab' },
  {
    keys: ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown'],
    command: 'focus-direction',
    contexts: ['island'],
    shown: '← ↑ → ↓',
    help: 'keyArrows',
  },
  {
    keys: ['Enter', ' '],
    command: 'select',
    contexts: ['island'],
    shift: false,
    shown: 'Enter',
    help: 'keyEnter',
  },
  {
    keys: ['Enter', ' '],
    command: 'path',
    contexts: ['island'],
    shift: true,
    shown: 'Shift + Enter',
    help: 'keyShiftEnter',
  },
  { keys: ['Escape'], command: 'close', contexts: ['map'], shown: 'Escape', help: 'keyEscape' },
  { keys: ['+', '='], command: 'zoom-in', contexts: ['map'], shown: '+ −', help: 'keyZoom' },
  { keys: ['-', '_'], command: 'zoom-out', contexts: ['map'] },
  { keys: ['?'], command: 'help', contexts: ['map'], shown: '?', help: 'keyHelp' },
  {
    keys: ['ArrowRight', 'ArrowUp'],
    command: 'year-up',
    contexts: ['timeline'],
    shown: '← → PageUp PageDown Home End',
    help: 'keyTimeline',
  },
  { keys: ['ArrowLeft', 'ArrowDown'], command: 'year-down', contexts: ['timeline'] },
  { keys: ['PageUp'], command: 'year-page-up', contexts: ['timeline'] },
  { keys: ['PageDown'], command: 'year-page-down', contexts: ['timeline'] },
  { keys: ['Home'], command: 'year-first', contexts: ['timeline'] },
  { keys: ['End'], command: 'year-last', contexts: ['timeline'] },
  {
    keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' '],
    command: 'next',
    contexts: ['present', 'speaker'],
    shown: '→ ↓ PageDown Space',
    help: 'keyNextChapter',
  },
  {
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp'],
    command: 'previous',
    contexts: ['present', 'speaker'],
    shown: '← ↑ PageUp',
    help: 'keyPreviousChapter',
  },
  {
    keys: ['Home'],
    command: 'first',
    contexts: ['present', 'speaker'],
    shown: 'Home / End',
    help: 'keyFirstLast',
  },
  { keys: ['End'], command: 'last', contexts: ['present', 'speaker'] },
  { keys: ['b', 'B'], command: 'blackout', contexts: ['present'], shown: 'B', help: 'keyBlackout' },
  { keys: ['f', 'F'], command: 'fullscreen', contexts: ['present'], shown: 'F', help: 'keyFullscreen' },
  { keys: ['s', 'S'], command: 'speaker', contexts: ['present'], shown: 'S', help: 'keySpeaker' },
  { keys: ['p', 'P'], command: 'pause', contexts: ['speaker'] },
  { keys: ['r', 'R'], command: 'reset', contexts: ['speaker'] },
];

/** The command a key gives in a context, or null when the key means nothing there. */
export function keyCommand(key: string, context: KeyContext, shift = false): KeyCommand | null {
  for (const b of KEY_BINDINGS) {
    if (!b.contexts.includes(context) || !b.keys.includes(key)) continue;
    if (b.shift !== undefined && b.shift !== shift) continue;
    return b.command;
  }
  return null;
}

/** The `?` dialog's rows for the exploring and the presenting keys, in the table's order. */
export function helpRows(): { explore: [string, KeyHelp][]; present: [string, KeyHelp][] } {
  const rows = (keep: (b: KeyBinding) => boolean) =>
    KEY_BINDINGS.filter((b) => b.shown && b.help && keep(b)).map(
      (b) => [b.shown, b.help] as [string, KeyHelp],
    );
  return {
    explore: rows((b) => ['island', 'map', 'timeline'].some((c) => b.contexts.includes(c as KeyContext))),
    present: rows((b) => b.contexts.includes('present')),
  };
}
