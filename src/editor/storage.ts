/**
 * Where the draft is kept between visits: IndexedDB, through idb-keyval. Each call fails softly (returns
 * `false` or `null`) so that a private window, a full disk or a browser without IndexedDB only means the
 * editor says it cannot keep a draft; it never stops editing.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { JsonObject } from './draft';

export interface KeptDraft {
  draft: JsonObject;
  /** Whether every change was downloaded (nothing would be lost by closing). */
  downloaded: boolean;
  /** When it was kept (ms since 1970). */
  savedAt: number;
}

const KEY = 'draft';

export interface DraftStore {
  load(): Promise<KeptDraft | null>;
  save(kept: KeptDraft): Promise<boolean>;
  clear(): Promise<boolean>;
}

/** The store, or null where IndexedDB is missing or refuses to open. */
export async function openDraftStore(): Promise<DraftStore | null> {
  let store: UseStore;
  try {
    if (typeof indexedDB === 'undefined') return null;
    store = createStore('baltic-archipelago-editor', 'drafts');
    // Opening is lazy in idb-keyval: a first read shows whether the database can be used at all.
    await get(KEY, store);
  } catch {
    return null;
  }
  return {
    async load() {
      try {
        const kept = (await get(KEY, store)) as KeptDraft | undefined;
        return kept && typeof kept.draft === 'object' && kept.draft !== null ? kept : null;
      } catch {
        return null;
      }
    },
    async save(kept) {
      try {
        await set(KEY, kept, store);
        return true;
      } catch {
        return false;
      }
    },
    async clear() {
      try {
        await del(KEY, store);
        return true;
      } catch {
        return false;
      }
    },
  };
}
