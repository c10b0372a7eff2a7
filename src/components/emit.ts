import type { ArchipelagoEventDetail, ArchipelagoEventMap } from '../events';

/** Sends one of the element's public events (src/events.ts): bubbling and composed, so pages hear it. */
export function emit<K extends keyof ArchipelagoEventMap>(
  target: EventTarget,
  type: K,
  detail: ArchipelagoEventDetail<K>,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
