import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import datasetUrl from '../../data/archipelago.json?url';
import '../components/define';
import { type DataIssue, validateDataset } from '../data/validate';
import { uiLang } from '../i18n/strings';
import { downloadDataset, type Tab } from './actions';
import {
  apply,
  canRedo,
  canUndo,
  type Edit,
  emptyDraft,
  type History,
  type JsonObject,
  redo,
  start,
  undo,
} from './draft';
import { editorStyles } from './editor.styles';
import { MapGestures } from './map-gestures';
import { gestureStyles } from './map-gestures.styles';
import { renderPanel } from './panel';
import { type DraftStore, openDraftStore } from './storage';
import { editorStrings } from './strings';
import { guardTabs, type TabGuard } from './tab-guard';

/** `archipelago-edit`: after each change of the draft, whether it is a valid dataset and its problems. */
export interface ArchipelagoEditDetail {
  valid: boolean;
  issues: Pick<DataIssue, 'code' | 'path' | 'message'>[];
}

/** How the draft is kept: saved, about to be, refused by the browser, or left to another tab. */
export type KeepState = 'kept' | 'pending' | 'off' | 'other-tab' | 'taken' | 'idle';

export interface Confirm {
  message: string;
  items: string[];
  run: () => void;
}

const SAVE_DELAY_MS = 300;
const MAP_DELAY_MS = 400;

const asJson = (value: unknown): JsonObject => {
  const copy: unknown = JSON.parse(JSON.stringify(value ?? null));
  return typeof copy === 'object' && copy !== null && !Array.isArray(copy) ? (copy as JsonObject) : {};
};

/**
 * `<archipelago-editor>`: the map with an editing panel beside it. Cities, partnerships and groups are
 * edited in forms, checked as you type by the dataset's validator, undone and redone, kept in this
 * browser after every change and downloaded as a dataset file. Nothing is sent anywhere.
 *
 * @attr {string} src - URL of the dataset "the current map" starts from; the bundled dataset when absent.
 * @attr {'light'|'dark'|'projector'} theme - colour theme of the panel and the map.
 * @attr {string} lang - interface language (`en`, `fi`, `sv`, `de`, `ru`).
 * @attr {string} basemap - passed to the map.
 * @fires archipelago-edit - `{valid, issues: [{code, path, message}]}` after each change of the draft.
 */
export class ArchipelagoEditor extends LitElement {
  static override styles = [editorStyles, gestureStyles];

  static override properties = {
    src: { type: String },
    theme: { type: String },
    lang: { type: String },
    basemap: { type: String },
    history: { state: true },
    tab: { state: true },
    selected: { state: true },
    keep: { state: true },
    restored: { state: true },
    confirm: { state: true },
    opened: { state: true },
    mapData: { state: true },
  };

  declare src: string | null;
  declare theme: string | null;
  declare basemap: string | null;
  declare history: History;
  declare tab: Tab;
  declare selected: Record<Tab, number>;
  declare keep: KeepState;
  declare restored: boolean;
  declare confirm: Confirm | null;
  /** The outcome of the last file opened: an error, or notes on rows left out. */
  declare opened: { error: string | null; notes: string[] } | null;
  /** The latest valid draft, which the map shows. */
  declare mapData: JsonObject | null;
  /** @internal Clicks and drags on the map, and the mode that says what they do. */
  readonly gestures = new MapGestures(this);

  /** The problems of the present draft (recomputed with each change); empty when it is valid. */
  issues: DataIssue[] = [];
  /** @internal The draft as last downloaded or started from: closing with another one asks first. */
  clean: JsonObject | null = null;
  /** @internal The draft last downloaded. */
  downloadedDraft: JsonObject | null = null;
  /** The JSON file the draft was opened from, where the browser lets Save write back to it. */
  fileHandle: FileSystemFileHandle | null = null;
  private store: DraftStore | null = null;
  private guard: TabGuard | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private mapTimer: ReturnType<typeof setTimeout> | undefined;
  private started = false;

  constructor() {
    super();
    this.src = null;
    // Lit's accessor shadows HTMLElement's `lang`: unset, it would read undefined, not ''.
    this.lang = '';
    this.theme = null;
    this.basemap = null;
    this.history = start(emptyDraft());
    this.tab = 'cities';
    this.selected = { cities: 0, links: 0, groups: 0, linkTypes: 0, chapters: 0 };
    this.keep = 'idle';
    this.restored = false;
    this.confirm = null;
    this.opened = null;
    this.mapData = null;
    this.issues = this.check(this.history.present);
  }

  /**
   * The draft: read it, or set a new one (the history is cleared and the new draft is kept). It takes the
   * place of HTMLElement's `dataset` (the `data-*` attributes), as the public interface names it; read
   * those with `getAttribute`.
   */
  // biome-ignore lint/suspicious/noExplicitAny: the DOM types this name as DOMStringMap; the draft is JSON
  override get dataset(): any {
    return this.history.present;
  }

