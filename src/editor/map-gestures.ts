import { html, nothing, type ReactiveController, svg } from 'lit';
import type { ArchipelagoMap } from '../components/archipelago-map';
import type { ArchipelagoPressEvent } from '../events';
import { fill, uiLang } from '../i18n/strings';
import { focusForm, itemLabel, selectItem } from './actions';
import type { ArchipelagoEditor } from './archipelago-editor';
import type { Edit, Json } from './draft';
import {
  addCityAt,
  addLinkBetween,
  CLICK_SLOP,
  indexOfId,
  MAP_MODES,
  type MapMode,
  moveCity,
  toggleMember,
} from './gesture-edits';
import { gestureStrings } from './strings-gestures';

type Xy = [number, number];

/** A pointer pressed on the map: where, on which island, and whether it has moved past a click. */
interface Drag {
  pointerId: number;
  city: string | null;
  /** The island is a partner beyond the map (an edge indicator): it can be linked, not moved. */
  external: boolean;
  from: Xy;
  at: Xy;
  moved: boolean;
  /** The island under the pointer while drawing a partnership. */
  target: string | null;
}

/** The island (`data-city`) an event's path goes through, if any. */
function islandIn(path: readonly EventTarget[]): Element | null {
  for (const el of path) if (el instanceof Element && el.matches('[data-city]')) return el;
  return null;
}

/**
 * Editing on the map: the mode (select and move, add a city, draw a partnership, pick group members),
 * what a click, a drag or Enter on an island means in it, and the preview while a drag runs. The map is
 * in its `editing` mode, so it selects nothing itself: it sends `archipelago-press` for a click or Enter
 * on a mark, and the pointer events of the drags are read here, with `unproject` for their places and
 * `previewCity` to draw a moved island under the pointer. Each gesture is one edit of the draft.
 */
export class MapGestures implements ReactiveController {
  mode: MapMode = 'select';
  /** The first city of a partnership chosen by click or Enter, waiting for the second. */
  linkFrom: string | null = null;
  /** What the status line says after a gesture (else the mode's hint). */
  said = '';
  drag: Drag | null = null;
  private map: ArchipelagoMap | null = null;
  /** A drag just ended: the click that may follow it is not a press. */
  private dragged = false;

  constructor(private readonly editor: ArchipelagoEditor) {
    editor.addController(this);
  }

  get t() {
    return gestureStrings(uiLang(this.editor.lang));
  }

  hostConnected(): void {
    this.editor.addEventListener('keydown', this.onKey);
  }

  hostUpdated(): void {
    const map = this.editor.renderRoot.querySelector('archipelago-map');
    if (map === this.map) return;
    this.listen(false);
    this.map = map;
    this.listen(true);
  }

  hostDisconnected(): void {
    this.editor.removeEventListener('keydown', this.onKey);
    this.listen(false);
    this.map = null;
  }

  setMode(mode: MapMode): void {
    this.mode = mode;
    this.linkFrom = null;
    this.said = '';
    if (mode === 'members') selectItem(this.editor, 'groups', this.editor.selected.groups);
    this.editor.requestUpdate();
  }

  private listen(on: boolean): void {
    const map = this.map;
    if (!map) return;
    if (on) {
      map.addEventListener('pointerdown', this.onDown);
      map.addEventListener('pointermove', this.onMove);
      map.addEventListener('pointerup', this.onUp);
      map.addEventListener('pointercancel', this.onCancel);
      map.addEventListener('archipelago-press', this.onPress);
    } else {
      map.removeEventListener('pointerdown', this.onDown);
      map.removeEventListener('pointermove', this.onMove);
      map.removeEventListener('pointerup', this.onUp);
      map.removeEventListener('pointercancel', this.onCancel);
      map.removeEventListener('archipelago-press', this.onPress);
    }
  }

  private readonly onDown = (event: PointerEvent): void => {
    if (event.button !== 0 || !event.isPrimary) return;
    const island = islandIn(event.composedPath());
    const at: Xy = [event.clientX, event.clientY];
    this.dragged = false;
    this.drag = {
      pointerId: event.pointerId,
      city: island?.getAttribute('data-city') ?? null,
      external: island?.classList.contains('indicator') ?? false,
      from: at,
      at,
      moved: false,
      target: null,
    };
  };

