import { ArchipelagoMap } from './archipelago-map';

declare global {
  interface HTMLElementTagNameMap {
    'archipelago-map': ArchipelagoMap;
  }
}

// Defining twice (two bundles on one page) must not throw.
if (!customElements.get('archipelago-map')) customElements.define('archipelago-map', ArchipelagoMap);

export { ArchipelagoMap };
