import type { ReactiveController } from 'lit';
import { type EscapeTarget, escapeTarget } from '../state/explore';
import { keyCommand } from '../state/keys';
import { storyCommand } from '../story/story';
import type { FocusController } from './focus-controller';
import type { ArchipelagoHost } from './host';
import type { MapHostController } from './map-host';
import type { StoryController } from './story-controller';

/**
 * The element's keys, looked up in the one key table (src/state/keys.ts): presenter keys while a story
 * is shown, Escape closing the innermost open thing, `?`, zoom, and Tab into the panel. Keys never act
 * while a text field has focus, nor with Ctrl, Meta or Alt (the browser's and the system's).
 */
export class KeyboardController implements ReactiveController {
  constructor(
    private readonly host: ArchipelagoHost,
    private readonly map: MapHostController,
    private readonly story: StoryController,
    private readonly focus: FocusController,
    private readonly actions: {
      closePanel: () => void;
      clearSelection: () => boolean;
      /** Whether this island is what the panel tells about (the selected city, or an end of the path). */
      tellsAbout: (id: string) => boolean;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  /** Arrow keys on a focused island: a chapter step while presenting, else focus to the nearest island. */
  islandKey(fromId: string, key: string): void {
    if (this.host.presenting) {
      const command = storyCommand(key);
      if (command) this.story.command(command);
      return;
    }
    this.focus.moveFocus(fromId, key);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const target = event.composedPath()[0];
    if (isTextField(target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const host = this.host;
    if (host.presenting) {
      const command = storyCommand(event.key);
      if (command) {
        event.preventDefault();
        this.story.command(command);
        return;
      }
    }
    const command = keyCommand(event.key, 'map');
    const view = this.map.view;
    if (command === 'close') {
      const closed = this.close();
      if (closed) event.preventDefault();
    } else if (command === 'help') {
      if (host.helpOpen) this.focus.closeHelp();
      else host.helpOpen = true;
      event.preventDefault();
    } else if (command === 'focus-next' && host.helpOpen) {
      // The keys dialog is modal: focus stays on its one control until it closes.
      this.focus.helpOpened();
      event.preventDefault();
    } else if (command === 'focus-next' && !event.shiftKey && host.panelOpen && this.aboutPanel(target)) {
      // The details of the island just selected come next, not the rest of the islands.
      const panel = host.renderRoot.querySelector<HTMLElement>('.panel');
      if (panel) {
        panel.focus({ preventScroll: true });
        event.preventDefault();
      }
    } else if ((command === 'zoom-in' || command === 'zoom-out') && view) {
      view.zoomBy(command === 'zoom-in' ? 1 : -1);
      event.preventDefault();
    }
  };

  /** Escape: closes the innermost open thing; false when nothing was open (the key is the page's). */
  private close(): boolean {
    const host = this.host;
    const selection = Boolean(host.selected || host.selectedLink || host.path);
    const target: EscapeTarget | null = escapeTarget({
      hover: host.hover !== null,
      help: host.helpOpen,
      exportMenu: host.exportOpen,
      menu: host.menuOpen,
      table: host.tableOpen,
      blackout: host.blackout,
      panel: host.panelOpen,
      selection,
      presenting: host.presenting,
    });
    if (target === 'hover') host.hover = null;
    else if (target === 'help') this.focus.closeHelp();
    else if (target === 'exportMenu') host.exportOpen = false;
    else if (target === 'menu') host.menuOpen = false;
    else if (target === 'table') host.tableOpen = false;
    else if (target === 'blackout') host.blackout = false;
    else if (target === 'panel') this.actions.closePanel();
    else if (target === 'selection') this.actions.clearSelection();
    else if (target === 'story') host.chapter = null;
    return target !== null;
  }

  private aboutPanel(target: EventTarget | undefined): boolean {
    const id = target instanceof Element ? target.getAttribute('data-city') : null;
    return id !== null && this.actions.tellsAbout(id);
  }
}

function isTextField(target: EventTarget | undefined): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}
