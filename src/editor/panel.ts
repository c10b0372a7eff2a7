import { html, nothing } from 'lit';
import { fill } from '../i18n/strings';
import { addItem, deleteItem, goToProblem, itemLabel, type ListTab, selectItem, TABS } from './actions';
import type { ArchipelagoEditor } from './archipelago-editor';
import { chaptersLabel, renderChapters } from './chapters-loader';
import { cityForm } from './city-form';
import { canRedo, canUndo, type Json } from './draft';
import type { FieldContext } from './fields';
import { groupForm } from './group-form';
import { linkForm } from './link-form';
import { openPicker, renderSave } from './save-actions';
import { renderTypes, typesLabel } from './types-loader';

const ADD = { cities: 'addCity', links: 'addLink', groups: 'addGroup' } as const;

/** The editing panel: actions, notices, where to start from, the problems, and the forms. */
export function renderPanel(e: ArchipelagoEditor) {
  const t = e.t;
  const count = e.issues.length;
  return html`<h2>${t.editor}</h2>
    <div class="row">
      <button type="button" data-undo ?disabled=${!canUndo(e.history)} @click=${() => e.undo()} aria-keyshortcuts="Control+Z">
        ${t.undo}
      </button>
      <button type="button" data-redo ?disabled=${!canRedo(e.history)} @click=${() => e.redo()} aria-keyshortcuts="Control+Shift+Z Control+Y">
        ${t.redo}
      </button>
      <button type="button" data-download ?disabled=${!e.valid} aria-describedby="download-why" @click=${() => e.download()}>
        ${t.download}
      </button>
    </div>
    <p class="why" id="download-why">${e.valid ? (e.draft === e.downloadedDraft ? t.downloaded : '') : fill(t.downloadWhy, { n: count })}</p>
    ${renderNotices(e)} ${renderStart(e)} ${renderSave(e)}
    <h3 id="problems-title">${count ? fill(t.problemCount, { n: count }) : t.problems}</h3>
    ${renderProblems(e)} ${e.gestures.renderModes()}
    <div class="row tabs" role="group" aria-label=${t.editor}>
      ${TABS.map(
        (
          tab,
        ) => html`<button type="button" data-tab=${tab} aria-pressed=${String(e.tab === tab)} @click=${() => (e.tab = tab)}>
          ${tab === 'chapters' ? chaptersLabel(e.lang) : tab === 'linkTypes' ? typesLabel(e.lang) : t[tab]}
        </button>`,
      )}
    </div>
    ${e.tab === 'chapters' ? renderChapters(e) : e.tab === 'linkTypes' ? renderTypes(e) : renderItems(e, e.tab)}`;
}

function renderNotices(e: ArchipelagoEditor) {
  const t = e.t;
  const keep =
    e.keep === 'off'
      ? html`<div class="notice" role="alert" data-notice="no-storage"><p>${t.noStorage}</p></div>`
      : e.keep === 'other-tab' || e.keep === 'taken'
        ? html`<div class="notice" role="alert" data-notice="other-tab">
            <p>${e.keep === 'taken' ? t.tookOver : t.otherTab}</p>
            <button type="button" data-take-over @click=${() => e.takeOver()}>${t.takeOver}</button>
          </div>`
        : nothing;
  const restored = e.restored
    ? html`<div class="notice" data-notice="restored">
        <p>${t.restored}</p>
        <button type="button" data-discard @click=${() => e.discard()}>${t.discard}</button>
      </div>`
    : nothing;
  const opened = e.opened?.error
    ? html`<div class="notice" role="alert"><p>${fill(t.openFailed, { message: e.opened.error })}</p></div>`
    : e.opened?.notes.length
      ? html`<div class="notice"><p>${t.openNotes}</p><ul>${e.opened.notes.map((n) => html`<li>${n}</li>`)}</ul></div>`
      : nothing;
  const state = {
    kept: t.kept,
    pending: t.keeping,
    off: t.notKept,
    'other-tab': t.notKept,
    taken: t.notKept,
    idle: '',
  }[e.keep];
  return html`${keep}${restored}${opened}<p class="why" role="status" data-keep=${e.keep}>${state}</p>`;
}

function renderStart(e: ArchipelagoEditor) {
  const t = e.t;
  const pick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) e.openFiles(files);
  };
  return html`<fieldset>
    <legend>${t.start}</legend>
    <div class="row">
      <button type="button" data-start="current" @click=${() => e.askIfDirty(() => e.startFromCurrent())}>
        ${t.startCurrent}
      </button>
      <button type="button" data-start="empty" @click=${() => e.askIfDirty(() => e.startEmpty())}>${t.startEmpty}</button>
      <button
        type="button"
        data-start="file"
        @click=${(event: Event) => openPicker(e, (event.target as HTMLElement).nextElementSibling as HTMLInputElement)}
      >
        ${t.startFile}
      </button>
      <input type="file" hidden accept=".json,.csv,application/json,text/csv" multiple @change=${pick} />
    </div>
  </fieldset>`;
}

function renderProblems(e: ArchipelagoEditor) {
  if (e.issues.length === 0) return html`<p class="problems">${e.t.noProblems}</p>`;
  return html`<div class="problems" aria-labelledby="problems-title">
    <ul>
      ${e.issues.map((issue) =>
        /^(cities|links|groups|linkTypes|chapters)\[\d+\]/.test(issue.path)
          ? html`<li>
              <button type="button" data-problem=${issue.path} @click=${() => goToProblem(e, issue.path)}>
                <code>${issue.path}</code> ${issue.message}
              </button>
            </li>`
          : html`<li><code>${issue.path}</code> ${issue.message} (${e.t.noForm})</li>`,
      )}
    </ul>
  </div>`;
}

function renderItems(e: ArchipelagoEditor, tab: ListTab) {
  const t = e.t;
  const raw: Json | undefined = e.draft[tab];
  const items = Array.isArray(raw) ? raw : [];
  const index = Math.min(e.selected[tab], items.length - 1);
  const context: FieldContext = {
    t,
    draft: e.draft,
    issues: e.issues,
    set: (path, value) => e.edit({ kind: 'set', path, value }),
  };
  const remove = () => deleteItem(e, tab, index);
  const cities = Array.isArray(e.draft.cities) ? e.draft.cities : [];
  const cityName = (id: string) => {
    const city = cities.find((c) => c && typeof c === 'object' && !Array.isArray(c) && c.id === id);
    return city ? itemLabel(city, e.lang) : id;
  };
  const label = (item: Json | undefined) => itemLabel(item, e.lang, cityName);
  const form =
    index < 0
      ? nothing
      : tab === 'cities'
        ? cityForm(context, index, remove)
        : tab === 'links'
          ? linkForm(context, index, e.lang, remove)
          : groupForm(context, index, e.lang, remove);
  return html`<button type="button" data-add=${tab} data-path=${tab} @click=${() => addItem(e, tab)}>${t[ADD[tab]]}</button>
    ${
      items.length === 0
        ? html`<p>${t.none}</p>`
        : html`<ul class="items" aria-label=${t[tab]}>
          ${items.map(
            (item, i) => html`<li>
              <button type="button" data-item=${i} aria-current=${i === index ? 'true' : 'false'} @click=${() => selectItem(e, tab, i)}>
                ${label(item)}
              </button>
            </li>`,
          )}
        </ul>`
    }
    <div class="form" role="group" aria-label=${index >= 0 ? label(items[index]) : t[tab]}>${form}</div>`;
}
