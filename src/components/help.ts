import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings';
import { helpRows } from '../state/keys';

/** The `?` list of keys, generated from the one key table: exploring, then presenting. */
export function renderHelp(t: Strings, onClose: () => void): TemplateResult {
  const { explore, present } = helpRows();
  const section = (title: string, rows: ReturnType<typeof helpRows>['explore']) =>
    html`<tbody>
      <tr><th scope="colgroup" colspan="2" class="keys-section">${title}</th></tr>
      ${rows.map(([k, what]) => html`<tr><th scope="row"><kbd>${k}</kbd></th><td>${t[what]}</td></tr>`)}
    </tbody>`;
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
        ${section(t.keysExplore, explore)} ${section(t.keysPresent, present)}
      </table>
    </div>
  </div>`;
}
