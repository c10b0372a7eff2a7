import { html, nothing } from 'lit';
import type { DataIssue } from '../data/validate';
import { issueLine } from '../i18n/issue-strings';
import { strings, type UiLang } from '../i18n/strings';
import type { Status } from './host';

const MAX_ISSUES = 50;

/** While loading, a quiet line; on failure the alert listing what is wrong and where (part `error`). */
export function renderStatus(status: Status, issues: readonly DataIssue[], lang: UiLang) {
  const t = strings(lang);
  if (status === 'loading') {
    return html`<div class="status"><div class="loading" role="status">${t.loading}</div></div>`;
  }
  if (status !== 'error') return nothing;
  return html`<div class="status">
    <div class="error" role="alert" part="error">
      <h2>${t.errorTitle}</h2>
      <ul>
        ${issues.slice(0, MAX_ISSUES).map((i) => html`<li><code>${issueLine(i, lang)}</code></li>`)}
      </ul>
      ${issues.length > MAX_ISSUES ? html`<p>… +${issues.length - MAX_ISSUES}</p>` : nothing}
    </div>
  </div>`;
}
