import type { ReactiveController } from 'lit';
import type { ArchipelagoMap } from '../components/archipelago-map';
import { fill, uiLang } from '../i18n/strings';
import { selectItem } from './actions';
import type { ArchipelagoEditor } from './archipelago-editor';
import {
  chapterIds,
  chapterLabel,
  chaptersOf,
  dropTarget,
  insertChapter,
  moveChapter,
  removeChapter,
  updateFromView,
} from './chapter-list';
import { chapterStyles } from './chapters.styles';
import type { History, JsonObject } from './draft';
import { chapterStrings } from './strings-chapters';

/** How long "Preview" and "Present" wait for the map to show the draft's chapters (it follows the draft). */
const CATCH_UP_MS = 10_000;

/**
 * Writing the story beside the map: the Chapters tab's actions and what they do to the inner map. The
 * map is driven only through its public interface (`viewAsChapter`, `goToChapter`, `stopPresenting`,
 * `chapters`, `chapter`, the `archipelago-chapter` event).
 */
export class StoryEditing implements ReactiveController {
  /** Whether the map shows a chapter for a preview (focus stays in the panel) or presents the story. */
  mode: 'idle' | 'preview' | 'present' = 'idle';
  /** A chapter dragged by its handle: where it was and where it would land. */
  drag: { from: number; to: number; pointer: number } | null = null;
  /** The last delete, offered to undo while its draft is the present one. */
  deleted: { history: History; title: string } | null = null;
  /** What the last action said (read out by the status line). */
  message = '';
  /** What had the focus in the panel: a preview gives it back when the map takes it to show a chapter. */
  private returnTo: HTMLElement | null = null;

