import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { BASEMAP_THEMES } from '../basemap/style';
import { HEX_COLOR_PATTERN } from '../data/schema';
import { localize } from '../data/text';
import { formatPath } from '../data/validate';
import { fill, uiLang } from '../i18n/strings';
import { MIN_MARK_CONTRAST } from '../overlay/contrast';
import { linkStyle } from '../overlay/palette';
import { addItem, deleteItem, selectItem } from './actions';
import type { ArchipelagoEditor } from './archipelago-editor';
import { getAt, type Json } from './draft';
import { type FieldContext, fieldId, localizedField, textField } from './fields';
import { basemapContrast, isUsed, typeUses } from './link-types';
import { TYPE_STRINGS, type TypeStrings } from './strings-types';
import { typesStyles } from './types.styles';

type Words = ArchipelagoEditor['t'] & TypeStrings;

/** The editor's words with the tab's own, which load with it. */
const words = (e: ArchipelagoEditor): Words => ({ ...e.t, ...TYPE_STRINGS[uiLang(e.lang)] });

/** The name a type is listed by: its label in the interface language, else its id. */
function typeName(item: Json | undefined, lang: string): string {
  const label = getAt(item, ['label']);
  const named =
    typeof label === 'string' || (label && typeof label === 'object' && !Array.isArray(label))
      ? localize(label as Parameters<typeof localize>[0], lang)
      : '';
  const id = getAt(item, ['id']);
  return named || (typeof id === 'string' && id ? id : '…');
}

/**
 * Moves a type one place in the legend order (one edit to undo) and keeps the keyboard where it was: on
 * the moved type in the list, or on the move button, the other one when this one has reached the end.
 */
async function move(e: ArchipelagoEditor, from: number, to: number, fromList: boolean): Promise<void> {
  e.edit({ kind: 'move', path: ['linkTypes'], from, to });
  e.selected = { ...e.selected, linkTypes: to };
  await e.updateComplete;
  const root = e.renderRoot;
  const here = fromList
    ? root.querySelector<HTMLElement>(`.items [data-item="${to}"]`)
    : (root.querySelector<HTMLButtonElement>(`[data-move="${to < from ? 'up' : 'down'}"]:not(:disabled)`) ??
      root.querySelector<HTMLElement>('[data-move]:not(:disabled)'));
  here?.focus();
}

/** The "Link types" tab: the types in legend order, and the form of the one selected. */
export function renderTypes(e: ArchipelagoEditor) {
  // The tab's styles load with it.
  const root = e.renderRoot as ShadowRoot;
  const sheet = typesStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const t = words(e);
  const raw = e.draft.linkTypes;
  const types = Array.isArray(raw) ? raw : [];
  const index = Math.min(e.selected.linkTypes, types.length - 1);
  const context: FieldContext = {
    t,
    draft: e.draft,
    issues: e.issues,
    set: (path, value) => e.edit({ kind: 'set', path, value }),
  };
  const onKey = (event: KeyboardEvent, i: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const to = event.key === 'ArrowUp' ? i - 1 : i + 1;
    if (to >= 0 && to < types.length) void move(e, i, to, true);
  };
  return html`<button type="button" data-add="linkTypes" data-path="linkTypes" @click=${() => addItem(e, 'linkTypes')}>
      ${t.addType}
    </button>
    <p class="why" id="type-order-hint">${t.reorderHint}</p>
    ${
      types.length === 0
        ? html`<p>${t.none}</p>`
        : html`<ul class="items" aria-label=${t.linkTypes}>
          ${types.map(
            (item, i) => html`<li>
              <button
                type="button"
                data-item=${i}
                aria-current=${i === index ? 'true' : 'false'}
                aria-describedby="type-order-hint"
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                @click=${() => selectItem(e, 'linkTypes', i)}
                @keydown=${(event: KeyboardEvent) => onKey(event, i)}
              >
                ${typeName(item, e.lang)}
              </button>
            </li>`,
          )}
        </ul>`
    }
    <div class="form" role="group" aria-label=${index >= 0 ? typeName(types[index], e.lang) : t.linkTypes}>
      ${index >= 0 ? typeForm(e, context, index, types.length) : nothing}
    </div>`;
}

