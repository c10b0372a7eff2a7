import type { ArchipelagoEventMap } from '../lib';

/** Sends one of the element's public events: bubbling and composed, so pages hear it. */
export function emit<K extends keyof ArchipelagoEventMap>(
  target: EventTarget,
  type: K,
  detail: ArchipelagoEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
