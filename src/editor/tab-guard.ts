/**
 * One draft, one tab that keeps it. A tab that opens the editor asks on a BroadcastChannel whether another
 * tab is editing; if one answers, this tab does not save and says so, until the person takes over here —
 * then the other tab is told in turn. Neither tab overwrites the other's draft without being told.
 */

type Message = { type: 'hello' | 'busy' | 'take-over'; tab: string };

export interface TabGuard {
  /** Whether this tab keeps the draft. */
  readonly owner: boolean;
  takeOver(): void;
  close(): void;
}

/**
 * `onChange` runs when another tab answers (`other-tab`), takes over (`taken`), or this one takes over
 * (`owner`). Where BroadcastChannel is missing, every tab keeps its draft.
 */
export function guardTabs(onChange: (state: 'owner' | 'other-tab' | 'taken') => void): TabGuard {
  const tab = Math.random().toString(36).slice(2);
  let owner = true;
  if (typeof BroadcastChannel === 'undefined') return { owner, takeOver() {}, close() {} };
  const channel = new BroadcastChannel('baltic-archipelago-editor');
  const post = (type: Message['type']) => channel.postMessage({ type, tab } satisfies Message);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (!message || message.tab === tab) return;
    if (message.type === 'hello' && owner) post('busy');
    if ((message.type === 'busy' || message.type === 'take-over') && owner) {
      owner = false;
      onChange(message.type === 'busy' ? 'other-tab' : 'taken');
    }
  };
  post('hello');
  return {
    get owner() {
      return owner;
    },
    takeOver() {
      owner = true;
      post('take-over');
      onChange('owner');
    },
    close() {
      channel.close();
    },
  };
}