  constructor(private readonly editor: ArchipelagoEditor) {
    editor.addController(this);
    const root = editor.renderRoot as ShadowRoot;
    const sheet = chapterStyles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  hostConnected(): void {
    this.editor.addEventListener('archipelago-chapter', this.onChapter);
    // On the shadow root: the host hears no focus moving within it (the event is retargeted to itself).
    this.editor.renderRoot.addEventListener('focusin', this.onFocusIn as EventListener);
  }

  hostDisconnected(): void {
    this.editor.removeEventListener('archipelago-chapter', this.onChapter);
    this.editor.renderRoot.removeEventListener('focusin', this.onFocusIn as EventListener);
  }

  get t() {
    return chapterStrings(uiLang(this.editor.lang));
  }

  get map(): ArchipelagoMap | null {
    return this.editor.renderRoot.querySelector('archipelago-map');
  }

  /** The chosen chapter, -1 when the story has none. */
  get index(): number {
    return Math.min(this.editor.selected.chapters, chaptersOf(this.editor.draft).length - 1);
  }

  /** Whether the map shows chapter `index` as a preview. */
  previewing(index: number): boolean {
    const id = chapterIds(this.editor.draft)[index];
    return this.mode === 'preview' && !!id && this.map?.chapter === id;
  }

  select(index: number): void {
    selectItem(this.editor, 'chapters', index);
  }

  async addFromView(): Promise<void> {
    const view = await this.view();
    if (!view) return;
    const editor = this.editor;
    const { edit, index } = insertChapter(editor.draft, view, this.index);
    editor.edit(edit);
    this.select(index);
    this.say(fill(this.t.added, { title: this.label(index), n: index + 1 }));
    await this.focus(`.form [data-path^="chapters[${index}].title"]`);
  }

  async updateFromView(index: number): Promise<void> {
    const view = await this.view();
    const edit = view && updateFromView(this.editor.draft, index, view);
    if (!edit) return;
    this.editor.edit(edit);
    this.say(this.t.updated);
  }

  async move(from: number, to: number, focus: boolean): Promise<void> {
    const edit = moveChapter(this.editor.draft, from, to);
    if (!edit) return;
    this.editor.edit(edit);
    this.select(to);
    const count = chaptersOf(this.editor.draft).length;
    this.say(fill(this.t.moved, { title: this.label(to), n: to + 1, count }));
    if (focus) await this.focus(`[data-chapter="${to}"]`);
  }

  async remove(index: number): Promise<void> {
    const editor = this.editor;
    const edit = removeChapter(editor.draft, index);
    if (!edit) return;
    const id = chapterIds(editor.draft)[index];
    // The map would show the chapter again were the delete undone while it still named it.
    if (id && this.map?.chapter === id) {
      this.mode = 'idle';
      this.map.stopPresenting();
    }
    const title = this.label(index);
    editor.edit(edit);
    this.deleted = { history: editor.history, title };
    this.say('');
    await this.focus('[data-undo-delete]');
  }

  async undoDelete(): Promise<void> {
    const editor = this.editor;
    if (this.deleted?.history !== editor.history) return;
    editor.undo();
    this.deleted = null;
    await this.focus(`[data-chapter="${this.index}"]`);
  }

  /** Shows the chapter on the map, the focus staying here; again on the same chapter ends it. */
  async preview(index: number): Promise<void> {
    const map = this.map;
    if (!map) return;
    if (this.previewing(index)) {
      map.stopPresenting();
      return;
    }
    const at = await this.mapIndex(index);
    if (at < 0) return;
    // A click does not focus a button in every browser: the focus then comes back to Preview.
    if (!this.returnTo?.isConnected) this.returnTo = this.editor.renderRoot.querySelector('[data-preview]');
    this.mode = 'preview';
    map.goToChapter(at);
    this.editor.requestUpdate();
  }

  /** Presents the story on the map from this chapter: the focus goes to the map, for the clicker. */
  async present(index: number): Promise<void> {
    const map = this.map;
    const at = await this.mapIndex(index);
    if (!map || at < 0) return;
    if (map.chapter === map.chapters[at]?.id) {
      // Shown already (a preview): leave it first, so that presenting takes the focus as it starts.
      this.mode = 'idle';
      map.stopPresenting();
      await map.updateComplete;
    }
    this.mode = 'present';
    this.say(this.t.presentHint);
    map.goToChapter(at);
  }

  onDragStart(event: PointerEvent, index: number): void {
    if (event.button !== 0) return;
    event.preventDefault();
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    this.drag = { from: index, to: index, pointer: event.pointerId };
    this.editor.requestUpdate();
  }

  onDragMove = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointer) return;
    const items = this.editor.renderRoot.querySelectorAll('[data-chapter-row]');
    const mids = [...items].map((li) => {
      const box = li.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    const to = dropTarget(mids, drag.from, event.clientY);
    if (to !== drag.to) {
      this.drag = { ...drag, to };
      this.editor.requestUpdate();
    }
  };

  onDragEnd = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointer) return;
    this.drag = null;
    this.editor.requestUpdate();
    if (event.type === 'pointerup' && drag.to !== drag.from) void this.move(drag.from, drag.to, true);
  };

  /** The view of the map as a chapter, or null (said in the status line) when the map cannot give it. */
  private async view(): Promise<JsonObject | null> {
    try {
      const map = this.map;
      if (!map) throw new Error('no map');
      const chapter: unknown = JSON.parse(await map.viewAsChapter());
      if (typeof chapter !== 'object' || chapter === null || Array.isArray(chapter))
        throw new Error('no chapter');
      return chapter as JsonObject;
    } catch {
      this.say(this.t.noMap);
      return null;
    }
  }

  /**
   * Where the map has chapter `index` of the draft, once it shows the draft's chapters in the draft's
   * order (it follows the draft a moment later); -1, said in the status line, when it does not in time.
   */
  private async mapIndex(index: number): Promise<number> {
    const wanted = chapterIds(this.editor.draft);
    const id = wanted[index];
    const shown = () => this.map?.chapters.map((c) => c.id) ?? [];
    for (let waited = 0; waited < CATCH_UP_MS; waited += 100) {
      if (shown().join('\n') === wanted.join('\n')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const at = id === undefined ? -1 : shown().indexOf(id);
    if (at < 0) this.say(this.t.mapBehind);
    return at;
  }

  private label(index: number): string {
    return chapterLabel(chaptersOf(this.editor.draft)[index], this.editor.lang);
  }

  private say(message: string): void {
    this.message = message;
    this.editor.requestUpdate();
  }

  private async focus(selector: string): Promise<void> {
    await this.editor.updateComplete;
    this.editor.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private onChapter = (event: CustomEvent<{ id: string | null; index: number }>): void => {
    const { id } = event.detail;
    if (id === null) {
      if (this.mode === 'present') {
        this.message = '';
        void this.focus(`[data-chapter="${this.index}"]`);
      }
      this.mode = 'idle';
    } else if (this.mode === 'preview') {
      this.returnTo?.focus({ preventScroll: true });
    } else if (this.mode === 'present') {
      const i = chapterIds(this.editor.draft).indexOf(id);
      if (i >= 0) this.select(i);
    }
    this.editor.requestUpdate();
  };

  private onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    const panel = this.editor.renderRoot.querySelector('.panel');
    if (target instanceof HTMLElement && panel?.contains(target)) this.returnTo = target;
  };
}