  override set dataset(value: unknown) {
    this.replace(asJson(value), { keep: true, clean: false });
  }

  /** Undoes the last change; nothing when there is none. */
  undo(): void {
    if (canUndo(this.history)) this.changed(undo(this.history));
  }

  /** Redoes the last undone change; nothing when there is none. */
  redo(): void {
    if (canRedo(this.history)) this.changed(redo(this.history));
  }

  /**
   * Opens dataset JSON or spreadsheets (CSV) as the draft, asking first if changes would be lost; `handle`
   * is the opened JSON file's, for Save to write back to.
   */
  openFiles(files: readonly File[], handle: FileSystemFileHandle | null = null): void {
    this.askIfDirty(async () => {
      const { readDatasetFiles } = await import('../data/read-files');
      const read = await readDatasetFiles(files);
      let value: unknown;
      try {
        if (!read) throw new Error(this.t.noDatasetFile);
        value = JSON.parse(read.text);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          throw new Error(this.t.noDatasetFile);
      } catch (error) {
        const names = files.map((f) => f.name).join(', ');
        this.opened = {
          error: `${names}: ${error instanceof Error ? error.message : String(error)}`,
          notes: [],
        };
        return;
      }
      this.opened = { error: null, notes: read.notes };
      this.replace(asJson(value), { keep: true, clean: true });
      this.fileHandle = handle;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKey);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    window.addEventListener('pagehide', this.flush);
    if (!this.started) {
      this.started = true;
      void this.begin();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKey);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    window.removeEventListener('pagehide', this.flush);
    this.flush();
  }

  /** @internal The panel's strings in the interface language. */
  get t() {
    return editorStrings(uiLang(this.lang));
  }

  /** @internal The present draft, typed for the forms (`dataset` is the public name). */
  get draft(): JsonObject {
    return this.history.present;
  }

  /** Whether the draft has changes not downloaded (closing the page then asks first). */
  get dirty(): boolean {
    return this.history.present !== this.clean;
  }

  /** Whether the draft is a valid dataset (Download is possible). */
  get valid(): boolean {
    return this.issues.length === 0;
  }

  /** @internal Applies one edit from a form. */
  edit(edit: Edit): void {
    this.changed(apply(this.history, edit));
  }

  /** @internal Runs `action` now, or after one confirmation when the draft has changes not downloaded. */
  askIfDirty(action: () => void | Promise<void>): void {
    if (!this.dirty) void action();
    else this.confirm = { message: this.t.replaceAsk, items: [], run: () => void action() };
  }

  /** @internal Starts from the dataset of `src` (the bundled one when absent). */
  async startFromCurrent(unless?: History): Promise<void> {
    let draft: JsonObject;
    try {
      const response = await fetch(this.src || datasetUrl);
      draft = asJson(await response.json());
    } catch {
      draft = emptyDraft();
    }
    // At the start: only if nothing set another draft while the file came.
    if (unless && this.history !== unless) return;
    this.replace(draft, { keep: false, clean: true });
  }

  /** @internal Starts from an empty dataset. */
  startEmpty(): void {
    this.replace(emptyDraft(), { keep: true, clean: true });
  }

  /** @internal Asks once, then forgets the kept draft and starts from the current map. */
  discard(): void {
    this.confirm = {
      message: this.t.discardAsk,
      items: [],
      run: async () => {
        await this.store?.clear();
        this.restored = false;
        await this.startFromCurrent();
      },
    };
  }

  /** @internal Makes this tab the one that keeps the draft. */
  takeOver(): void {
    // A tab that changed nothing takes the other tab's latest draft; one with changes keeps its own.
    const fresh = !canUndo(this.history);
    this.guard?.takeOver();
    if (fresh && this.store) {
      void this.store.load().then((kept) => {
        if (kept) this.replace(kept.draft, { keep: false, clean: kept.downloaded });
      });
    } else this.scheduleSave();
  }

  /** Downloads the draft as a dataset file (JSON with `$schema`) when it is valid; nothing otherwise. */
  download(): void {
    if (downloadDataset(this.history.present)) this.saved();
  }

  /** @internal The present draft was written out (downloaded or saved to its file): leaving asks no more. */
  saved(): void {
    this.clean = this.history.present;
    this.downloadedDraft = this.clean;
    this.scheduleSave();
    this.requestUpdate();
  }

  private async begin(): Promise<void> {
    // A draft the page sets meanwhile (the `dataset` property, a file opened) is not replaced by the start.
    const untouched = this.history;
    this.store = await openDraftStore();
    if (!this.store) this.keep = 'off';
    this.guard = guardTabs((state) => {
      if (this.keep !== 'off') this.keep = state === 'owner' ? 'idle' : state;
    });
    const kept = this.store ? await this.store.load() : null;
    if (this.history !== untouched) return;
    if (kept) {
      this.replace(kept.draft, { keep: false, clean: kept.downloaded });
      this.restored = true;
    } else await this.startFromCurrent(untouched);
  }

  private replace(draft: JsonObject, options: { keep: boolean; clean: boolean }): void {
    this.fileHandle = null;
    this.clean = options.clean ? draft : null;
    this.selected = { cities: 0, links: 0, groups: 0, linkTypes: 0, chapters: 0 };
    this.changed(start(draft), options.keep);
  }

  private check(draft: JsonObject): DataIssue[] {
    const result = validateDataset(draft);
    return result.ok ? [] : result.issues;
  }

  private changed(history: History, keep = true): void {
    if (history === this.history && keep) return;
    this.history = history;
    this.issues = this.check(history.present);
    if (keep) this.scheduleSave();
    this.scheduleMap();
    this.dispatchEvent(
      new CustomEvent<ArchipelagoEditDetail>('archipelago-edit', {
        detail: {
          valid: this.valid,
          issues: this.issues.map(({ code, path, message }) => ({ code, path, message })),
        },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private scheduleSave(): void {
    if (!this.store || this.keep === 'off' || (this.guard && !this.guard.owner)) return;
    this.keep = 'pending';
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveNow(), SAVE_DELAY_MS);
  }

  private async saveNow(): Promise<void> {
    clearTimeout(this.saveTimer);
    const draft = this.history.present;
    const ok = await this.store?.save({ draft, downloaded: draft === this.clean, savedAt: Date.now() });
    if (this.guard && !this.guard.owner) return;
    this.keep = ok ? 'kept' : 'off';
  }

  /** A change still waiting for its debounced save is saved as the page goes or the element leaves. */
  private flush = (): void => {
    if (this.keep === 'pending') void this.saveNow();
  };

  /** The map shows the latest valid draft, swapped in place (its `data`): no reload, the camera stays. */
  private scheduleMap(): void {
    clearTimeout(this.mapTimer);
    if (!this.valid) return;
    const draft = this.history.present;
    this.mapTimer = setTimeout(
      () => {
        // The draft the map has already (a drag undone) is given again: the dragged island goes back.
        const map = this.renderRoot.querySelector('archipelago-map');
        if (map && draft === this.mapData) map.data = draft;
        this.mapData = draft;
      },
      this.mapData ? MAP_DELAY_MS : 0,
    );
  }

  private onKey = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.redo();
    else return;
    event.preventDefault();
  };

  private onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.dirty) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('confirm') && this.confirm) {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) dialog.showModal();
    }
  }

  private resolvedTheme(): string {
    if (this.theme === 'dark' || this.theme === 'projector' || this.theme === 'light') return this.theme;
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  override render() {
    const t = this.t;
    return html`<div class="frame" data-theme=${this.resolvedTheme()} lang=${uiLang(this.lang)}>
      <section class="panel" aria-label=${t.panel}>${renderPanel(this)}</section>
      <div class="map" tabindex="-1">
        ${
          this.mapData
            ? html`<archipelago-map
              .data=${guard([this.mapData], () => this.mapData)}
              editing
              theme=${this.theme ?? nothing}
              lang=${this.lang || nothing}
              basemap=${this.basemap ?? nothing}
            ></archipelago-map>${this.gestures.renderPreview()}`
            : html`<p class="waiting">${t.waitingMap}</p>`
        }
      </div>
      ${this.renderConfirm()}
    </div>`;
  }

  private renderConfirm() {
    const c = this.confirm;
    if (!c) return nothing;
    const close = (ok: boolean) => {
      this.renderRoot.querySelector('dialog')?.close();
      this.confirm = null;
      if (ok) c.run();
    };
    return html`<dialog aria-labelledby="confirm-text" @close=${() => (this.confirm = null)}>
      <p id="confirm-text">${c.message}</p>
      ${c.items.length ? html`<ul>${c.items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
      <div class="row">
        <button type="button" data-confirm @click=${() => close(true)}>${this.t.ok}</button>
        <button type="button" data-cancel @click=${() => close(false)}>${this.t.cancel}</button>
      </div>
    </dialog>`;
  }
}

if (!customElements.get('archipelago-editor')) customElements.define('archipelago-editor', ArchipelagoEditor);

declare global {
  interface HTMLElementTagNameMap {
    'archipelago-editor': ArchipelagoEditor;
  }
  interface GlobalEventHandlersEventMap {
    'archipelago-edit': CustomEvent<ArchipelagoEditDetail>;
  }
}