  /** The drag moves the island itself (select mode) or draws a line to the island under it (link mode). */
  private get gesture(): 'move' | 'link' | null {
    const drag = this.drag;
    if (!drag?.city) return null;
    if (this.mode === 'select' && !drag.external) return 'move';
    return this.mode === 'link' ? 'link' : null;
  }

  private readonly onMove = (event: PointerEvent): void => {
    const drag = this.drag;
    const map = this.map;
    if (!drag || !map || event.pointerId !== drag.pointerId) return;
    drag.at = [event.clientX, event.clientY];
    const gesture = this.gesture;
    if (!drag.moved && Math.hypot(drag.at[0] - drag.from[0], drag.at[1] - drag.from[1]) > CLICK_SLOP) {
      drag.moved = true;
      // Captured only once it is a drag: a click must still reach the island (and become a press).
      if (gesture) map.setPointerCapture(event.pointerId);
      // The pressed island took the focus, and with it its tooltip, which would hide where the drag goes:
      // the focus goes to the map's box, still in the editor, where Ctrl+Z undoes the drag.
      if (gesture) this.editor.renderRoot.querySelector<HTMLElement>('.map')?.focus({ preventScroll: true });
    }
    if (!drag.moved || !gesture || !drag.city) return;
    if (gesture === 'move') {
      const lngLat = map.unproject(event.clientX, event.clientY);
      if (lngLat) map.previewCity(drag.city, lngLat);
    } else drag.target = this.cityAt(event.clientX, event.clientY);
    this.editor.requestUpdate();
  };

  private readonly onUp = (event: PointerEvent): void => {
    const drag = this.drag;
    const map = this.map;
    if (!drag || !map || event.pointerId !== drag.pointerId) return;
    const gesture = this.gesture;
    this.drag = null;
    this.editor.requestUpdate();
    const lngLat = map.unproject(event.clientX, event.clientY);
    if (!drag.moved) {
      if (this.mode === 'add' && !drag.city && lngLat) this.addCity(lngLat);
      return;
    }
    this.dragged = true;
    setTimeout(() => {
      this.dragged = false;
    });
    if (gesture === 'move' && drag.city) {
      const edit = lngLat && moveCity(this.editor.draft, drag.city, lngLat);
      if (edit) this.commit(edit, fill(this.t.moved, { name: this.cityName(drag.city) }));
      else map.previewCity(drag.city, null);
    } else if (gesture === 'link' && drag.city) {
      const target = this.cityAt(event.clientX, event.clientY);
      if (target) this.addLink(drag.city, target);
    }
  };

  private readonly onCancel = (event: PointerEvent): void => {
    if (event.pointerId === this.drag?.pointerId) this.cancel();
  };

