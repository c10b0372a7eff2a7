import { html, nothing } from 'lit';
import { fill, uiLang } from '../i18n/strings';
import type { ArchipelagoEditor } from './archipelago-editor';
import { chapterForm } from './chapter-form';
import { chapterLabel, chaptersOf } from './chapter-list';
import type { FieldContext } from './fields';
import { StoryEditing } from './story-editing';

const stories = new WeakMap<ArchipelagoEditor, StoryEditing>();

/** Alt+↑ and Alt+↓ on a listed chapter move it; other keys are the list's. */
function moveKey(event: KeyboardEvent): -1 | 1 | 0 {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
  return event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
}

/** The Chapters tab: the story as a list to order, the chosen chapter's actions and its form. */
export function renderChaptersTab(e: ArchipelagoEditor) {
  let story = stories.get(e);
  if (!story) {
    story = new StoryEditing(e);
    stories.set(e, story);
  }
  const s = story;
  const t = s.t;
  const list = chaptersOf(e.draft);
  const index = s.index;
  const hasMap = !!s.map;
  const canShow = hasMap && e.valid;
  const drag = s.drag;
  const dropAt = (i: number) =>
    drag && drag.to === i && drag.to !== drag.from ? (drag.to < drag.from ? 'before' : 'after') : nothing;
  const deleted = s.deleted?.history === e.history ? s.deleted : null;
  const context: FieldContext = {
    t: e.t,
    draft: e.draft,
    issues: e.issues,
    set: (path, value) => e.edit({ kind: 'set', path, value }),
  };
  return html`<div class="row">
      <button type="button" data-add="chapters" ?disabled=${!hasMap} aria-describedby="story-why" @click=${() => s.addFromView()}>
        ${t.addFromView}
      </button>
    </div>
    <p class="why" id="story-why">${!hasMap ? t.noMap : e.valid ? '' : t.needsValid}</p>
    ${
      list.length === 0
        ? html`<p>${t.none}</p>`
        : html`<p class="why" id="story-move-hint">${t.moveHint}</p>
          <ul class="items chapters" aria-label=${t.list}>
            ${list.map(
              (item, i) => html`<li
                data-chapter-row
                ?data-dragging=${drag?.from === i}
                data-drop=${dropAt(i)}
              >
                <span
                  class="grip"
                  aria-hidden="true"
                  @pointerdown=${(event: PointerEvent) => s.onDragStart(event, i)}
                  @pointermove=${s.onDragMove}
                  @pointerup=${s.onDragEnd}
                  @pointercancel=${s.onDragEnd}
                  >⠿</span
                >
                <button
                  type="button"
                  data-chapter=${i}
                  aria-current=${i === index ? 'true' : 'false'}
                  aria-describedby="story-move-hint"
                  aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                  @click=${() => s.select(i)}
                  @keydown=${(event: KeyboardEvent) => {
                    const by = moveKey(event);
                    if (!by) return;
                    event.preventDefault();
                    void s.move(i, i + by, true);
                  }}
                >
                  <span class="n">${i + 1}.</span> ${chapterLabel(item, e.lang)}
                </button>
              </li>`,
            )}
          </ul>`
    }
    <p class="why" role="status" data-story-status>${s.message}</p>
    ${
      deleted
        ? html`<div class="notice" data-notice="chapter-deleted">
            <p>${fill(t.deleted, { title: deleted.title })}</p>
            <button type="button" data-undo-delete @click=${() => s.undoDelete()}>${t.undoDelete}</button>
          </div>`
        : nothing
    }
    ${
      index < 0
        ? nothing
        : html`<div class="row story-actions" role="group" aria-label=${chapterLabel(list[index], e.lang)}>
            <button
              type="button"
              data-preview
              ?disabled=${!canShow}
              aria-describedby="story-why"
              @click=${() => s.preview(index)}
            >
              ${s.previewing(index) ? t.endPreview : t.preview}
            </button>
            <button type="button" data-present ?disabled=${!canShow} aria-describedby="story-why" @click=${() => s.present(index)}>
              ${t.present}
            </button>
            <button type="button" data-update-view ?disabled=${!hasMap} @click=${() => s.updateFromView(index)}>
              ${t.updateFromView}
            </button>
            <button
              type="button"
              data-move-up
              aria-disabled=${String(index === 0)}
              @click=${() => s.move(index, index - 1, false)}
            >
              ${t.moveUp}
            </button>
            <button
              type="button"
              data-move-down
              aria-disabled=${String(index === list.length - 1)}
              @click=${() => s.move(index, index + 1, false)}
            >
              ${t.moveDown}
            </button>
          </div>`
    }
    <div class="form" role="group" aria-label=${index >= 0 ? chapterLabel(list[index], e.lang) : t.list}>
      ${index >= 0 ? chapterForm(context, t, index, uiLang(e.lang), () => s.remove(index)) : nothing}
    </div>`;
}