function typeForm(e: ArchipelagoEditor, c: FieldContext, i: number, count: number) {
  const t = words(e);
  const at = ['linkTypes', i] as const;
  const rawId = getAt(c.draft, [...at, 'id']);
  const id = typeof rawId === 'string' ? rawId : '';
  const uses = typeUses(c.draft, id);
  const used = id !== '' && isUsed(uses);
  const lines = (
    [
      [t.usedLinks, uses.links],
      [t.usedGroups, uses.groups],
      [t.usedChapters, uses.chapters],
    ] as const
  )
    .filter(([, ids]) => ids.length > 0)
    .map(([text, ids]) => fill(text, { list: ids.join(', ') }));
  return html`
    ${
      // A used id stays as it is: changing it here would leave its partnerships pointing at nothing.
      used
        ? html`<p class="field" data-path=${formatPath([...at, 'id'])}>${fill(t.idFixed, { id })}</p>`
        : textField(c, t.id, [...at, 'id'])
    }
    ${localizedField(c, t.typeLabel, [...at, 'label'], true)}
    ${localizedField(c, t.description, [...at, 'description'], false)}
    ${colorFields(e, c, i, id)}
    <div class="row">
      <button type="button" class="small" data-move="up" ?disabled=${i === 0} @click=${() => move(e, i, i - 1, false)}>
        ↑ ${t.moveUp}
      </button>
      <button type="button" class="small" data-move="down" ?disabled=${i === count - 1} @click=${() => move(e, i, i + 1, false)}>
        ↓ ${t.moveDown}
      </button>
    </div>
    ${
      used
        ? html`<div class="notice" id="type-in-use" data-type-used>
            <p>${t.typeInUse}</p>
            <ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>
          </div>`
        : nothing
    }
    <button
      type="button"
      class="danger"
      data-delete
      ?disabled=${used}
      aria-describedby=${used ? 'type-in-use' : nothing}
      @click=${() => deleteItem(e, 'linkTypes', i)}
    >
      ${t.deleteType}
    </button>
  `;
}

/** The type's colour: a picker and its hex, side by side, and how it stands out on each theme's map. */
function colorFields(e: ArchipelagoEditor, c: FieldContext, i: number, id: string) {
  const t = words(e);
  const path = ['linkTypes', i, 'color'] as const;
  const value = getAt(c.draft, path);
  const color = typeof value === 'string' && HEX_COLOR_PATTERN.test(value) ? value.toLowerCase() : null;
  const pickId = `${fieldId(path)}-pick`;
  return html`<fieldset class="type-color">
    <legend>${t.color}</legend>
    <div class="field">
      <label for=${pickId}>${t.colorPicker}</label>
      <input
        id=${pickId}
        type="color"
        .value=${color ?? linkStyle(id, 'light').color}
        @input=${(event: Event) => c.set(path, (event.target as HTMLInputElement).value)}
      />
    </div>
    ${textField(c, t.colorHex, path, false)}
    ${
      value === undefined
        ? html`<p class="why">${t.noColor}</p>`
        : html`<button type="button" class="small" data-no-color @click=${() => c.set(path, undefined)}>
            ${t.usePalette}
          </button>`
    }
    ${contrastReport(e.lang, t, color)}
  </fieldset>`;
}

/** Rounded down, so that a ratio just under 3 never reads as 3.0 beside its warning. */
function ratio(value: number, lang: string): string {
  const format = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return format.format(Math.floor(value * 10) / 10);
}

function contrastReport(lang: string, t: Words, color: string | null) {
  const rows = color ? basemapContrast(color) : [];
  const low = rows.filter((r) => r.least < MIN_MARK_CONTRAST);
  // The line as the map draws it, on a patch of the theme's sea, then of its land.
  const chip = (ground: string, line: string) =>
    html`<span class="chip" style=${styleMap({ background: ground })}><span style=${styleMap({ background: line })}></span></span>`;
  return html`${
    color
      ? html`<p class="contrast-title">${t.contrast}</p>
        <ul class="contrast">
          ${rows.map((r) => {
            const { water, land } = BASEMAP_THEMES[r.theme];
            const under = r.least < MIN_MARK_CONTRAST;
            return html`<li data-contrast=${r.theme} data-low=${String(under)}>
              <span class="chips" aria-hidden="true">${chip(water, r.drawn)}${chip(land, r.drawn)}</span>
              <span>
                ${fill(t.contrastLine, { theme: t.themes[r.theme], water: ratio(r.water, lang), land: ratio(r.land, lang) })}
                ${under ? html`<strong>⚠ ${fill(t.drawnAs, { color: r.drawn })}</strong>` : nothing}
              </span>
            </li>`;
          })}
        </ul>`
      : nothing
  }
    <p role="status" class=${low.length > 0 ? 'contrast-low' : 'why'} data-contrast-verdict=${low.map((r) => r.theme).join(' ')}>
      ${low.length > 0 ? `⚠ ${fill(t.lowContrast, { themes: low.map((r) => t.themes[r.theme]).join(', ') })}` : ''}
    </p>`;
}