  /** Escape drops a drag: nothing changes, a moved island goes back. */
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.drag?.moved) return;
    event.preventDefault();
    this.cancel();
  };

  private cancel(): void {
    const drag = this.drag;
    if (!drag) return;
    if (this.gesture === 'move' && drag.city) this.map?.previewCity(drag.city, null);
    if (this.map?.hasPointerCapture(drag.pointerId)) this.map.releasePointerCapture(drag.pointerId);
    this.drag = null;
    this.editor.requestUpdate();
  }

  /** A click or Enter on a mark of the map. */
  private readonly onPress = (event: ArchipelagoPressEvent): void => {
    if (this.dragged) return;
    const { kind, id } = event.detail;
    const editor = this.editor;
    const draft = editor.draft;
    if (kind === 'link') {
      if (this.mode === 'select') selectItem(editor, 'links', indexOfId(draft, 'links', id));
      return;
    }
    if (this.mode === 'select') selectItem(editor, 'cities', indexOfId(draft, 'cities', id));
    else if (this.mode === 'link') {
      if (this.linkFrom && this.linkFrom !== id) this.addLink(this.linkFrom, id);
      else {
        this.linkFrom = this.linkFrom === id ? null : id;
        this.said = this.linkFrom ? fill(this.t.linkFrom, { name: this.cityName(id) }) : '';
        editor.requestUpdate();
      }
    } else if (this.mode === 'members') {
      const group = this.group();
      const edit = group < 0 ? null : toggleMember(draft, group, id);
      if (!edit) return;
      const joins = edit.kind === 'set' && Array.isArray(edit.value) && edit.value.includes(id);
      this.commit(edit, fill(joins ? this.t.memberIn : this.t.memberOut, { name: this.cityName(id) }));
    }
  };

  /** The group being edited: the one chosen in the Groups tab; -1 when there is none. */
  group(): number {
    const groups = this.editor.draft.groups;
    const count = Array.isArray(groups) ? groups.length : 0;
    return Math.min(this.editor.selected.groups, count - 1);
  }

  private addCity(lngLat: Xy): void {
    const { edit, index } = addCityAt(this.editor.draft, lngLat);
    this.commit(edit, this.t.added);
    selectItem(this.editor, 'cities', index);
    void focusForm(this.editor);
  }

  private addLink(a: string, b: string): void {
    this.linkFrom = null;
    const made = addLinkBetween(this.editor.draft, a, b);
    if (!made) return;
    this.commit(made.edit, fill(this.t.linked, { a: this.cityName(a), b: this.cityName(b) }));
    selectItem(this.editor, 'links', made.index);
    void focusForm(this.editor);
  }

  private commit(edit: Edit, said: string): void {
    this.editor.edit(edit);
    this.said = said;
    this.editor.requestUpdate();
  }

  private cityName(id: string): string {
    const cities: Json | undefined = this.editor.draft.cities;
    const city = Array.isArray(cities) ? cities[indexOfId(this.editor.draft, 'cities', id)] : undefined;
    return city ? itemLabel(city, this.editor.lang) : id;
  }

  private cityAt(x: number, y: number): string | null {
    const root = this.map?.shadowRoot;
    const hit = root?.elementsFromPoint(x, y).find((el) => el.closest('[data-city]'));
    return hit?.closest('[data-city]')?.getAttribute('data-city') ?? null;
  }

  /** The line drawn while a partnership is dragged, or from a moved island's old place to the pointer. */
  renderPreview() {
    const drag = this.drag;
    const gesture = this.gesture;
    const box = this.editor.renderRoot.querySelector('.map')?.getBoundingClientRect();
    if (!drag?.moved || !gesture || !box) return nothing;
    const [x1, y1] = [drag.from[0] - box.left, drag.from[1] - box.top];
    const [x2, y2] = [drag.at[0] - box.left, drag.at[1] - box.top];
    const hit = gesture === 'link' && drag.target !== null && drag.target !== drag.city;
    return html`<svg class="gesture-preview" aria-hidden="true" data-preview=${gesture}>
      <line x1=${x1} y1=${y1} x2=${x2} y2=${y2} class=${hit ? 'hit' : ''}></line>
      ${gesture === 'move' ? svg`<circle class="ghost" cx=${x1} cy=${y1} r="14"></circle>` : svg`<circle cx=${x2} cy=${y2} r="5"></circle>`}
    </svg>`;
  }

  /** The mode buttons and the line saying what to do (and what was done) on the map. */
  renderModes() {
    const t = this.t;
    const group = this.group();
    const groupName =
      group < 0 ? '' : itemLabel((this.editor.draft.groups as Json[])[group], this.editor.lang);
    const hint =
      this.mode === 'members'
        ? group < 0
          ? t.noGroup
          : fill(t.hints.members, { name: groupName })
        : t.hints[this.mode];
    return html`<fieldset class="modes">
      <legend>${t.onMap}</legend>
      <div class="row">
        ${MAP_MODES.map(
          (mode) => html`<button
            type="button"
            data-mode=${mode}
            aria-pressed=${String(this.mode === mode)}
            @click=${() => this.setMode(mode)}
          >
            ${t.modes[mode]}
          </button>`,
        )}
      </div>
      <p class="why" role="status" data-gesture-status>${this.said || this.linkFromHint() || hint}</p>
      <p class="why">${t.keyboard}</p>
    </fieldset>`;
  }

  private linkFromHint(): string {
    return this.linkFrom ? fill(this.t.linkFrom, { name: this.cityName(this.linkFrom) }) : '';
  }
}
