import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings';

/** The `?` list of keys: every shortcut the map answers to while it has focus. */
export function renderHelp(t: Strings, onClose: () => void): TemplateResult {
  const rows: [string, string][] = [
    ['Tab', t.keyTab],
    ['← ↑ → ↓', t.keyArrows],
    ['Enter', t.keyEnter],
    ['Shift + Enter', t.keyShiftEnter],
    ['Escape', t.keyEscape],
    ['+ −', t.keyZoom],
    ['?', t.keyHelp],
  ];
  return html`<div class="dialog-backdrop" @click=${onClose}>
    <div
      class="dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby="help-title"
      @click=${(e: Event) => e.stopPropagation()}
    >
      <div class="dialog-head">
        <h2 id="help-title">${t.keys}</h2>
        <button type="button" class="close" data-close-help @click=${onClose}>${t.close}</button>
      </div>
      <table>
        <tbody>
          ${rows.map(([k, what]) => html`<tr><th scope="row"><kbd>${k}</kbd></th><td>${what}</td></tr>`)}
        </tbody>
      </table>
    </div>
  </div>`;
}
